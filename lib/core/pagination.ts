import { z } from "zod";
import { isIdOf } from "@/lib/ids";
import { invalidRequest } from "./errors";

export const PaginationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional(),
});

export type Page<T> = { items: T[]; next_cursor: string | null };

/** The schema of a page of `item`s, named `id` in the OpenAPI document. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), next_cursor: z.string().nullable() }).meta({ id });
}

/**
 * Keyset pagination over time-sortable ids: the cursor is the last id seen, so rows inserted
 * while a client pages never shift or repeat items.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const value = Buffer.from(cursor, "base64url").toString("utf8");
  if (!isIdOf(null, value))
    throw invalidRequest("The cursor is not valid; use next_cursor from a previous page.", [
      { field: "cursor", message: "Invalid cursor." },
    ]);
  return value;
}

/** Callers fetch `limit + 1` rows; the extra row tells whether another page exists. */
export function toPage<Row extends { id: string }, T>(rows: Row[], limit: number, serialize: (row: Row) => T): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: pageRows.map(serialize),
    next_cursor: hasMore ? encodeCursor(pageRows[pageRows.length - 1].id) : null,
  };
}
