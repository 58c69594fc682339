import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { checklists } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import { findCard } from "@/lib/cards/find-card";
import type { Ctx } from "@/lib/workspaces/context";
import { itemsOf } from "./find-checklist";
import type { ChecklistJson, ListChecklistsQuery } from "./schemas";
import { serializeChecklist } from "./serialize-checklist";

/** A card's checklists in creation order (so not `keysetPage`, which is newest first), each with its items. */
export async function listChecklists({ ctx, query }: { ctx: Ctx; query: ListChecklistsQuery }): Promise<Page<ChecklistJson>> {
  const card = await findCard(ctx, ctx.db, query.card_id);
  const filters: SQL[] = [eq(checklists.workspaceId, ctx.caller.workspaceId), eq(checklists.cardId, card.id)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(gt(checklists.id, after));
  const rows = await ctx.db
    .select()
    .from(checklists)
    .where(and(...filters))
    .orderBy(asc(checklists.id))
    .limit(query.limit + 1);
  const items = await itemsOf(
    ctx.db,
    rows.slice(0, query.limit).map((row) => row.id),
  );
  return toPage(rows, query.limit, (row) =>
    serializeChecklist(
      row,
      items.filter((item) => item.checklistId === row.id),
    ),
  );
}
