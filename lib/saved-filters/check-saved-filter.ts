import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { customFields, type SavedFilterSort } from "@/db/schema";
import { isCardSortKey } from "@/lib/cards/card-sort";
import { forbidden, invalidRequest } from "@/lib/core/errors";
import { compileQueryParam } from "@/lib/filters";
import { hasRole } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";

/** The query must read (400 naming `query` with positions), so a saved filter always runs. */
export function requireReadableQuery(ctx: Ctx, query: string): void {
  compileQueryParam("query", query, { userId: ctx.caller.user.id, now: new Date() });
}

/** A sort names a card column or a custom field of the filter's board (of the workspace when workspace-wide). */
export async function requireSortable(
  db: DbOrTx,
  ctx: Ctx,
  sort: SavedFilterSort | null | undefined,
  boardId: string | null,
): Promise<void> {
  if (!sort) return;
  if (!isCardSortKey(sort.by))
    throw invalidRequest(`Cannot sort by "${sort.by}".`, [
      { field: "sort.by", message: "Use position, title, due_at, created_at, updated_at or field.<field id>." },
    ]);
  if (!sort.by.startsWith("field.")) return;
  const fieldId = sort.by.slice("field.".length);
  const [field] = await db
    .select({ id: customFields.id })
    .from(customFields)
    .where(
      and(
        eq(customFields.id, fieldId),
        eq(customFields.workspaceId, ctx.caller.workspaceId),
        boardId ? eq(customFields.boardId, boardId) : undefined,
      ),
    );
  if (!field) throw invalidRequest(`No custom field ${fieldId} to sort by here.`, [{ field: "sort.by", message: "Unknown custom field." }]);
}

/** Sharing a filter with the workspace (and editing a shared one) takes the member role; a viewer keeps personal ones. */
export function requireMayShare(ctx: Ctx): void {
  if (!hasRole(ctx.caller.role, "member")) throw forbidden("Sharing a filter with the workspace needs the member role.");
}
