import { eq } from "drizzle-orm";
import { users, workspaces, type Workspace } from "@/db/schema";
import { conflict, notFound } from "@/lib/core/errors";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { UpdateWorkspaceInput, WorkspaceJson } from "./schemas";

export function serializeWorkspace(row: Workspace): WorkspaceJson {
  return { id: row.id, name: row.name, require_two_factor: row.requireTwoFactor, created_at: row.createdAt.toISOString() };
}

/** `GET /v1/workspace`: the caller's current workspace. */
export async function getWorkspace({ ctx }: { ctx: Ctx }): Promise<WorkspaceJson> {
  authorize(ctx, "workspace.read");
  const [row] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.caller.workspaceId));
  if (!row) throw notFound("Workspace");
  return serializeWorkspace(row);
}

/**
 * Owners rename the workspace or require two-factor of its members (only once they have it on
 * themselves, or they would lock themselves out: 409). Records workspace.updated with the changes.
 */
export async function updateWorkspace({ ctx, input }: { ctx: Ctx; input: UpdateWorkspaceInput }): Promise<WorkspaceJson> {
  authorize(ctx, "workspace.manage");
  return transact(ctx.db, async (tx) => {
    const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, ctx.caller.workspaceId)).for("update");
    if (!row) throw notFound("Workspace");
    if (input.require_two_factor && !row.requireTwoFactor) {
      const [me] = await tx.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.id, ctx.caller.user.id));
      if (!me?.totpSecret)
        throw conflict("Turn two-factor on for your own account first (Settings → Security), or you would be locked out.");
    }
    const before = serializeWorkspace(row);
    const [updated] = await tx
      .update(workspaces)
      .set({ name: input.name ?? row.name, requireTwoFactor: input.require_two_factor ?? row.requireTwoFactor })
      .where(eq(workspaces.id, row.id))
      .returning();
    const after = serializeWorkspace(updated);
    const changes = diffChanges(before, after, ["name", "require_two_factor"]);
    if (Object.keys(changes ?? {}).length > 0) {
      await recordEvent(tx, {
        workspaceId: row.id,
        type: "workspace.updated",
        boardId: null,
        actor: ctx.caller.user,
        data: after,
        changes,
      });
    }
    return after;
  });
}
