import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { acceptInvites, type JoinedWorkspace } from "@/lib/members/accept-invites";
import type { SignUpInput } from "./schemas";

export type SignUpResult =
  /** `workspaceId` is where the user lands; `joined` the invites accepted (newest first; empty = their own). */
  { ok: true; userId: string; workspaceId: string; joined: JoinedWorkspace[] } | { ok: false; reason: "taken" };

/**
 * Creates an account. Pending invites of the email become memberships in the same transaction
 * (member.added events after commit) and the user lands in the newest inviting workspace; only
 * someone nobody invited gets a workspace of their own, as its owner. The password is hashed
 * before looking the email up, so a taken email costs the same time as a new one.
 */
export async function signUp(db: Database, input: SignUpInput): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing.length > 0) return { ok: false, reason: "taken" };
  const userId = newId("user");
  let workspaceId = newId("workspace");
  let joined: JoinedWorkspace[] = [];
  try {
    await transact(db, async (tx) => {
      await tx.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash });
      joined = await acceptInvites(tx, { id: userId, name: input.name, email: input.email });
      if (joined.length > 0) {
        workspaceId = joined[0].workspaceId;
        return;
      }
      await tx.insert(workspaces).values({ id: workspaceId, name: `${input.name}'s workspace` });
      await tx.insert(memberships).values({ workspaceId, userId, role: "owner" });
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index lets exactly one win.
    if (String((error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code) === "23505") {
      return { ok: false, reason: "taken" };
    }
    throw error;
  }
  return { ok: true, userId, workspaceId, joined };
}
