import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { boards, cardAssignees, cards, cardTags, checklistItems, checklists, comments, files, lists, tags, users } from "@/db/schema";
import { csvResponse } from "@/lib/csv/csv-response";
import { notFound } from "@/lib/core/errors";
import type { BoardExportJson } from "@/lib/imports/export-schema";
import { requireBoardAccess } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";

/** The columns of `?format=csv`, which is also what a CSV import reads without a mapping. */
export const BOARD_CSV_COLUMNS = ["list", "title", "description", "tags", "due", "assignee_email", "completed", "archived", "position"];

const group = <T, K>(rows: T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/**
 * The whole board as BoardExport: lists and cards in display order (archived ones after the
 * others), each card with its tags, assignees (by email), checklists, comments (author name and
 * email, date) and attachments. Nine queries, whatever the board's size, all scoped to the
 * caller's workspace.
 */
export async function loadBoardExport(ctx: Ctx, id: string): Promise<BoardExportJson> {
  authorize(ctx, "boards.read");
  requireBoardAccess(ctx, id);
  const workspaceId = ctx.caller.workspaceId;
  const [board] = await ctx.db
    .select()
    .from(boards)
    .where(and(eq(boards.id, id), eq(boards.workspaceId, workspaceId)));
  if (!board) throw notFound("Board");
  const listRows = await ctx.db.select().from(lists).where(eq(lists.boardId, id)).orderBy(asc(lists.archived), asc(lists.rank));
  const cardRows = await ctx.db.select().from(cards).where(eq(cards.boardId, id)).orderBy(asc(cards.archived), asc(cards.rank));
  const tagRows = await ctx.db
    .select()
    .from(tags)
    .where(eq(tags.boardId, id))
    .orderBy(sql`lower(${tags.name}) collate "C"`, asc(tags.id));
  const cardIds = cardRows.map((c) => c.id);
  const none = cardIds.length === 0;
  const [tagLinks, assignees, checklistRows, commentRows, fileRows] = none
    ? [[], [], [], [], []]
    : await Promise.all([
        ctx.db.select().from(cardTags).where(inArray(cardTags.cardId, cardIds)),
        ctx.db
          .select({ cardId: cardAssignees.cardId, email: users.email })
          .from(cardAssignees)
          .innerJoin(users, eq(users.id, cardAssignees.userId))
          .where(inArray(cardAssignees.cardId, cardIds))
          .orderBy(asc(users.email)),
        ctx.db.select().from(checklists).where(inArray(checklists.cardId, cardIds)).orderBy(asc(checklists.id)),
        ctx.db
          .select({ comment: comments, name: users.name, email: users.email })
          .from(comments)
          .leftJoin(users, eq(users.id, comments.authorId))
          .where(inArray(comments.cardId, cardIds))
          .orderBy(asc(comments.createdAt), asc(comments.id)),
        ctx.db.select().from(files).where(inArray(files.cardId, cardIds)).orderBy(asc(files.id)),
      ]);
  const items =
    checklistRows.length === 0
      ? []
      : await ctx.db
          .select()
          .from(checklistItems)
          .where(
            inArray(
              checklistItems.checklistId,
              checklistRows.map((c) => c.id),
            ),
          )
          .orderBy(asc(checklistItems.position));
  const tagsOf = group(tagLinks, (r) => r.cardId);
  const assigneesOf = group(assignees, (r) => r.cardId);
  const checklistsOf = group(checklistRows, (r) => r.cardId);
  const itemsOf = group(items, (r) => r.checklistId);
  const commentsOf = group(commentRows, (r) => r.comment.cardId);
  const filesOf = group(fileRows, (r) => r.cardId);
  const listOrder = new Map(listRows.map((l, i) => [l.id, i]));
  const ordered = [...cardRows].sort(
    (a, b) =>
      listOrder.get(a.listId)! - listOrder.get(b.listId)! ||
      Number(a.archived) - Number(b.archived) ||
      (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0),
  );
  return {
    format: "tasktide.board",
    version: 1,
    exported_at: new Date().toISOString(),
    board: { name: board.name, description: board.description },
    tags: tagRows.map((t) => ({ key: t.id, name: t.name, color: t.color })),
    lists: listRows.map((l) => ({ key: l.id, name: l.name, archived: l.archived })),
    cards: ordered.map((c) => ({
      key: c.id,
      list_key: c.listId,
      title: c.title,
      description: c.description,
      due_at: c.dueAt?.toISOString() ?? null,
      completed: c.completed,
      archived: c.archived,
      tag_keys: (tagsOf.get(c.id) ?? []).map((t) => t.tagId).sort(),
      assignee_emails: (assigneesOf.get(c.id) ?? []).map((a) => a.email),
      checklists: (checklistsOf.get(c.id) ?? []).map((ch) => ({
        title: ch.title,
        items: (itemsOf.get(ch.id) ?? []).map((i) => ({ text: i.text, completed: i.completed })),
      })),
      comments: (commentsOf.get(c.id) ?? []).map((r) => ({
        author_name: r.name,
        author_email: r.email,
        body: r.comment.body,
        created_at: r.comment.createdAt.toISOString(),
      })),
      attachments: (filesOf.get(c.id) ?? []).map((f) => ({ kind: f.kind, name: f.name, url: f.kind === "link" ? f.url : null })),
    })),
  };
}

/** `GET /v1/boards/{id}/export?format=csv`: one row per card, in the columns a CSV import reads. */
export async function exportBoardCsv(ctx: Ctx, id: string): Promise<Response> {
  const data = await loadBoardExport(ctx, id);
  const listName = new Map(data.lists.map((l) => [l.key, l.name]));
  const tagName = new Map(data.tags.map((t) => [t.key, t.name]));
  const positions = new Map<string, number>();
  async function* rows() {
    for (const c of data.cards) {
      const position = positions.get(c.list_key) ?? 0;
      positions.set(c.list_key, position + 1);
      yield [
        listName.get(c.list_key) ?? "",
        c.title,
        c.description,
        c.tag_keys.map((k) => tagName.get(k) ?? "").join("; "),
        c.due_at ?? "",
        c.assignee_emails.join("; "),
        c.completed,
        c.archived,
        position,
      ];
    }
  }
  const name = data.board.name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 60) || "board";
  return csvResponse(`${name}-cards.csv`, BOARD_CSV_COLUMNS, rows());
}
