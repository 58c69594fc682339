import { asc, desc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { cards } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { idPattern } from "@/lib/ids";

/** The card columns a list may be ordered by, and `field.<custom field id>`. */
export const CARD_SORT_KEYS = ["position", "title", "due_at", "created_at", "updated_at"] as const;
export type CardSort = { by: string; direction: "asc" | "desc" };

const FIELD_SORT = new RegExp(`^field\\.(${idPattern("customField").source.slice(1, -1)})$`);

export const CARD_SORT_DESCRIPTION =
  "Order by `position` (board, list and place in it), `title`, `due_at`, `created_at`, `updated_at` or a custom field (`field.<field id>`); prefix `-` for descending. Cards without a value come last. Pages of a sorted list carry an offset cursor.";

/** `due_at`, `-title`, `field.fld_…` → the sort, or a 400 naming `param`. */
export function parseCardSort(value: string, param = "sort"): CardSort {
  const direction = value.startsWith("-") ? "desc" : "asc";
  const by = value.replace(/^-/, "");
  if (!(CARD_SORT_KEYS as readonly string[]).includes(by) && !FIELD_SORT.test(by))
    throw invalidRequest(`Cannot sort by "${by}".`, [
      { field: param, message: `Use ${CARD_SORT_KEYS.join(", ")} or field.<field id>, with - for descending.` },
    ]);
  return { by, direction };
}

export const isCardSortKey = (by: string) => (CARD_SORT_KEYS as readonly string[]).includes(by) || FIELD_SORT.test(by);

/**
 * ORDER BY terms for a sort, ending in the id so pages are stable. A select field orders by its
 * options' order (what a person arranged), any other field by its JSON value (numbers as numbers,
 * dates and text as text).
 */
export function cardOrderBy(sort: CardSort): SQL[] {
  const dir = (e: SQL | AnyPgColumn) => (sort.direction === "desc" ? desc(e) : asc(e));
  const nullsLast = (e: SQL) => sql`${e} ${sql.raw(sort.direction === "desc" ? "desc" : "asc")} nulls last`;
  const tie = sort.direction === "desc" ? desc(cards.id) : asc(cards.id);
  const field = FIELD_SORT.exec(sort.by);
  if (field) {
    const fieldId = field[1];
    const value = sql`(select v.value from card_field_values v where v.card_id = ${cards.id} and v.field_id = ${fieldId})`;
    const optionIndex = sql`(select o.i from custom_fields f cross join lateral jsonb_array_elements(f.options) with ordinality as o(opt, i) where f.id = ${fieldId} and f.type = 'select' and o.opt->>'id' = ${value} #>> '{}')`;
    return [nullsLast(optionIndex), nullsLast(value), tie];
  }
  switch (sort.by) {
    case "position":
      return [
        dir(cards.boardId),
        nullsLast(sql`(select l.rank from lists l where l.id = ${cards.listId})`),
        dir(cards.listId),
        dir(cards.rank),
        tie,
      ];
    case "title":
      return [dir(sql`lower(${cards.title})`), tie];
    case "due_at":
      return [nullsLast(sql`${cards.dueAt}`), tie];
    case "created_at":
      return [dir(cards.createdAt), tie];
    default:
      return [dir(cards.updatedAt), tie];
  }
}

/** Sorted lists page by offset (their order is not the id's): the cursor is `o` and the next offset. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o${offset}`, "utf8").toString("base64url");
}

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match)
    throw invalidRequest("The cursor is not valid; use next_cursor from a previous page of the same sorted list.", [
      { field: "cursor", message: "Invalid cursor." },
    ]);
  return Number(match[1]);
}
