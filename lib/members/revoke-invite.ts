import { authorize } from "@/lib/workspaces/permissions";
import { and, eq } from "drizzle-orm";
import { invites } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { requireOwnerForOwnerRole } from "./owner-rules";

/** Withdraws a pending invite; no event, as nobody had joined. */
export async function revokeInvite({ ctx, id }: { ctx: Ctx; id: string }): Promise<void> {
  authorize(ctx, "members.manage");
  if (!isIdOf("invite", id)) throw notFound("Invite");
  const scope = and(eq(invites.id, id), eq(invites.workspaceId, ctx.caller.workspaceId));
  const [invite] = await ctx.db.select().from(invites).where(scope);
  if (!invite) throw notFound("Invite");
  requireOwnerForOwnerRole(ctx, [invite.role]);
  await ctx.db.delete(invites).where(scope);
}
