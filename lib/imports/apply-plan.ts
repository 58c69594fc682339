import { generateNKeysBetween } from "fractional-indexing";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  boards,
  cardAssignees,
  cards,
  cardTags,
  checklistItems,
  checklists,
  comments,
  files,
  lists,
  memberships,
  tags,
  users,
  type Card,
} from "@/db/schema";
import { serializeBoard } from "@/lib/boards/serialize-board";
import { serializeCard } from "@/lib/cards/serialize-card";
import { serializeItem } from "@/lib/checklists/serialize-checklist";
import { serializeComment } from "@/lib/comments/serialize-comment";
import { recordEvents, type RecordEventInput } from "@/lib/events/record-event";
import { serializeFile } from "@/lib/files/serialize-file";
import { newId, newIdsInOrder } from "@/lib/ids";
import { serializeList } from "@/lib/lists/serialize-list";
import type { Ctx } from "@/lib/workspaces/context";
import { clip, LIMITS, type ImportPlan, type PlanCard, type PlanComment } from "./plan";

/** Rows per INSERT. */
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export type Progress = (done: number, total: number, phase: string) => void;

/** A Trello comment keeps who wrote it and when, quoted, since it is posted as the importer. */
export function quotedComment(comment: PlanComment): string {
  const when = comment.createdAt ? ` on ${comment.createdAt.slice(0, 16).replace("T", " ")} UTC` : "";
  const quoted = comment.body
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return clip(`**${comment.authorName}** wrote${when}:\n\n${quoted}`, LIMITS.comment);
}

/**
 * Writes a plan inside the caller's transaction: a new board (or, with `intoBoardId`, the cards of
 * an existing one), set-based (a few INSERTs per kind of row, whatever the size), and the events
 * every part would have recorded had it been made through the API, with the importer as actor:
 * board.created, list.created, card.created (tags and assignees in its data), checklist.item_created,
 * comment.created and file.uploaded (links). People are matched by email among the workspace's
 * members; comments by someone matched keep their author and date, the others are the importer's.
 */
export async function applyPlan(
  ctx: Ctx,
  tx: Tx,
  plan: ImportPlan,
  options: { intoBoardId?: string; progress?: Progress } = {},
): Promise<{ boardId: string }> {
  const workspaceId = ctx.caller.workspaceId;
  const actor = ctx.caller.user;
  const now = new Date();
  const recorded: RecordEventInput[] = [];
  const event = (type: RecordEventInput["type"], boardId: string, data: Record<string, unknown>) =>
    recorded.push({ workspaceId, type, boardId, actor, data });
  const allCards = plan.lists.flatMap((l) => l.cards);
  const total = allCards.length;
  options.progress?.(0, total, "board");

  let boardId = options.intoBoardId;
  if (!boardId) {
    const [board] = await tx
      .insert(boards)
      .values({ id: newId("board"), workspaceId, name: plan.board.name, description: plan.board.description, createdBy: actor.id })
      .returning();
    boardId = board.id;
    event("board.created", board.id, serializeBoard(board));
  }

  // Tags: new ones for a new board; into an existing board, names that exist are reused.
  const tagIdOf = new Map<string, string>();
  if (plan.tags.length > 0) {
    const existing = options.intoBoardId ? await tx.select().from(tags).where(eq(tags.boardId, boardId)) : [];
    const byName = new Map(existing.map((t) => [t.name.toLowerCase(), t.id]));
    const fresh = [];
    for (const tag of plan.tags) {
      const id = byName.get(tag.name.toLowerCase());
      if (id) tagIdOf.set(tag.key, id);
      else {
        const row = { id: newId("tag"), workspaceId, boardId, name: tag.name, color: tag.color };
        byName.set(tag.name.toLowerCase(), row.id);
        tagIdOf.set(tag.key, row.id);
        fresh.push(row);
      }
    }
    await insertChunked(fresh, (chunk) => tx.insert(tags).values(chunk));
  }

  // Members by email, and the names comments show.
  const emails = [
    ...new Set(allCards.flatMap((c) => [...c.assigneeEmails, ...c.comments.map((m) => m.authorEmail ?? "")]).filter(Boolean)),
  ];
  const memberOf = new Map<string, { id: string; name: string }>();
  for (let i = 0; i < emails.length; i += CHUNK) {
    const rows = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspaceId), inArray(users.email, emails.slice(i, i + CHUNK))));
    for (const row of rows) memberOf.set(row.email.toLowerCase(), row);
  }

  // Lists (for a CSV into a board, plan lists name lists of that board: found by name, else made).
  const listIdOf: string[] = [];
  const existingLists = options.intoBoardId ? await tx.select().from(lists).where(eq(lists.boardId, boardId)).orderBy(lists.rank) : [];
  const listByName = new Map(existingLists.filter((l) => !l.archived).map((l) => [l.name.toLowerCase(), l]));
  const newLists = plan.lists.filter((l) => !listByName.has(l.name.toLowerCase()));
  const lastRank = existingLists.at(-1)?.rank ?? null;
  const listRanks = generateNKeysBetween(lastRank, null, newLists.length);
  let openPosition = existingLists.filter((l) => !l.archived).length;
  const listRows = newLists.map((l, i) => ({
    id: newId("list"),
    workspaceId,
    boardId: boardId!,
    name: l.name,
    rank: listRanks[i],
    archived: l.archived,
    createdBy: actor.id,
  }));
  if (listRows.length > 0) {
    const inserted = [];
    for (let i = 0; i < listRows.length; i += CHUNK)
      inserted.push(
        ...(await tx
          .insert(lists)
          .values(listRows.slice(i, i + CHUNK))
          .returning()),
      );
    for (const list of inserted)
      event("list.created", boardId, serializeList({ ...list, position: list.archived ? null : openPosition++ }));
  }
  let n = 0;
  for (const l of plan.lists) {
    const found = listByName.get(l.name.toLowerCase());
    listIdOf.push(found ? found.id : listRows[n++].id);
  }

  // Cards, in list order; each list's new cards go after its existing ones.
  type Pending = { row: typeof cards.$inferInsert; plan: PlanCard; position: number | null };
  const pending: Pending[] = [];
  for (let li = 0; li < plan.lists.length; li++) {
    const listId = listIdOf[li];
    const existingCards = options.intoBoardId
      ? await tx.select({ rank: cards.rank, archived: cards.archived }).from(cards).where(eq(cards.listId, listId)).orderBy(cards.rank)
      : [];
    const ranks = generateNKeysBetween(existingCards.at(-1)?.rank ?? null, null, plan.lists[li].cards.length);
    let position = existingCards.filter((c) => !c.archived).length;
    plan.lists[li].cards.forEach((card, ci) => {
      pending.push({
        plan: card,
        position: card.archived ? null : position++,
        row: {
          id: newId("card"),
          workspaceId,
          boardId: boardId!,
          listId,
          title: card.title,
          description: card.description,
          rank: ranks[ci],
          dueAt: card.dueAt ? new Date(card.dueAt) : null,
          completed: card.completed,
          completedAt: card.completed ? now : null,
          archived: card.archived,
          createdBy: actor.id,
        },
      });
    });
  }
  const insertedCards: Card[] = [];
  for (let i = 0; i < pending.length; i += CHUNK) {
    insertedCards.push(
      ...(await tx
        .insert(cards)
        .values(pending.slice(i, i + CHUNK).map((p) => p.row))
        .returning()),
    );
    options.progress?.(Math.min(i + CHUNK, total), total, "cards");
  }
  const tagRows = pending.flatMap((p) => p.plan.tagKeys.map((k) => ({ cardId: p.row.id!, tagId: tagIdOf.get(k)! })).filter((r) => r.tagId));
  await insertChunked(tagRows, (chunk) => tx.insert(cardTags).values(chunk));
  const assigneeRows = pending.flatMap((p) =>
    p.plan.assigneeEmails.map((e) => memberOf.get(e)).flatMap((m) => (m ? [{ cardId: p.row.id!, userId: m.id }] : [])),
  );
  const uniqueAssignees = [...new Map(assigneeRows.map((r) => [`${r.cardId}/${r.userId}`, r])).values()];
  await insertChunked(uniqueAssignees, (chunk) => tx.insert(cardAssignees).values(chunk));

  // Checklists and items, comments and links.
  const checklistRows: (typeof checklists.$inferInsert)[] = [];
  const itemRows: (typeof checklistItems.$inferInsert & { cardId: string })[] = [];
  const commentRows: { row: typeof comments.$inferInsert; authorName: string }[] = [];
  const linkRows: (typeof files.$inferInsert)[] = [];
  const commentIds = newIdsInOrder(
    "comment",
    pending.reduce((n, p) => n + p.plan.comments.length, 0),
  );
  for (const p of pending) {
    const cardId = p.row.id!;
    for (const checklist of p.plan.checklists) {
      const checklistId = newId("checklist");
      checklistRows.push({ id: checklistId, workspaceId, cardId, title: checklist.title });
      checklist.items.forEach((item, position) =>
        itemRows.push({
          id: newId("checklistItem"),
          workspaceId,
          checklistId,
          cardId,
          text: item.text,
          completed: item.completed,
          completedAt: item.completed ? now : null,
          position,
        }),
      );
    }
    for (const comment of p.plan.comments) {
      const author = comment.authorEmail ? memberOf.get(comment.authorEmail) : undefined;
      const keep = author !== undefined && !comment.quote;
      commentRows.push({
        authorName: keep ? author.name : actor.name,
        row: {
          id: commentIds[commentRows.length],
          workspaceId,
          cardId,
          authorId: keep ? author.id : actor.id,
          body: keep ? clip(comment.body, LIMITS.comment, "…") : quotedComment(comment),
          createdAt: keep && comment.createdAt ? new Date(comment.createdAt) : now,
        },
      });
    }
    for (const link of p.plan.links) {
      linkRows.push({
        id: newId("file"),
        workspaceId,
        cardId,
        uploaderId: actor.id,
        kind: "link",
        name: link.name,
        url: link.url,
        size: 0,
      });
    }
  }
  await insertChunked(checklistRows, (chunk) => tx.insert(checklists).values(chunk));
  options.progress?.(total, total, "checklists");
  const items = [];
  for (let i = 0; i < itemRows.length; i += CHUNK) {
    items.push(
      ...(await tx
        .insert(checklistItems)
        .values(itemRows.slice(i, i + CHUNK).map(({ cardId: _, ...row }) => row))
        .returning()),
    );
  }
  const cardOfChecklist = new Map(checklistRows.map((c) => [c.id!, c.cardId]));
  const insertedComments = [];
  for (let i = 0; i < commentRows.length; i += CHUNK) {
    insertedComments.push(
      ...(await tx
        .insert(comments)
        .values(commentRows.slice(i, i + CHUNK).map((c) => c.row))
        .returning()),
    );
  }
  const insertedLinks = [];
  for (let i = 0; i < linkRows.length; i += CHUNK)
    insertedLinks.push(
      ...(await tx
        .insert(files)
        .values(linkRows.slice(i, i + CHUNK))
        .returning()),
    );

  // Events, each carrying what GET returns.
  const tagIdsOf = new Map<string, string[]>();
  for (const r of tagRows) tagIdsOf.set(r.cardId, [...(tagIdsOf.get(r.cardId) ?? []), r.tagId]);
  const assigneesOf = new Map<string, string[]>();
  for (const r of uniqueAssignees) assigneesOf.set(r.cardId, [...(assigneesOf.get(r.cardId) ?? []), r.userId]);
  const linksOf = new Map<string, number>();
  for (const f of insertedLinks) linksOf.set(f.cardId, (linksOf.get(f.cardId) ?? 0) + 1);
  const positionOf = new Map(pending.map((p) => [p.row.id!, p.position]));
  for (const card of insertedCards) {
    event(
      "card.created",
      boardId,
      serializeCard(card, {
        position: positionOf.get(card.id) ?? null,
        assigneeIds: assigneesOf.get(card.id) ?? [],
        tagIds: tagIdsOf.get(card.id) ?? [],
        attachmentCount: linksOf.get(card.id) ?? 0,
        // Imports bring no custom field values (a Trello export has none, a Tasktide export carries none yet).
        fields: {},
      }),
    );
  }
  for (const item of items) event("checklist.item_created", boardId, serializeItem(item, cardOfChecklist.get(item.checklistId)!));
  insertedComments.forEach((comment, i) =>
    event("comment.created", boardId, serializeComment({ comment, authorName: commentRows[i].authorName })),
  );
  for (const file of insertedLinks) event("file.uploaded", boardId, serializeFile({ file, uploaderName: actor.name }));
  options.progress?.(total, total, "events");
  await recordEvents(tx, recorded);
  return { boardId };
}
