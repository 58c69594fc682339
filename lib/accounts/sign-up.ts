import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { acceptInvites } from "@/lib/members/accept-invites";
import type { SignUpInput } from "./schemas";

export type SignUpResult = { ok: true; userId: string; workspaceId: string } | { ok: false; reason: "taken" };

/**
 * Creates an account and its own workspace with the new user as owner. The password is hashed
 * before looking the email up, so a taken email costs the same time as a new one. Pending invites
 * of the email become memberships in the same transaction (member.added events after commit).
 */
export async function signUp(db: Database, input: SignUpInput): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing.length > 0) return { ok: false, reason: "taken" };
  const userId = newId("user");
  const workspaceId = newId("workspace");
  try {
    await transact(db, async (tx) => {
      await tx.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash });
      await tx.insert(workspaces).values({ id: workspaceId, name: `${input.name}'s workspace` });
      await tx.insert(memberships).values({ workspaceId, userId, role: "owner" });
      await acceptInvites(tx, { id: userId, name: input.name, email: input.email });
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index lets exactly one win.
    if (String((error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code) === "23505") {
      return { ok: false, reason: "taken" };
    }
    throw error;
  }
  return { ok: true, userId, workspaceId };
}
