import { and, eq, getTableColumns, inArray, is, sql, type Placeholder } from "drizzle-orm";
import { alias, PgTransaction } from "drizzle-orm/pg-core";
import type { Database, DbOrTx } from "@/db/client";
import { preparedOn } from "@/db/prepared";
import { cards, type Card } from "@/db/schema";
import { isOneOf, positionsOf, windowPosition } from "./card-position";
import type { CardJson } from "./schemas";
import { serializeCard } from "./serialize-card";

/**
 * A card's tag and assignee ids, aggregated per card in the query that reads it. Written against
 * the un-aliased "cards" table, named explicitly so the subqueries bind to the outer row.
 */
export const cardTagIds = sql<string[]>`array(select card_tags.tag_id from card_tags where card_tags.card_id = "cards"."id")`;
export const cardAssigneeIds = sql<
  string[]
>`array(select card_assignees.user_id from card_assignees where card_assignees.card_id = "cards"."id")`;

/** A card's attachment count, counted in the query that reads it (files_card_idx). */
export const cardAttachmentCount = sql<number>`(select count(*) from files where files.card_id = "cards"."id")::int`.mapWith(Number);

/** A card's custom field values as one JSON object by field id (keys in jsonb's order: by id, as all ids are equally long). */
export const cardFieldsJson = sql<
  Record<string, unknown>
>`coalesce((select jsonb_object_agg(card_field_values.field_id, card_field_values.value) from card_field_values where card_field_values.card_id = "cards"."id"), '{}'::jsonb)`;

/** What a card's JSON adds to its row, with `position` from a CTE of positions: the one list of extras every card read selects. */
const extrasColumns = <Position>(position: Position) => ({
  position,
  assigneeIds: cardAssigneeIds,
  tagIds: cardTagIds,
  attachmentCount: cardAttachmentCount,
  fields: cardFieldsJson,
});

/** The position, assignee and tag ids and attachment count of the cards `ids`: for a list of ids, or a placeholder of one. */
function extrasQuery(db: DbOrTx, ids: string[] | Placeholder) {
  const positions = positionsOf(db, ids);
  return db
    .with(positions)
    .select({ id: cards.id, ...extrasColumns(positions.position) })
    .from(cards)
    .leftJoin(positions, eq(positions.id, cards.id))
    .where(isOneOf(cards.id, ids));
}

/** The same query prepared once per database (outside transactions), for reads such as list pages. */
const extrasStatement = preparedOn((db: Database) => extrasQuery(db, sql.placeholder("ids")).prepare("card_extras"));

/**
 * Cards with their position, assignees and tags, in the order of `rows`: what GET returns. One
 * query for any number of cards: positions once per list they are in, ids aggregated per card.
 */
export async function serializeCards(db: DbOrTx, rows: Card[]): Promise<CardJson[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // A transaction's statements must go through it (they see its writes); plain reads use the prepared one.
  const extras = is(db, PgTransaction) ? await extrasQuery(db, ids) : await extrasStatement(db as Database).execute({ ids });
  const extrasOf = new Map(extras.map((e) => [e.id, e]));
  return rows.map((row) => {
    const extra = extrasOf.get(row.id);
    return serializeCard(row, {
      // An archived card has no row in `positions` (as stored: a transaction sees its own writes).
      position: extra?.position == null ? null : Number(extra.position),
      assigneeIds: extra?.assigneeIds ?? [],
      tagIds: extra?.tagIds ?? [],
      attachmentCount: extra?.attachmentCount ?? 0,
      fields: extra?.fields ?? {},
    });
  });
}

/** One card as GET /v1/cards/{id} returns it, read through `db` (a transaction sees its own writes). */
export async function loadCardJson(db: DbOrTx, card: Card): Promise<CardJson> {
  const [json] = await serializeCards(db, [card]);
  return json;
}

/**
 * `GET /v1/cards/{id}` in one prepared statement: the card of the workspace with its position
 * (the window over its list's non-archived cards, as `positionsOf`) and its tag and assignee ids.
 */
const cardWithExtras = preparedOn((db: Database) => {
  const target = alias(cards, "target");
  const positions = db.$with("positions").as(
    db
      .select({ id: cards.id, position: windowPosition.as("position") })
      .from(cards)
      .where(
        and(
          eq(cards.archived, false),
          inArray(
            cards.listId,
            db
              .select({ listId: target.listId })
              .from(target)
              .where(eq(target.id, sql.placeholder("id"))),
          ),
        ),
      ),
  );
  return db
    .with(positions)
    .select({ card: getTableColumns(cards), ...extrasColumns(positions.position) })
    .from(cards)
    .leftJoin(positions, eq(positions.id, cards.id))
    .where(and(eq(cards.id, sql.placeholder("id")), eq(cards.workspaceId, sql.placeholder("workspaceId"))))
    .prepare("get_card");
});

/** A card of the workspace as GET returns it, with its row (for access checks), or undefined. */
export async function loadCardJsonById(db: Database, workspaceId: string, id: string): Promise<{ card: Card; json: CardJson } | undefined> {
  const [row] = await cardWithExtras(db).execute({ id, workspaceId });
  if (!row) return undefined;
  const position = row.position == null ? null : Number(row.position);
  return {
    card: row.card,
    json: serializeCard(row.card, {
      position,
      assigneeIds: row.assigneeIds,
      tagIds: row.tagIds,
      attachmentCount: row.attachmentCount,
      fields: row.fields,
    }),
  };
}
