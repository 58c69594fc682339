import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { boards } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";

/** Every id must be a board of this workspace; the error names the ones that are not. */
export async function validateBoardIds(db: DbOrTx, workspaceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: boards.id })
    .from(boards)
    .where(and(eq(boards.workspaceId, workspaceId), inArray(boards.id, [...ids])));
  const known = new Set(found.map((row) => row.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const message = `No such board${unknown.length > 1 ? "s" : ""} in this workspace: ${unknown.join(", ")}.`;
    throw invalidRequest(message, [{ field: "board_ids", message }]);
  }
}
