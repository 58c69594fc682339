import { authorize } from "@/lib/workspaces/permissions";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findMember } from "./find-member";
import { assertNotLastOwner, lockWorkspaceMembers, requireOwnerForOwnerRole } from "./owner-rules";
import type { MemberJson, UpdateMemberInput } from "./schemas";
import { serializeMember } from "./serialize-member";

/** Changes a member's role; the new role applies to their very next request (load-caller). */
export async function updateMemberRole({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateMemberInput }): Promise<MemberJson> {
  authorize(ctx, "members.manage");
  const workspaceId = ctx.caller.workspaceId;
  return transact(ctx.db, async (tx) => {
    await lockWorkspaceMembers(tx, workspaceId);
    const before = serializeMember(await findMember(ctx, tx, id));
    if (before.role === input.role) return before;
    requireOwnerForOwnerRole(ctx, [before.role, input.role]);
    if (before.role === "owner") await assertNotLastOwner(tx, workspaceId, "demoted");
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, id)));
    const after = serializeMember(await findMember(ctx, tx, id));
    await recordEvent(tx, {
      workspaceId,
      type: "member.role_changed",
      boardId: null,
      actor: ctx.caller.user,
      data: after,
      changes: { role: { from: before.role, to: after.role } },
    });
    return after;
  });
}
