import { eq } from "drizzle-orm";
import { milestones } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { ListMilestonesQuery, MilestoneJson } from "./schemas";
import { serializeMilestones } from "./serialize-milestone";

/** Milestones of the workspace (or one board), newest first, each with its progress. */
export async function listMilestones({ ctx, query }: { ctx: Ctx; query: ListMilestonesQuery }): Promise<Page<MilestoneJson>> {
  const filters = [
    eq(milestones.workspaceId, ctx.caller.workspaceId),
    query.board_id ? eq(milestones.boardId, query.board_id) : undefined,
    query.status ? eq(milestones.status, query.status) : undefined,
    visibleBoards(ctx, milestones.boardId),
  ];
  const page = await keysetPage(ctx.db, milestones, milestones.id, filters, query, (row) => row);
  return { items: await serializeMilestones(ctx.db, page.items), next_cursor: page.next_cursor };
}
