import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { milestones, type Milestone } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { MilestoneJson } from "./schemas";
import { loadMilestoneJson } from "./serialize-milestone";

/** Loads a milestone of the caller's workspace; another workspace's or a hidden board's is 404. */
export async function findMilestone(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<Milestone> {
  const query = db
    .select()
    .from(milestones)
    .where(and(eq(milestones.id, id), eq(milestones.workspaceId, ctx.caller.workspaceId)));
  const [milestone] = options.forUpdate ? await query.for("update") : await query;
  if (!milestone || !canSeeBoard(ctx, milestone.boardId)) throw notFound("Milestone");
  return milestone;
}

/** `GET /v1/milestones/{id}`: the milestone with its progress. */
export async function getMilestone({ ctx, id }: { ctx: Ctx; id: string }): Promise<MilestoneJson> {
  return loadMilestoneJson(ctx.db, await findMilestone(ctx, ctx.db, id));
}
