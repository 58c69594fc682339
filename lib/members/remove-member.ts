import { authorize } from "@/lib/workspaces/permissions";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { findMember } from "./find-member";
import { releaseDepartedMember } from "./release-departed-member";
import { assertNotLastOwner, lockWorkspaceMembers, requireOwnerForOwnerRole } from "./owner-rules";
import { serializeMember } from "./serialize-member";

/**
 * Removes a member from the workspace. Admins and owners remove others; anyone may remove
 * themselves (leave). Their sessions and tokens lose access on the next request, because the
 * role is loaded per request. Their comments and time entries stay; their card assignments and
 * running timer do not (see releaseDepartedMember).
 */
export async function removeMember({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  const leaving = id === ctx.caller.user.id;
  authorize(ctx, leaving ? "members.leave" : "members.manage");
  const workspaceId = ctx.caller.workspaceId;
  await transact(ctx.db, async (tx) => {
    await lockWorkspaceMembers(tx, workspaceId);
    const member = serializeMember(await findMember(ctx, tx, id));
    if (!leaving) requireOwnerForOwnerRole(ctx, [member.role]);
    if (member.role === "owner") await assertNotLastOwner(tx, workspaceId, "removed");
    await releaseDepartedMember(ctx, tx, id);
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, id)));
    await recordEvent(tx, { workspaceId, type: "member.removed", boardId: null, actor: ctx.caller.user, data: member });
  });
}
