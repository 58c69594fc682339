import type { Ctx } from "@/lib/workspaces/context";
import { findToken } from "./find-token";
import type { TokenJson } from "./schemas";
import { serializeToken } from "./serialize-token";
import { requireTokenManagement } from "./require-token-management";

export async function getToken({ ctx, id }: { ctx: Ctx; id: string }): Promise<TokenJson> {
  requireTokenManagement(ctx, "read");
  return serializeToken(await findToken(ctx, ctx.db, id));
}
