import "server-only";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/core/errors";
import { idOf } from "@/lib/core/fields";
import { requireViewer } from "@/lib/workspaces/current-caller";
import { getBoardSnapshot } from "./get-board-snapshot";
import type { BoardSnapshotJson } from "./snapshot-schema";

/** A snapshot and when it was read (ms since the epoch), for the browser's cache. */
export type TimedBoardSnapshot = { data: BoardSnapshotJson; at: number };

/**
 * For the board page's server render: the board's snapshot in the workspace the page is rendered
 * for (the one the layout pins the browser's /v1 calls to), or null when it cannot be shown (a
 * malformed id, another workspace's board), in which case the browser's own queries ask and show
 * the API's answer, as before.
 */
export async function boardPageSnapshot(boardId: string): Promise<TimedBoardSnapshot | null> {
  if (!idOf("board").safeParse(boardId).success) return null;
  const viewer = await requireViewer();
  const at = Date.now();
  try {
    const data = await getBoardSnapshot({ ctx: { db: await getDb(), caller: viewer }, id: boardId });
    return { data, at };
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}
