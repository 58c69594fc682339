import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, type Card } from "@/db/schema";
import { positionsOf } from "./card-position";
import type { CardJson } from "./schemas";
import { serializeCard } from "./serialize-card";

/**
 * A card's tag and assignee ids, aggregated per card in the query that reads it. Written against
 * the un-aliased "cards" table, named explicitly so the subqueries bind to the outer row.
 */
export const cardTagIds = sql<string[]>`array(select card_tags.tag_id from card_tags where card_tags.card_id = "cards"."id")`;
export const cardAssigneeIds = sql<
  string[]
>`array(select card_assignees.user_id from card_assignees where card_assignees.card_id = "cards"."id")`;

/** A card's attachment count, counted in the query that reads it (files_card_idx). */
export const cardAttachmentCount = sql<number>`(select count(*) from files where files.card_id = "cards"."id")::int`.mapWith(Number);

/**
 * Cards with their position, assignees and tags, in the order of `rows`: what GET returns. One
 * query for any number of cards: positions once per list they are in, ids aggregated per card.
 */
export async function serializeCards(db: DbOrTx, rows: Card[]): Promise<CardJson[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const positions = positionsOf(db, ids);
  const extras = await db
    .with(positions)
    .select({
      id: cards.id,
      position: positions.position,
      assigneeIds: cardAssigneeIds,
      tagIds: cardTagIds,
      attachmentCount: cardAttachmentCount,
    })
    .from(cards)
    .leftJoin(positions, eq(positions.id, cards.id))
    .where(inArray(cards.id, ids));
  const extrasOf = new Map(extras.map((e) => [e.id, e]));
  return rows.map((row) => {
    const extra = extrasOf.get(row.id);
    return serializeCard(row, {
      // An archived card has no row in `positions` (as stored: a transaction sees its own writes).
      position: extra?.position == null ? null : Number(extra.position),
      assigneeIds: extra?.assigneeIds ?? [],
      tagIds: extra?.tagIds ?? [],
      attachmentCount: extra?.attachmentCount ?? 0,
    });
  });
}

/** One card as GET /v1/cards/{id} returns it, read through `db` (a transaction sees its own writes). */
export async function loadCardJson(db: DbOrTx, card: Card): Promise<CardJson> {
  const [json] = await serializeCards(db, [card]);
  return json;
}
