import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";

/**
 * Who may manage tokens: any member with a session (tokens are personal, and a token can never
 * exceed its user's role), or a script with an unrestricted token, so it can rotate its own
 * credentials. Changing tokens with a token needs the read_write scope; a board-restricted token
 * cannot touch tokens at all, or it could mint itself an unrestricted one (lib/workspaces/permissions.ts).
 */
export function requireTokenManagement(ctx: Ctx, action: "read" | "change"): void {
  authorize(ctx, action === "change" ? "tokens.write" : "tokens.read");
}
