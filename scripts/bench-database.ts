import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, setDatabase } from "@/db/client";

/**
 * The database a benchmark runs on: with DATABASE_URL, a throwaway database created on that
 * server (and dropped by `drop()`), so a run never touches real data; otherwise an in-memory
 * PGlite. Either way it becomes the app's database for this process.
 */
export async function openBenchDatabase(options: { onQuery?: () => void } = {}) {
  let url: string | undefined;
  let dropServerDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `tasktide_bench_${randomBytes(5).toString("hex")}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    dropServerDatabase = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const opened = await openDatabase({ url, dir: "memory://", onQuery: options.onQuery });
  setDatabase(opened);
  return { db: opened.db, driver: opened.driver, url, close: () => opened.close(), drop: dropServerDatabase };
}
