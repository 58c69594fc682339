import { forbidden } from "@/lib/core/errors";
import { requireUnrestricted } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";

/**
 * Who may manage tokens: any member with a session (tokens are personal, and a token can never
 * exceed its user's role), or a script with an unrestricted token, so it can rotate its own
 * credentials. Changing tokens with a token needs the read_write scope; a board-restricted token
 * cannot touch tokens at all, or it could mint itself an unrestricted one.
 */
export function requireTokenManagement(ctx: Ctx, action: "read" | "change"): void {
  const token = ctx.caller.token;
  if (!token) return;
  requireUnrestricted(ctx, "manage API tokens");
  if (action === "change" && token.scope !== "read_write") {
    throw forbidden("This API token has the read scope; the read_write scope is required to create or revoke tokens.");
  }
}
