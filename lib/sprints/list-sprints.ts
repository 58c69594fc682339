import { eq } from "drizzle-orm";
import { sprints } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListSprintsQuery, SprintJson } from "./schemas";
import { serializeSprints } from "./serialize-sprint";

/** Sprints of the workspace (or one board), newest first, each with its progress. */
export async function listSprints({ ctx, query }: { ctx: Ctx; query: ListSprintsQuery }): Promise<Page<SprintJson>> {
  const filters = [
    eq(sprints.workspaceId, ctx.caller.workspaceId),
    query.board_id ? eq(sprints.boardId, query.board_id) : undefined,
    query.status ? eq(sprints.status, query.status) : undefined,
    visibleBoards(ctx, sprints.boardId),
  ];
  const page = await keysetPage(ctx.db, sprints, sprints.id, filters, query, (row) => row);
  return { items: await serializeSprints(ctx.db, page.items), next_cursor: page.next_cursor };
}
