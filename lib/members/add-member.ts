import { authorize } from "@/lib/workspaces/permissions";
import { and, eq } from "drizzle-orm";
import { invites, memberships, users } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { findMember } from "./find-member";
import { lockWorkspaceMembers, requireOwnerForOwnerRole } from "./owner-rules";
import type { AddMemberInput, InviteJson, MemberJson } from "./schemas";
import { serializeInvite, serializeMember } from "./serialize-member";

export type AddMemberResult = { kind: "member"; member: MemberJson } | { kind: "invite"; invite: InviteJson };

/**
 * Adds an existing account to the workspace at once (member.added), or, when no account has that
 * email, records a pending invite that sign-up turns into a membership. Inviting creates no event:
 * nobody has joined yet; member.added follows when they do.
 */
export async function addMember({ ctx, input }: { ctx: Ctx; input: AddMemberInput }): Promise<AddMemberResult> {
  authorize(ctx, "members.manage");
  requireOwnerForOwnerRole(ctx, [input.role]);
  const workspaceId = ctx.caller.workspaceId;
  return transact(ctx.db, async (tx) => {
    await lockWorkspaceMembers(tx, workspaceId);
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (!user) {
      const [pending] = await tx
        .select({ id: invites.id })
        .from(invites)
        .where(and(eq(invites.workspaceId, workspaceId), eq(invites.email, input.email)));
      if (pending) throw conflict(`${input.email} is already invited (${pending.id}).`);
      const [invite] = await tx
        .insert(invites)
        .values({ id: newId("invite"), workspaceId, email: input.email, role: input.role, invitedBy: ctx.caller.user.id })
        .returning();
      return { kind: "invite", invite: serializeInvite(invite) };
    }
    const [existing] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, user.id)));
    if (existing) throw conflict(`${input.email} is already a member of this workspace (${user.id}, ${existing.role}).`);
    await tx.insert(memberships).values({ workspaceId, userId: user.id, role: input.role });
    // An invite that raced the account's sign-up would otherwise linger, never to be accepted.
    await tx.delete(invites).where(and(eq(invites.workspaceId, workspaceId), eq(invites.email, input.email)));
    const member = serializeMember(await findMember(ctx, tx, user.id));
    await recordEvent(tx, { workspaceId, type: "member.added", boardId: null, actor: ctx.caller.user, data: member });
    return { kind: "member", member };
  });
}
