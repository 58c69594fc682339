import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";

type Query = { text: string; values?: unknown[] };
type Row = Record<string, unknown>;

/**
 * rate-limiter-flexible's RateLimiterPostgres speaks node-postgres (`query({text, values})`).
 * This adapter runs its statements through drizzle instead, so the same limiter works on
 * postgres.js and on embedded PGlite: `$n` placeholders become bound drizzle parameters.
 */
export function postgresStoreClient(db: Database) {
  return {
    async query(q: Query): Promise<{ rows: Row[]; rowCount: number }> {
      const result = (await db.execute(toSql(q))) as unknown as Row[] | { rows: Row[]; affectedRows?: number };
      const rows = (Array.isArray(result) ? result : result.rows).map(normalize);
      const affected = Array.isArray(result) ? (result as unknown as { count?: number }).count : result.affectedRows;
      // PGlite reports affectedRows 0 for a SELECT; the limiter's `get` reads rowCount as "found".
      return { rows, rowCount: Math.max(affected ?? 0, rows.length) };
    },
  };
}

function toSql({ text, values = [] }: Query): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part) - 1]}`)));
}

// bigint columns come back as strings (postgres.js) or BigInt (PGlite); the limiter does arithmetic on them.
function normalize(row: Row): Row {
  const out: Row = { ...row };
  for (const key of ["points", "expire"]) {
    if (out[key] !== null && out[key] !== undefined) out[key] = Number(out[key]);
  }
  return out;
}
