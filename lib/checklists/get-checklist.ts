import type { Ctx } from "@/lib/workspaces/context";
import { findChecklist, findItem, itemsOf } from "./find-checklist";
import type { ChecklistItemJson, ChecklistJson } from "./schemas";
import { serializeChecklist, serializeItem } from "./serialize-checklist";

export async function getChecklist({ ctx, id }: { ctx: Ctx; id: string }): Promise<ChecklistJson> {
  const { checklist } = await findChecklist(ctx, ctx.db, id);
  return serializeChecklist(checklist, await itemsOf(ctx.db, [id]));
}

export async function getChecklistItem({ ctx, id, itemId }: { ctx: Ctx; id: string; itemId: string }): Promise<ChecklistItemJson> {
  const { checklist } = await findChecklist(ctx, ctx.db, id);
  return serializeItem(await findItem(ctx.db, id, itemId), checklist.cardId);
}
