import { getTableColumns, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { lists, type List } from "@/db/schema";
import { listPosition } from "./list-position";
import type { ListJson } from "./schemas";

export type ListWithPosition = List & { position: number | null };

export function serializeList(list: ListWithPosition): ListJson {
  return {
    id: list.id,
    workspace_id: list.workspaceId,
    board_id: list.boardId,
    name: list.name,
    position: list.position,
    archived: list.archived,
    created_by: list.createdBy,
    created_at: list.createdAt.toISOString(),
    updated_at: list.updatedAt.toISOString(),
  };
}

/** Columns of a list plus its computed position. */
export const listWithPositionColumns = { ...getTableColumns(lists), position: listPosition };

/** One list as GET returns it, read through `db` (a transaction sees its own writes). */
export async function loadListJson(db: DbOrTx, id: string): Promise<ListJson> {
  const [row] = await db
    .select(listWithPositionColumns)
    .from(lists)
    .where(inArray(lists.id, [id]));
  return serializeList(row);
}
