import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cardAssignees, cards, cardTags, type Card } from "@/db/schema";
import { cardPosition } from "./card-position";
import type { CardJson } from "./schemas";
import { serializeCard } from "./serialize-card";

/** Cards with their position, assignees and tags, in the order of `rows`: what GET returns. */
export async function serializeCards(db: DbOrTx, rows: Card[]): Promise<CardJson[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Sequential on purpose: inside a transaction all three share one connection anyway.
  const positions = await db.select({ id: cards.id, position: cardPosition }).from(cards).where(inArray(cards.id, ids));
  const assignees = await db.select().from(cardAssignees).where(inArray(cardAssignees.cardId, ids));
  const tagged = await db.select().from(cardTags).where(inArray(cardTags.cardId, ids));
  const positionOf = new Map(positions.map((p) => [p.id, p.position]));
  return rows.map((row) =>
    serializeCard(row, {
      position: positionOf.get(row.id) ?? null,
      assigneeIds: assignees.filter((a) => a.cardId === row.id).map((a) => a.userId),
      tagIds: tagged.filter((t) => t.cardId === row.id).map((t) => t.tagId),
    }),
  );
}

/** One card as GET /v1/cards/{id} returns it, read through `db` (a transaction sees its own writes). */
export async function loadCardJson(db: DbOrTx, card: Card): Promise<CardJson> {
  const [json] = await serializeCards(db, [card]);
  return json;
}
