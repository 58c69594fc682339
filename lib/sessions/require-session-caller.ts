import { forbidden } from "@/lib/core/errors";
import type { Ctx } from "@/lib/workspaces/context";

/** Sessions are an account's own security: managed from a signed-in browser, never by an API token. */
export function requireSessionCaller(ctx: Ctx): void {
  if (ctx.caller.via !== "session")
    throw forbidden("API tokens cannot list or end sessions; use Settings → Security in a signed-in browser.");
}
