import { and, eq, isNull } from "drizzle-orm";
import { apiTokens, memberships, users, type User } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { recordSessionRevoked } from "@/lib/auth/session-events";
import { endAllSessions } from "@/lib/auth/sessions";
import { conflict, forbidden, invalidRequest, notFound } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { appLink, mailEnabled, sendMail } from "@/lib/mail/send-mail";
import { releaseDepartedMember } from "@/lib/members/release-departed-member";
import { memberColumns } from "@/lib/members/find-member";
import { serializeMember } from "@/lib/members/serialize-member";
import { serializeToken } from "@/lib/tokens/serialize-token";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { issueAccountToken, redeemAccountToken, voidAccountTokens } from "./account-tokens";
import type { AccountJson } from "./schemas";

/** The account verbs (GET/PATCH/DELETE /v1/me, its password and email): the caller's own, from a session only. */
function requireOwnSession(ctx: Ctx, write: boolean): void {
  authorize(ctx, write ? "account.write" : "account.read");
  if (ctx.caller.via !== "session") throw forbidden("API tokens cannot read or change the account; use Settings → Profile.");
}

function serializeAccount(user: User): AccountJson {
  return { id: user.id, name: user.name, email: user.email, created_at: user.createdAt.toISOString(), mail_enabled: mailEnabled() };
}

async function loadUser(ctx: Ctx): Promise<User> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.id, ctx.caller.user.id), isNull(users.deletedAt)));
  if (!user) throw notFound("Account");
  return user;
}

/** 400 naming current_password when it is wrong: nothing changes without it. */
async function requireCurrentPassword(user: User, password: string): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw invalidRequest("The current password is not right.", [
      { field: "current_password", message: "The current password is not right." },
    ]);
  }
}

export async function getAccount({ ctx }: { ctx: Ctx }): Promise<AccountJson> {
  requireOwnSession(ctx, false);
  return serializeAccount(await loadUser(ctx));
}

/** Renames the account; every workspace shows the new name. */
export async function updateAccount({ ctx, input }: { ctx: Ctx; input: { name: string } }): Promise<AccountJson> {
  requireOwnSession(ctx, true);
  await loadUser(ctx);
  const [user] = await ctx.db.update(users).set({ name: input.name }).where(eq(users.id, ctx.caller.user.id)).returning();
  return serializeAccount(user);
}

/**
 * Changes the password (the current one required). Every other session of the account ends
 * (auth.session_revoked, reason password_changed); this one carries on. Unused reset links are voided.
 */
export async function changePassword({
  ctx,
  input,
  ip,
}: {
  ctx: Ctx;
  input: { current_password: string; new_password: string };
  ip: string;
}): Promise<void> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  await requireCurrentPassword(user, input.current_password);
  const passwordHash = await hashPassword(input.new_password);
  await transact(ctx.db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await voidAccountTokens(tx, user.id, "password_reset");
    const ended = await endAllSessions(tx, user.id, { except: ctx.caller.sessionId });
    await recordSessionRevoked(tx, { user, actor: ctx.caller.user, sessionIds: ended, ip, reason: "password_changed" });
  });
}

/**
 * Changes the email (the current password required). With mail, a link goes to the new address
 * and the change happens when it is opened; a taken address gets no mail and the same answer,
 * so nobody learns it has an account. Without mail the change is immediate and a taken address
 * is a 409 (as sign-up's refusal, only to a signed-in person who knows their password).
 */
export async function changeEmail({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { email: string; current_password: string };
}): Promise<{ status: "changed" | "confirmation_sent"; account: AccountJson }> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  await requireCurrentPassword(user, input.current_password);
  if (input.email === user.email) return { status: "changed", account: serializeAccount(user) };
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (mailEnabled()) {
    if (!taken) {
      const { secret } = await issueAccountToken(ctx.db, { userId: user.id, purpose: "email_change", newEmail: input.email });
      await sendMail({
        to: input.email,
        subject: "Confirm your new Tasktide email",
        text: [
          `Hello ${user.name},`,
          "",
          `Open this link within a day to use ${input.email} for your Tasktide account:`,
          "",
          appLink(`/confirm-email?token=${secret}`),
          "",
          "If you did not ask for this, ignore this mail.",
        ].join("\n"),
      });
    }
    return { status: "confirmation_sent", account: serializeAccount(user) };
  }
  if (taken) throw conflict("This email cannot be used for your account.");
  try {
    const [updated] = await ctx.db.update(users).set({ email: input.email }).where(eq(users.id, user.id)).returning();
    return { status: "changed", account: serializeAccount(updated) };
  } catch (error) {
    if (String((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code) === "23505") {
      throw conflict("This email cannot be used for your account.");
    }
    throw error;
  }
}

/** Opens an email confirmation link: true when the account's email changed. */
export async function confirmEmailChange(db: Ctx["db"], token: unknown): Promise<boolean> {
  try {
    return await transact(db, async (tx) => {
      const row = await redeemAccountToken(tx, token, "email_change");
      if (!row?.newEmail) return false;
      const changed = await tx
        .update(users)
        .set({ email: row.newEmail })
        .where(and(eq(users.id, row.userId), isNull(users.deletedAt)))
        .returning({ id: users.id });
      return changed.length > 0;
    });
  } catch (error) {
    // Taken meanwhile (someone signed up with it): the link stays unused and nothing changes.
    if (String((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code) === "23505") return false;
    throw error;
  }
}

export const FORMER_MEMBER = "Former member";

/**
 * Deletes the caller's account (the current password required). Owners transfer ownership (or
 * delete the workspace) first: 409 otherwise. They leave every workspace (member.removed, their
 * assignments and timers released as when removed), their tokens are revoked (token.revoked),
 * their sessions end. The row stays, renamed "Former member" with an address that receives no
 * mail and a password nothing matches, so their cards, comments and time entries stay.
 */
export async function deleteAccount({ ctx, input, ip }: { ctx: Ctx; input: { current_password: string }; ip: string }): Promise<void> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  await requireCurrentPassword(user, input.current_password);
  await transact(ctx.db, async (tx) => {
    const rows = await tx.select().from(memberships).where(eq(memberships.userId, user.id)).for("update");
    const owned = rows.filter((m) => m.role === "owner");
    if (owned.length > 0) {
      throw conflict(
        `You own ${owned.length === 1 ? "a workspace" : `${owned.length} workspaces`}: transfer ownership to another member, or delete the workspace, first.`,
      );
    }
    const ended = await endAllSessions(tx, user.id);
    await recordSessionRevoked(tx, { user, actor: ctx.caller.user, sessionIds: ended, ip, reason: "account_deleted" });
    for (const m of rows) {
      const wsCtx: Ctx = { ...ctx, caller: { ...ctx.caller, workspaceId: m.workspaceId, role: m.role } };
      const [member] = await tx
        .select(memberColumns)
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.workspaceId, m.workspaceId), eq(memberships.userId, user.id)));
      await releaseDepartedMember(wsCtx, tx, user.id);
      const revoked = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.userId, user.id), eq(apiTokens.workspaceId, m.workspaceId), isNull(apiTokens.revokedAt)))
        .returning();
      for (const token of revoked) {
        await recordEvent(tx, {
          workspaceId: m.workspaceId,
          type: "token.revoked",
          boardId: null,
          actor: ctx.caller.user,
          data: serializeToken(token),
        });
      }
      await tx.delete(memberships).where(and(eq(memberships.workspaceId, m.workspaceId), eq(memberships.userId, user.id)));
      await recordEvent(tx, {
        workspaceId: m.workspaceId,
        type: "member.removed",
        boardId: null,
        actor: ctx.caller.user,
        data: serializeMember(member),
      });
    }
    // Tokens of workspaces they had already left are revoked too.
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)));
    await voidAccountTokens(tx, user.id, "password_reset");
    await voidAccountTokens(tx, user.id, "email_change");
    await tx
      .update(users)
      .set({ name: FORMER_MEMBER, email: `deleted+${user.id}@deleted.invalid`, passwordHash: "!deleted", deletedAt: new Date() })
      .where(eq(users.id, user.id));
  });
}
