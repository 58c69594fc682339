import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { SignInInput } from "@/lib/accounts/schemas";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { consume } from "@/lib/rate-limit/limiter";
import { verifyPassword } from "./passwords";

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; reason: "invalid" | "rate_limited"; retryAfterSeconds?: number };

/**
 * Checks an email and password. Limited per IP and per email (so neither a botnet on one account
 * nor one host on many accounts gets far); unknown emails take as long as wrong passwords.
 * Successes and failures of known accounts are recorded as auth.login / auth.login_failed.
 */
export async function verifyCredentials(db: Database, raw: unknown, ip: string): Promise<CredentialsResult> {
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  for (const key of [`ip:${ip}`, `email:${email}`]) {
    const limit = await consume("sign_in", key);
    if (!limit.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: limit.resetSeconds };
  }
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user) return { ok: false, reason: "invalid" };
  const actor = { id: user.id, name: user.name, email: user.email };
  await recordAuthEvent(db, user.id, valid ? "auth.login" : "auth.login_failed", actor, ip);
  return valid ? { ok: true, user: actor } : { ok: false, reason: "invalid" };
}

async function recordAuthEvent(
  db: Database,
  userId: string,
  type: "auth.login" | "auth.login_failed",
  actor: { id: string; name: string; email: string },
  ip: string,
): Promise<void> {
  const rows = await db.select({ workspaceId: memberships.workspaceId }).from(memberships).where(eq(memberships.userId, userId));
  await transact(db, async (tx) => {
    for (const { workspaceId } of rows) {
      await recordEvent(tx, { workspaceId, type, boardId: null, actor, data: { user_id: userId, email: actor.email, ip } });
    }
  });
}
