import { requireRole, requireUnrestricted, requireWrite } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";

/**
 * Webhooks are workspace-level integrations that see every board's events: admins and owners
 * only, never through a board-restricted token. Changes also need a read_write token.
 */
export function requireWebhookAdmin(ctx: Ctx, access: "read" | "write"): void {
  if (access === "write") requireWrite(ctx, "admin");
  else requireRole(ctx, "admin");
  requireUnrestricted(ctx, "manage webhooks");
}
