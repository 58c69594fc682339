import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { boardAccesses, boards, type Board } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { serializeBoard } from "./serialize-board";

const HOUR_MS = 3600_000;

/** The start of the hour `now` is in: the bucket board.accessed is counted in. */
export const hourOf = (now: number) => new Date(Math.floor(now / HOUR_MS) * HOUR_MS);

// Keys this process already claimed, by the hour they were claimed for: a member reading the same
// board again within the hour costs nothing, not even the statement. The database stays the
// authority (other processes, restarts): this only skips asking again.
const claimed = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

/** For tests: forget what this process claimed, as another process (or a restart) would. */
export function forgetBoardAccessClaims(): void {
  claimed.clear();
}

/**
 * The hot-path half of board.accessed: one statement, sent beside the read's own queries. It moves
 * the member's row for this board to the current hour, only if the board is in the caller's
 * workspace and the row is from an earlier hour (or absent); the row comes back only then, so of
 * any number of concurrent reads in one hour exactly one is told "first". Call
 * `recordBoardAccess` with the board once the read succeeded, if this answered true.
 */
export async function claimBoardAccess(ctx: Ctx, boardId: string, now = Date.now()): Promise<boolean> {
  const hour = hourOf(now);
  const key = `${ctx.caller.user.id}:${boardId}`;
  if (claimed.get(key) === hour.getTime()) return false;
  const rows = await ctx.db
    .insert(boardAccesses)
    .select(
      ctx.db
        .select({
          userId: sql`${ctx.caller.user.id}`.as("user_id"),
          boardId: boards.id,
          hour: sql`${hour.toISOString()}::timestamptz`.as("hour"),
        })
        .from(boards)
        .where(and(eq(boards.id, boardId), eq(boards.workspaceId, ctx.caller.workspaceId))),
    )
    .onConflictDoUpdate({
      target: [boardAccesses.userId, boardAccesses.boardId],
      set: { hour: sql`excluded.hour` },
      setWhere: lt(boardAccesses.hour, sql`excluded.hour`),
    })
    .returning({ boardId: boardAccesses.boardId });
  if (claimed.size >= MAX_REMEMBERED) claimed.clear();
  claimed.set(key, hour.getTime());
  return rows.length > 0;
}

/**
 * Records board.accessed for a claim that succeeded. Should that fail, the claim is given back
 * (the next read tries again) and the error goes on: an access the audit trail missed is not
 * answered as if it had been recorded.
 */
export async function recordBoardAccess(ctx: Ctx, board: Board): Promise<void> {
  const token = ctx.caller.token;
  const data = { ...serializeBoard(board), access: { via: ctx.caller.via, token_id: token?.id ?? null } };
  try {
    await transact(ctx.db, (tx) =>
      recordEvent(tx, { workspaceId: board.workspaceId, type: "board.accessed", boardId: board.id, actor: ctx.caller.user, data }),
    );
  } catch (error) {
    claimed.delete(`${ctx.caller.user.id}:${board.id}`);
    await releaseClaim(ctx.db, ctx.caller.user.id, board.id).catch(() => undefined);
    throw error;
  }
}

async function releaseClaim(db: Database, userId: string, boardId: string): Promise<void> {
  await db.delete(boardAccesses).where(and(eq(boardAccesses.userId, userId), eq(boardAccesses.boardId, boardId)));
}
