import { and, count, eq, ne } from "drizzle-orm";
import { memberships, workspaces } from "@/db/schema";
import { forbidden, invalidRequest, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { findMember } from "@/lib/members/find-member";
import { lockWorkspaceMembers } from "@/lib/members/owner-rules";
import { serializeMember } from "@/lib/members/serialize-member";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";

/**
 * An owner hands the workspace to another member: they become owner, the caller admin. Two
 * member.role_changed events, like two role changes made by hand.
 */
export async function transferOwnership({ ctx, input }: { ctx: Ctx; input: { user_id: string } }): Promise<void> {
  authorize(ctx, "workspace.manage");
  if (input.user_id === ctx.caller.user.id)
    throw invalidRequest("You own the workspace already.", [{ field: "user_id", message: "Choose another member." }]);
  const workspaceId = ctx.caller.workspaceId;
  await transact(ctx.db, async (tx) => {
    await lockWorkspaceMembers(tx, workspaceId);
    const target = serializeMember(await findMember(ctx, tx, input.user_id));
    const me = serializeMember(await findMember(ctx, tx, ctx.caller.user.id));
    if (me.role !== "owner") throw forbidden("Only owners can transfer ownership.");
    for (const [member, role] of [
      [target, "owner"],
      [me, "admin"],
    ] as const) {
      if (member.role === role) continue;
      await tx
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, member.id)));
      const after = serializeMember(await findMember(ctx, tx, member.id));
      await recordEvent(tx, {
        workspaceId,
        type: "member.role_changed",
        boardId: null,
        actor: ctx.caller.user,
        data: after,
        changes: { role: { from: member.role, to: after.role } },
      });
    }
  });
}

/**
 * Deletes the workspace with everything in it (boards, cards, files — their bytes are purged
 * after commit by the files' own trigger —, events, webhooks, tokens, invites). The name must be
 * typed back exactly. Members left without any workspace get an empty one of their own, as at
 * sign-up, so they can still sign in.
 */
export async function deleteWorkspace({ ctx, input }: { ctx: Ctx; input: { confirm_name: string } }): Promise<void> {
  authorize(ctx, "workspace.manage");
  await transact(ctx.db, async (tx) => {
    const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, ctx.caller.workspaceId)).for("update");
    if (!row) throw notFound("Workspace");
    if (input.confirm_name !== row.name) {
      throw invalidRequest("Type the workspace's name exactly to delete it.", [{ field: "confirm_name", message: `Type “${row.name}”.` }]);
    }
    const members = await tx.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.workspaceId, row.id));
    await tx.delete(workspaces).where(eq(workspaces.id, row.id));
    for (const { userId } of members) {
      const [{ others }] = await tx
        .select({ others: count() })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), ne(memberships.workspaceId, row.id)));
      if (others > 0) continue;
      const own = newId("workspace");
      await tx.insert(workspaces).values({ id: own, name: "My workspace" });
      await tx.insert(memberships).values({ workspaceId: own, userId, role: "owner" });
    }
  });
}
