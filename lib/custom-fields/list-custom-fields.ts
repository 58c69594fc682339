import { eq } from "drizzle-orm";
import { customFields } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { CustomFieldJson, ListCustomFieldsQuery } from "./schemas";
import { serializeCustomField } from "./serialize-custom-field";

/** Field definitions of the workspace (or one board), newest first like every list; `position` gives the board's order. */
export function listCustomFields({ ctx, query }: { ctx: Ctx; query: ListCustomFieldsQuery }): Promise<Page<CustomFieldJson>> {
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const filters = [
    eq(customFields.workspaceId, ctx.caller.workspaceId),
    query.board_id ? eq(customFields.boardId, query.board_id) : undefined,
    visibleBoards(ctx, customFields.boardId),
  ];
  return keysetPage(ctx.db, customFields, customFields.id, filters, query, serializeCustomField);
}
