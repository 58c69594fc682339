import { and, eq, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cardDependencies, type CardDependency } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { DependencyJson } from "./schemas";
import { serializeDependencies } from "./serialize-dependency";

/** A link of card `cardId` (either end) in the caller's workspace; anything else is 404. */
export async function findDependency(ctx: Ctx, db: DbOrTx, cardId: string, id: string): Promise<CardDependency> {
  const [row] = await db
    .select()
    .from(cardDependencies)
    .where(
      and(
        eq(cardDependencies.id, id),
        eq(cardDependencies.workspaceId, ctx.caller.workspaceId),
        or(eq(cardDependencies.cardId, cardId), eq(cardDependencies.dependsOnId, cardId)),
      ),
    );
  if (!row || !canSeeBoard(ctx, row.boardId)) throw notFound("Dependency");
  return row;
}

/** `GET /v1/cards/{id}/dependencies`: what the card depends on, and what depends on it (oldest first). */
export async function getCardDependencies({
  ctx,
  cardId,
}: {
  ctx: Ctx;
  cardId: string;
}): Promise<{ depends_on: DependencyJson[]; dependents: DependencyJson[] }> {
  authorize(ctx, "dependencies.read");
  const card = await findCard(ctx, ctx.db, cardId);
  const rows = await ctx.db
    .select()
    .from(cardDependencies)
    .where(or(eq(cardDependencies.cardId, card.id), eq(cardDependencies.dependsOnId, card.id)))
    .orderBy(cardDependencies.id);
  const json = await serializeDependencies(
    ctx.db,
    rows.filter((r) => canSeeBoard(ctx, r.boardId)),
  );
  return { depends_on: json.filter((d) => d.card_id === card.id), dependents: json.filter((d) => d.depends_on_id === card.id) };
}
