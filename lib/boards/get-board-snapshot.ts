import { and, asc, desc, eq, getTableColumns, sql } from "drizzle-orm";
import { boards, cards, lists, memberships, tags, users } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { windowPosition } from "@/lib/cards/card-position";
import { cardAssigneeIds, cardAttachmentCount, cardFieldsJson, cardTagIds } from "@/lib/cards/load-card-json";
import { serializeCard } from "@/lib/cards/serialize-card";
import { serializeList } from "@/lib/lists/serialize-list";
import { memberColumns } from "@/lib/members/find-member";
import { serializeMember } from "@/lib/members/serialize-member";
import { serializeTag } from "@/lib/tags/serialize-tag";
import { requireBoardAccess } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { claimBoardAccess, recordBoardAccess } from "./record-board-access";
import { serializeBoard } from "./serialize-board";
import type { BoardSnapshotJson } from "./snapshot-schema";

/**
 * The number of queries one snapshot makes, whatever the board's size (checked by its test), not
 * counting board.accessed's claim (one more statement in the same round trip; none when this
 * process already claimed the hour, and the event's transaction once an hour).
 */
export const SNAPSHOT_QUERIES = 5;

/**
 * `GET /v1/boards/{id}/snapshot`: everything the board page shows, in five set-based queries sent
 * at once (one round trip on a pool): the board, its lists and its cards with their positions
 * (a window per list, over exactly the rows that define it), tag and assignee ids aggregated per
 * card, the board's tags and the workspace's members. Every query is scoped to the caller's
 * workspace, so nothing leaks when the board turns out not to be there (404).
 */
export async function getBoardSnapshot({ ctx, id }: { ctx: Ctx; id: string }): Promise<BoardSnapshotJson> {
  authorize(ctx, "boards.read");
  requireBoardAccess(ctx, id);
  const workspaceId = ctx.caller.workspaceId;
  const [boardRows, listRows, cardRows, tagRows, memberRows, firstAccess] = await Promise.all([
    ctx.db
      .select()
      .from(boards)
      .where(and(eq(boards.id, id), eq(boards.workspaceId, workspaceId))),
    // All of the board's non-archived lists, so the window is the lists' position (see listPosition).
    ctx.db
      .select({ ...getTableColumns(lists), position: sql<number>`(row_number() over (order by ${lists.rank}) - 1)::int`.mapWith(Number) })
      .from(lists)
      .where(and(eq(lists.boardId, id), eq(lists.workspaceId, workspaceId), eq(lists.archived, false)))
      .orderBy(asc(lists.rank)),
    // Every non-archived card of the board is every non-archived card of each of its lists, so the
    // window over these rows is each card's position.
    ctx.db
      .select({
        card: getTableColumns(cards),
        position: windowPosition,
        assigneeIds: cardAssigneeIds,
        tagIds: cardTagIds,
        attachmentCount: cardAttachmentCount,
        fields: cardFieldsJson,
      })
      .from(cards)
      .where(and(eq(cards.boardId, id), eq(cards.workspaceId, workspaceId), eq(cards.archived, false))),
    ctx.db
      .select()
      .from(tags)
      .where(and(eq(tags.boardId, id), eq(tags.workspaceId, workspaceId)))
      .orderBy(asc(tags.name), desc(tags.id)),
    ctx.db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.workspaceId, workspaceId))
      .orderBy(asc(users.id)),
    // board.accessed's claim (once per member, board and hour), in the same round trip.
    claimBoardAccess(ctx, id),
  ]);
  const [board] = boardRows;
  if (!board) throw notFound("Board");
  if (firstAccess) await recordBoardAccess(ctx, board);
  const listOrder = new Map(listRows.map((list, index) => [list.id, index]));
  // Cards of archived lists (still listed by GET /v1/cards) go last.
  const orderOf = (listId: string) => listOrder.get(listId) ?? listRows.length;
  cardRows.sort(
    (a, b) => orderOf(a.card.listId) - orderOf(b.card.listId) || a.card.listId.localeCompare(b.card.listId) || a.position - b.position,
  );
  return {
    board: serializeBoard(board),
    lists: listRows.map(serializeList),
    cards: cardRows.map((row) =>
      serializeCard(row.card, {
        position: row.position,
        assigneeIds: row.assigneeIds,
        tagIds: row.tagIds,
        attachmentCount: row.attachmentCount,
        fields: row.fields,
      }),
    ),
    tags: tagRows.map(serializeTag),
    members: memberRows.map(serializeMember),
  };
}
