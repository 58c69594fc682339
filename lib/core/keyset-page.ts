import { and, desc, lt, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { decodeCursor, toPage, type Page } from "./pagination";

export type PageQuery = { limit: number; cursor?: string };

/**
 * One page of a table's rows, newest first by their time-sortable id: the keyset list every
 * `GET /v1/<resource>` answers. Fetches `limit + 1` rows; the extra one says whether more exist.
 */
export async function keysetPage<TTable extends PgTable, T>(
  db: DbOrTx,
  table: TTable,
  id: AnyPgColumn,
  filters: (SQL | undefined)[],
  query: PageQuery,
  serialize: (row: TTable["$inferSelect"]) => T,
): Promise<Page<T>> {
  const after = decodeCursor(query.cursor);
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(...filters, after ? lt(id, after) : undefined))
    .orderBy(desc(id))
    .limit(query.limit + 1)) as (TTable["$inferSelect"] & { id: string })[];
  return toPage(rows, query.limit, serialize);
}
