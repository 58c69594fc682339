import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sprints, type Sprint } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { SprintJson } from "./schemas";
import { loadSprintJson } from "./serialize-sprint";

/** Loads a sprint of the caller's workspace; another workspace's or a hidden board's is 404. */
export async function findSprint(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<Sprint> {
  const query = db
    .select()
    .from(sprints)
    .where(and(eq(sprints.id, id), eq(sprints.workspaceId, ctx.caller.workspaceId)));
  const [sprint] = options.forUpdate ? await query.for("update") : await query;
  if (!sprint || !canSeeBoard(ctx, sprint.boardId)) throw notFound("Sprint");
  return sprint;
}

/** `GET /v1/sprints/{id}`: the sprint with its progress. */
export async function getSprint({ ctx, id }: { ctx: Ctx; id: string }): Promise<SprintJson> {
  return loadSprintJson(ctx.db, await findSprint(ctx, ctx.db, id));
}
