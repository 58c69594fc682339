import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { invites, memberships, users } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { serializeMember } from "./serialize-member";

/**
 * Turns every pending invite of a new account's email into a membership, inside the sign-up
 * transaction, and records member.added for each. The actor is the new user: their sign-up is
 * the request that made them a member.
 */
export async function acceptInvites(tx: Tx, user: { id: string; name: string; email: string }): Promise<number> {
  const pending = await tx.select().from(invites).where(eq(invites.email, user.email)).for("update");
  if (pending.length === 0) return 0;
  // clock_timestamp(), not now(): the invited membership must be younger than the user's own
  // workspace membership created earlier in this transaction, so their session keeps defaulting
  // to their own workspace as before.
  await tx
    .insert(memberships)
    .values(pending.map((invite) => ({ workspaceId: invite.workspaceId, userId: user.id, role: invite.role, createdAt: sql`clock_timestamp()` })))
    .onConflictDoNothing();
  await tx.delete(invites).where(inArray(invites.id, pending.map((invite) => invite.id)));
  const joined = await tx
    .select({ id: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt, workspaceId: memberships.workspaceId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, user.id), inArray(memberships.workspaceId, pending.map((invite) => invite.workspaceId))));
  for (const row of joined) {
    await recordEvent(tx, { workspaceId: row.workspaceId, type: "member.added", boardId: null, actor: user, data: serializeMember(row) });
  }
  return joined.length;
}
