import { inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { forbidden, notFound } from "@/lib/core/errors";
import type { Role } from "@/db/schema";
import type { Ctx } from "./context";

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

const WHAT_ROLE_ALLOWS: Record<Role, string> = {
  viewer: "read",
  member: "change board content",
  admin: "manage members and integrations",
  owner: "manage the workspace",
};

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

/** Throws 403 naming the role needed, unless the caller has at least `atLeast`. */
export function requireRole(ctx: Ctx, atLeast: Role): void {
  if (!hasRole(ctx.caller.role, atLeast)) {
    throw forbidden(`Your role (${ctx.caller.role}) cannot ${WHAT_ROLE_ALLOWS[atLeast]}; the ${atLeast} role or higher is required.`);
  }
}

/** Writes need the member role, and for tokens also the read_write scope. */
export function requireWrite(ctx: Ctx, atLeast: Role = "member"): void {
  if (ctx.caller.token && ctx.caller.token.scope !== "read_write") {
    throw forbidden("This API token has the read scope; the read_write scope is required to make changes.");
  }
  requireRole(ctx, atLeast);
}

/**
 * A board-restricted token sees only its boards. Outside them it answers 403 for a board it
 * names explicitly; lookups by other ids call `canSeeBoard` and answer 404 instead.
 */
export function canSeeBoard(ctx: Ctx, boardId: string | null): boolean {
  const allowed = ctx.caller.token?.boardIds;
  if (!allowed || boardId === null) return true;
  return allowed.includes(boardId);
}

export function requireBoardAccess(ctx: Ctx, boardId: string): void {
  if (!canSeeBoard(ctx, boardId)) {
    throw forbidden(`This API token is restricted to other boards and cannot access ${boardId}.`);
  }
}

/** Workspace-level actions (members, tokens, webhooks) are closed to board-restricted tokens. */
export function requireUnrestricted(ctx: Ctx, what: string): void {
  if (ctx.caller.token?.boardIds) throw forbidden(`This API token is restricted to some boards and cannot ${what}.`);
}

export { notFound };

/** The SQL filter that keeps a board-restricted token to its boards' rows (none when unrestricted). */
export function visibleBoards(ctx: Ctx, boardColumn: AnyPgColumn): SQL | undefined {
  const restricted = ctx.caller.token?.boardIds;
  if (!restricted) return undefined;
  return inArray(boardColumn, restricted.length ? restricted : [""]);
}
