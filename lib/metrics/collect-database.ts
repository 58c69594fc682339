import { sql } from "drizzle-orm";
import { config } from "@/config";
import { getOpenedDatabase, postgresApplicationName } from "@/db/client";
import { metrics } from "./metrics";

// postgres.js returns the rows as an array; PGlite returns { rows }.
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/**
 * The gauges read from the database at scrape time: the delivery backlog and its oldest pending
 * delivery (shared by every instance), and this process's pool (PostgreSQL's pg_stat_activity,
 * matched by the application_name each process gives its connections).
 */
export async function collectDatabaseGauges(): Promise<void> {
  const opened = await getOpenedDatabase();
  const { gauges } = metrics();
  const [backlog] = rowsOf<{ pending: string | number; due: string | number; oldest: string | number | null }>(
    await opened.db.execute(sql`
      SELECT count(*) AS pending,
             count(*) FILTER (WHERE next_attempt_at <= now()) AS due,
             extract(epoch FROM now() - min(created_at)) AS oldest
      FROM webhook_deliveries WHERE status = 'pending'`),
  );
  gauges.backlog.set({ state: "pending" }, Number(backlog?.pending ?? 0));
  gauges.backlog.set({ state: "due" }, Number(backlog?.due ?? 0));
  gauges.oldestPending.set(Math.max(0, Number(backlog?.oldest ?? 0)));

  gauges.pool.reset();
  if (opened.driver === "pglite") {
    gauges.pool.set({ state: "max" }, 1);
    gauges.pool.set({ state: "open" }, 1);
    return;
  }
  gauges.pool.set({ state: "max" }, config().database.poolMax);
  const states = rowsOf<{ state: string | null; n: string | number }>(
    await opened.db.execute(
      sql`SELECT coalesce(state, 'unknown') AS state, count(*) AS n FROM pg_stat_activity WHERE application_name = ${postgresApplicationName()} GROUP BY 1`,
    ),
  );
  let open = 0;
  for (const row of states) {
    open += Number(row.n);
    gauges.pool.set({ state: row.state ?? "unknown" }, Number(row.n));
  }
  gauges.pool.set({ state: "open" }, open);
}
