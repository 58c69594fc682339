import { getOpenedDatabase } from "@/db/client";

/** Counts the statements sent to the driver (PGlite's `query`, postgres.js's `unsafe`) while `run` runs. */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const opened = await getOpenedDatabase();
  const client = (opened.db as unknown as { $client: Record<string, (...args: unknown[]) => unknown> }).$client;
  const method = opened.driver === "pglite" ? "query" : "unsafe";
  const original = client[method];
  let queries = 0;
  client[method] = function (this: unknown, ...args: unknown[]) {
    queries++;
    return original.apply(this, args);
  };
  try {
    return { result: await run(), queries };
  } finally {
    client[method] = original;
  }
}
