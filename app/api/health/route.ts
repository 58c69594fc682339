import { sql } from "drizzle-orm";
import { config } from "@/config";
import { getOpenedDatabase } from "@/db/client";
import { connectionErrorCode } from "@/db/connection-errors";
import { describeError } from "@/lib/core/describe-error";

export const dynamic = "force-dynamic";

/** A health check answers within this, whatever the database does. */
const CHECK_TIMEOUT_MS = 2_000;

// GET /api/health – readiness: the database is open, migrated and answering a query right now.
export async function GET() {
  let driver: "postgres" | "pglite" = config().database.url ? "postgres" : "pglite";
  let timer: NodeJS.Timeout | undefined;
  try {
    const check = (async () => {
      const opened = await getOpenedDatabase();
      driver = opened.driver;
      await opened.db.execute(sql`select 1`);
    })();
    check.catch(() => {}); // a check that loses the race must not become an unhandled rejection
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error("health check timed out"), { code: "HEALTH_TIMEOUT" })), CHECK_TIMEOUT_MS);
    });
    await Promise.race([check, timedOut]);
    return Response.json({ status: "ok", database: { driver, status: "up" } });
  } catch (error) {
    const code = connectionErrorCode(error);
    console.error(`health check: database down (${code ?? describeError(error)})`);
    return Response.json(
      { status: "unavailable", database: { driver, status: "down" } },
      { status: 503, headers: { "Retry-After": "2", "Cache-Control": "no-store" } },
    );
  } finally {
    clearTimeout(timer);
  }
}
