import { asc, count, eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { cardAssignees, cardFieldValues, cards, cardTags, customFields, events, lists, tags } from "@/db/schema";
import { newId } from "@/lib/ids";
import { api, type As } from "./api";
import type { TestUser } from "./factories";

/** Creates through the API (so fixtures take the same path as clients) and asserts success. */
async function make(as: As, path: string, body: Record<string, unknown>) {
  const res = await api("POST", path, { as, body });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(201);
  return res.body;
}

export const makeBoard = (as: As, name = "Board") => make(as, "/v1/boards", { name });
export const makeList = (as: As, boardId: string, name = "List", extra: Record<string, unknown> = {}) =>
  make(as, "/v1/lists", { board_id: boardId, name, ...extra });
export const makeCard = (as: As, listId: string, title = "Card", extra: Record<string, unknown> = {}) =>
  make(as, "/v1/cards", { list_id: listId, title, ...extra });
export const makeTag = (as: As, boardId: string, name = "Tag", color = "#22c55e") =>
  make(as, "/v1/tags", { board_id: boardId, name, color });

export async function eventsOf(boardId: string) {
  const db = await getDb();
  return db.select().from(events).where(eq(events.boardId, boardId)).orderBy(asc(events.id));
}

export const actorOf = (user: TestUser) => ({ id: user.id, name: user.name, email: user.email });

/** Every row of our tables plus the event count: equal before and after a refused request. */
export async function snapshotContent() {
  const db = await getDb();
  const [e] = await db.select({ n: count() }).from(events);
  return {
    events: e.n,
    lists: await db.select().from(lists).orderBy(asc(lists.id)),
    cards: await db.select().from(cards).orderBy(asc(cards.id)),
    tags: await db.select().from(tags).orderBy(asc(tags.id)),
    cardTags: await db.select().from(cardTags).orderBy(asc(cardTags.cardId), asc(cardTags.tagId)),
    cardAssignees: await db.select().from(cardAssignees).orderBy(asc(cardAssignees.cardId), asc(cardAssignees.userId)),
    customFields: await db.select().from(customFields).orderBy(asc(customFields.id)),
    cardFieldValues: await db.select().from(cardFieldValues).orderBy(asc(cardFieldValues.cardId), asc(cardFieldValues.fieldId)),
  };
}

/** Cards of a list in display order, as GET /v1/cards returns them. */
export async function cardsInOrder(as: TestUser, listId: string): Promise<{ id: string; position: number }[]> {
  const res = await api("GET", `/v1/cards?list_id=${listId}&limit=100`, { as });
  expect(res.status).toBe(200);
  return [...res.body.items].sort((a, b) => a.position - b.position);
}

/**
 * A card on a new (or the given) board, its list and card written as rows: for tests of things
 * on cards (comments, checklists, time) that should not depend on the /v1/cards endpoints or
 * see their events. Ids double as ranks: unique, as the rank indexes require.
 */
export async function insertCard(owner: TestUser, boardId?: string): Promise<{ id: string; boardId: string }> {
  const db = await getDb();
  const board = boardId ?? (await makeBoard(owner)).id;
  const listId = newId("list");
  await db.insert(lists).values({ id: listId, workspaceId: owner.workspaceId, boardId: board, name: "Todo", rank: listId });
  const id = newId("card");
  await db.insert(cards).values({ id, workspaceId: owner.workspaceId, boardId: board, listId, title: "Card", rank: id });
  return { id, boardId: board };
}
