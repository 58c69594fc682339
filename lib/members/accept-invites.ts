import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invites, memberships, users, workspaces, type Role } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { serializeMember } from "./serialize-member";

export type JoinedWorkspace = { workspaceId: string; workspaceName: string; role: Role };

/**
 * Turns every pending invite of a new account's email into a membership, inside the sign-up
 * transaction, and records member.added for each. The actor is the new user: their sign-up is
 * the request that made them a member. Returns the workspaces joined, newest invite first: that
 * one is where the new user lands (sign-up makes no workspace of their own when they were invited).
 */
export async function acceptInvites(tx: Tx, user: { id: string; name: string; email: string }): Promise<JoinedWorkspace[]> {
  const pending = await tx
    .select()
    .from(invites)
    .where(eq(invites.email, user.email))
    .orderBy(desc(invites.createdAt), desc(invites.id))
    .for("update");
  if (pending.length === 0) return [];
  // The newest invite's membership is the oldest by a microsecond, so it is also the user's
  // default workspace (loadCaller picks the oldest membership) in a browser without the cookie.
  await tx
    .insert(memberships)
    .values(
      pending.map((invite, i) => ({
        workspaceId: invite.workspaceId,
        userId: user.id,
        role: invite.role,
        createdAt: sql`clock_timestamp() + ${i}::int * interval '1 microsecond'`,
      })),
    )
    .onConflictDoNothing();
  await tx.delete(invites).where(
    inArray(
      invites.id,
      pending.map((invite) => invite.id),
    ),
  );
  const joined = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      workspaceId: memberships.workspaceId,
      workspaceName: workspaces.name,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(
      and(
        eq(memberships.userId, user.id),
        inArray(
          memberships.workspaceId,
          pending.map((invite) => invite.workspaceId),
        ),
      ),
    );
  for (const row of joined) {
    await recordEvent(tx, { workspaceId: row.workspaceId, type: "member.added", boardId: null, actor: user, data: serializeMember(row) });
  }
  const order = pending.map((invite) => invite.workspaceId);
  return joined
    .sort((a, b) => order.indexOf(a.workspaceId) - order.indexOf(b.workspaceId))
    .map((row) => ({ workspaceId: row.workspaceId, workspaceName: row.workspaceName, role: row.role }));
}
