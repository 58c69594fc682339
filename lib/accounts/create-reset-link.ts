import { and, eq, ne } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { config } from "@/config";
import { conflict, forbidden } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import { findMember } from "@/lib/members/find-member";
import { hasRole } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { issueAccountToken } from "./account-tokens";
import type { ResetLinkJson } from "./schemas";

/**
 * Without mail, an owner or admin hands a member a reset link (Settings → Members). The link is
 * shown once, works once, for 30 minutes. Guarded against taking over accounts: admins only for
 * members and viewers (owners for anyone), and never for an account that belongs to another
 * workspace too, whose owners this caller is not (that person uses "Forgot password" by mail).
 */
export async function createResetLink({ ctx, id, origin }: { ctx: Ctx; id: string; origin: string }): Promise<ResetLinkJson> {
  authorize(ctx, "members.manage");
  return transact(ctx.db, async (tx) => {
    const member = await findMember(ctx, tx, id);
    if (member.id !== ctx.caller.user.id && hasRole(member.role, "admin") && ctx.caller.role !== "owner") {
      throw forbidden(`Your role (${ctx.caller.role}) cannot make reset links for admins or owners; only owners can.`);
    }
    const elsewhere = await tx
      .select({ workspaceId: memberships.workspaceId })
      .from(memberships)
      .where(and(eq(memberships.userId, id), ne(memberships.workspaceId, ctx.caller.workspaceId)))
      .limit(1);
    if (elsewhere.length > 0) {
      throw conflict(
        "This person belongs to other workspaces too, so a reset link cannot come from this one; they can use “Forgot password”.",
      );
    }
    const { secret, expiresAt } = await issueAccountToken(tx, { userId: id, purpose: "password_reset", createdBy: ctx.caller.user.id });
    const base = config().appUrl ?? origin;
    return { url: `${base}/reset-password?token=${secret}`, expires_at: expiresAt.toISOString() };
  });
}
