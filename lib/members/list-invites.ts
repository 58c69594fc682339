import { authorize } from "@/lib/workspaces/permissions";
import { eq } from "drizzle-orm";
import { invites } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import type { Ctx } from "@/lib/workspaces/context";
import type { InviteJson, ListInvitesQuery } from "./schemas";
import { serializeInvite } from "./serialize-member";

/** Pending invites, newest first. Only admins and owners see them (they hold email addresses). */
export async function listInvites({ ctx, query }: { ctx: Ctx; query: ListInvitesQuery }): Promise<Page<InviteJson>> {
  authorize(ctx, "members.read_invites");
  return keysetPage(ctx.db, invites, invites.id, [eq(invites.workspaceId, ctx.caller.workspaceId)], query, serializeInvite);
}
