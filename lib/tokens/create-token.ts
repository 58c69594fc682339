import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { apiTokens, boards } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import type { CreatedTokenJson, CreateTokenInput } from "./schemas";
import { serializeToken } from "./serialize-token";
import { generateTokenSecret, hashToken, tokenHint } from "./token-secret";
import { requireTokenManagement } from "./require-token-management";

/** Creates a token for the caller; the plaintext is in this result and nowhere else, ever. */
export async function createToken({ ctx, input }: { ctx: Ctx; input: CreateTokenInput }): Promise<CreatedTokenJson> {
  requireTokenManagement(ctx, "change");
  const secret = generateTokenSecret();
  return transact(ctx.db, async (tx) => {
    const boardIds = input.board_ids ? await requireWorkspaceBoards(ctx, tx, input.board_ids) : null;
    const expiresAt = await capExpiry(ctx, tx, input.expires_at ? new Date(input.expires_at) : null);
    const [row] = await tx
      .insert(apiTokens)
      .values({
        id: newId("token"),
        workspaceId: ctx.caller.workspaceId,
        userId: ctx.caller.user.id,
        name: input.name,
        tokenHash: hashToken(secret),
        hint: tokenHint(secret),
        scope: input.scope,
        boardIds,
        expiresAt,
      })
      .returning();
    const data = serializeToken(row);
    // The event carries what GET returns: the hint, never the secret or its hash.
    await recordEvent(tx, { workspaceId: row.workspaceId, type: "token.created", boardId: null, actor: ctx.caller.user, data });
    return { ...data, token: secret };
  });
}

async function requireWorkspaceBoards(ctx: Ctx, tx: DbOrTx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await tx
    .select({ id: boards.id })
    .from(boards)
    .where(and(eq(boards.workspaceId, ctx.caller.workspaceId), inArray(boards.id, unique)));
  const known = new Set(found.map((b) => b.id));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw invalidRequest(`No such board in this workspace: ${missing.join(", ")}.`, [
      { field: "board_ids", message: `Unknown board${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}.` },
    ]);
  }
  return unique;
}

/**
 * A token that creates a token cannot extend its own life: a leaked short-lived token must not
 * be able to mint a permanent one. Without an expiry of its own choosing, the new token inherits
 * the creator's.
 */
async function capExpiry(ctx: Ctx, tx: DbOrTx, requested: Date | null): Promise<Date | null> {
  if (!ctx.caller.token) return requested;
  const [creator] = await tx.select({ expiresAt: apiTokens.expiresAt }).from(apiTokens).where(eq(apiTokens.id, ctx.caller.token.id));
  const limit = creator?.expiresAt ?? null;
  if (!limit) return requested;
  if (!requested) return limit;
  if (requested > limit) {
    throw invalidRequest(`A token cannot create a token that outlives it; set expires_at on or before ${limit.toISOString()}.`, [
      { field: "expires_at", message: `Must be on or before ${limit.toISOString()}.` },
    ]);
  }
  return requested;
}
