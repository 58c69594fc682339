import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";

/**
 * Webhooks are workspace-level integrations that see every board's events: admins and owners
 * only, never through a board-restricted token. Changes also need a read_write token.
 */
export function requireWebhookAdmin(ctx: Ctx, access: "read" | "write"): void {
  authorize(ctx, access === "write" ? "webhooks.write" : "webhooks.read");
}
