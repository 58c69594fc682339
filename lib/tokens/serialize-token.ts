import type { ApiToken } from "@/db/schema";
import type { TokenJson } from "./schemas";

/** Never includes the hash: the JSON goes to the UI, to scripts and into token.* events. */
export function serializeToken(token: ApiToken): TokenJson {
  return {
    id: token.id,
    name: token.name,
    hint: token.hint,
    scope: token.scope,
    board_ids: token.boardIds,
    user_id: token.userId,
    workspace_id: token.workspaceId,
    created_at: token.createdAt.toISOString(),
    expires_at: token.expiresAt?.toISOString() ?? null,
    last_used_at: token.lastUsedAt?.toISOString() ?? null,
  };
}
