import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, type Card } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { loadCardJsonById } from "./load-card-json";
import type { CardJson } from "./schemas";

/**
 * Loads a card of the caller's workspace. Another workspace's card, or a card on a board that a
 * board-restricted token cannot see, is 404: looked up by its own id, it must not leak.
 * `forUpdate` locks the row so concurrent updates compute their `changes` from the same state.
 */
export async function findCard(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<Card> {
  const query = db
    .select()
    .from(cards)
    .where(and(eq(cards.id, id), eq(cards.workspaceId, ctx.caller.workspaceId)));
  const [card] = options.forUpdate ? await query.for("update") : await query;
  if (!card || !canSeeBoard(ctx, card.boardId)) throw notFound("Card");
  return card;
}

/**
 * `GET /v1/cards/{id}`: the card as the API shows it, with its position, assignees and tags, in
 * one query (with the same 404 rules as `findCard`).
 */
export async function getCard({ ctx, id }: { ctx: Ctx; id: string }): Promise<CardJson> {
  const found = await loadCardJsonById(ctx.db, ctx.caller.workspaceId, id);
  if (!found || !canSeeBoard(ctx, found.card.boardId)) throw notFound("Card");
  return found.json;
}
