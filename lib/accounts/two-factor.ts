import { and, count, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import { memberships, recoveryCodes, users, workspaces, type User } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/passwords";
import { encryptTotpSecret, matchTotp, newTotpSecret, otpauthUri, replaceRecoveryCodes, verifySecondFactor } from "@/lib/auth/two-factor";
import { conflict, forbidden, invalidRequest, notFound } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import type { TwoFactorSetupJson, TwoFactorStatusJson } from "./schemas";

function requireOwnSession(ctx: Ctx, write: boolean): void {
  authorize(ctx, write ? "account.write" : "account.read");
  if (ctx.caller.via !== "session") throw forbidden("API tokens cannot read or change two-factor authentication.");
}

async function loadUser(ctx: Ctx): Promise<User> {
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.id, ctx.caller.user.id), isNull(users.deletedAt)));
  if (!user) throw notFound("Account");
  return user;
}

async function requirePassword(user: User, password: string): Promise<void> {
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw invalidRequest("The current password is not right.", [
      { field: "current_password", message: "The current password is not right." },
    ]);
  }
}

/** The names of the caller's workspaces that require two-factor. */
async function requiringWorkspaces(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .select({ name: workspaces.name })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, ctx.caller.user.id), eq(workspaces.requireTwoFactor, true)));
  return rows.map((r) => r.name);
}

export async function getTwoFactor({ ctx }: { ctx: Ctx }): Promise<TwoFactorStatusJson> {
  requireOwnSession(ctx, false);
  const user = await loadUser(ctx);
  const [{ left }] = await ctx.db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  return {
    enabled: user.totpSecret !== null,
    recovery_codes_left: user.totpSecret ? left : 0,
    required_by: await requiringWorkspaces(ctx),
  };
}

/** Starts enrolment (the current password required): a new secret, its otpauth:// URI and QR code. Nothing is on until it is confirmed. */
export async function setupTwoFactor({ ctx, input }: { ctx: Ctx; input: { current_password: string } }): Promise<TwoFactorSetupJson> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  await requirePassword(user, input.current_password);
  if (user.totpSecret) throw conflict("Two-factor authentication is already on; turn it off first to enrol another app.");
  const secret = newTotpSecret();
  const encrypted = encryptTotpSecret(secret);
  await ctx.db.update(users).set({ totpPendingSecret: encrypted }).where(eq(users.id, user.id));
  const uri = otpauthUri(encrypted, user.email);
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, otpauth_uri: uri, qr_code: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** Confirms enrolment with a code from the app: two-factor is on; the ten recovery codes are returned this once. */
export async function enableTwoFactor({ ctx, input }: { ctx: Ctx; input: { code: string } }): Promise<{ recovery_codes: string[] }> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  if (user.totpSecret) throw conflict("Two-factor authentication is already on.");
  if (!user.totpPendingSecret) throw conflict("Start the set-up first (POST /v1/me/two_factor/setup).");
  const step = matchTotp(user.totpPendingSecret, input.code.replace(/\s/g, ""));
  if (step === null)
    throw invalidRequest("That code is not right; enter the current code from your app.", [
      { field: "code", message: "That code is not right." },
    ]);
  return transact(ctx.db, async (tx) => {
    const updated = await tx
      .update(users)
      .set({ totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step })
      .where(and(eq(users.id, user.id), isNull(users.totpSecret)))
      .returning({ id: users.id });
    if (updated.length === 0) throw conflict("Two-factor authentication is already on.");
    return { recovery_codes: await replaceRecoveryCodes(tx, user.id) };
  });
}

/** New recovery codes (the current password required); the old ones stop working. */
export async function regenerateRecoveryCodes({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { current_password: string };
}): Promise<{ recovery_codes: string[] }> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  await requirePassword(user, input.current_password);
  if (!user.totpSecret) throw conflict("Two-factor authentication is off.");
  return transact(ctx.db, async (tx) => ({ recovery_codes: await replaceRecoveryCodes(tx, user.id) }));
}

/** Turns two-factor off: the current password and a current code (or a recovery code). Refused while a workspace of theirs requires it. */
export async function disableTwoFactor({ ctx, input }: { ctx: Ctx; input: { current_password: string; code: string } }): Promise<void> {
  requireOwnSession(ctx, true);
  const user = await loadUser(ctx);
  await requirePassword(user, input.current_password);
  if (!user.totpSecret) throw conflict("Two-factor authentication is already off.");
  const required = await requiringWorkspaces(ctx);
  if (required.length > 0) throw conflict(`${required.join(", ")} requires two-factor authentication; it cannot be turned off.`);
  if (!(await verifySecondFactor(ctx.db, user, input.code))) {
    throw invalidRequest("That code is not right.", [{ field: "code", message: "That code is not right." }]);
  }
  await transact(ctx.db, async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null }).where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  });
}
