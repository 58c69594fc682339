import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { boards, cardFieldValues, cards, checklistItems, checklists, comments, customFields, lists } from "@/db/schema";
import { serializeCards } from "@/lib/cards/load-card-json";
import { invalidRequest } from "@/lib/core/errors";
import { compileQueryParam } from "@/lib/filters";
import { requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import { HEADLINE_OPTIONS, TITLE_OPTIONS, toSegments } from "./highlight";
import type { SearchHitJson, SearchQuery } from "./schemas";

/** How close a title must be (pg_trgm word_similarity) to count as a typo of the query. */
export const TYPO_THRESHOLD = 0.4;
const MAX_WORDS = 10;

type HitRow = {
  id: string;
  score: number;
  in_title: boolean;
  in_description: boolean;
  in_comments: boolean;
  in_checklists: boolean;
  in_fields: boolean;
  title_hl: string;
  snippet: string | null;
  snippet_source: "description" | "comment" | "checklist_item" | "custom_field" | null;
};

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** The words of a query, for a prefix tsquery ("desi" finds "design"); nothing else gets through. */
export function searchWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match)
    throw invalidRequest("The cursor is not valid; use next_cursor from a previous page.", [
      { field: "cursor", message: "Invalid cursor." },
    ]);
  return Number(match[1]);
}

/**
 * Full-text search over the cards the caller may see (tenant, board-restricted token, optional
 * board, optional filter-language refinement). Candidates come from index scans (title,
 * description, comments, checklist items, and title trigrams for typos), so the cost follows the
 * hits, not the workspace; only the page's rows get ts_headline. Ranking: see docs/decisions.md, "Search".
 */
export async function searchCards({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: SearchQuery;
}): Promise<{ items: SearchHitJson[]; next_cursor: string | null }> {
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const offset = decodeOffset(query.cursor);
  const plan = searchPlan(ctx, query);
  if (!plan) return { items: [], next_cursor: null };
  const rows = await ctx.db.transaction(async (tx) => {
    // SET LOCAL, for this transaction only: the typo threshold, and for the typo lookup alone no
    // sequential scan (the planner's fixed estimate for `%>` makes it prefer one, which computes
    // word_similarity for every card of the workspace instead of the index's few).
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`);
    let similarIds: string[] = [];
    if (plan.similar) {
      await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
      similarIds = rowsOf<{ id: string }>(await tx.execute(plan.similar)).map((r) => r.id);
      await tx.execute(sql`select set_config('enable_seqscan', 'on', true)`);
    }
    return rowsOf<HitRow>(await tx.execute(plan.ranked(similarIds, offset)));
  });
  const hasMore = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const items = await hydrate(ctx, page);
  return { items, next_cursor: hasMore ? Buffer.from(`o${offset + query.limit}`).toString("base64url") : null };
}

/** At most this many typo candidates enter the ranking. */
const MAX_SIMILAR = 500;

/**
 * The search's statements (null when the query has no words): `similar` finds titles close to the
 * words (when no title has the words themselves), `ranked` the page of hits. The bench EXPLAINs them.
 */
export function searchPlan(
  ctx: Ctx,
  query: SearchQuery,
): { similar: SQL | null; ranked: (similarIds: string[], offset: number) => SQL } | null {
  const filter = compileQueryParam("filter", query.filter, { userId: ctx.caller.user.id, now: new Date() });
  const words = searchWords(query.q);
  if (words.length === 0) return null;
  const ws = ctx.caller.workspaceId;
  const raw = words.join(" ");
  const tsq = sql`to_tsquery('simple', ${words.map((w) => `${w}:*`).join(" & ")})`;
  // Typo tolerance is per word, every word (of 3+ letters) close to a word of the title: the
  // whole query against the title would let one good word carry a query whose others are absent.
  // It applies when no title has the words themselves (a one-time check, so the costly trigram
  // scan is skipped in the common case), like a "did you mean".
  const fuzzyWords = words.filter((w) => w.length >= 3);
  const fuzzy = fuzzyWords.length === words.length;
  const inTitle = sql`to_tsvector('simple', ${cards.title}) @@ ${tsq}`;
  const inDescription = sql`to_tsvector('simple', ${cards.description}) @@ ${tsq}`;
  // Column first (`title %> word`), the form the trigram index serves.
  const similarTitle = fuzzy
    ? sql.join(
        fuzzyWords.map((w) => sql`${cards.title} %> ${w}`),
        sql` and `,
      )
    : sql`false`;
  const commentMatch = sql`${comments.workspaceId} = ${ws} and to_tsvector('simple', ${comments.body}) @@ ${tsq}`;
  const itemMatch = sql`${checklistItems.workspaceId} = ${ws} and to_tsvector('simple', ${checklistItems.text}) @@ ${tsq}`;
  // Text and URL custom field values (card_field_values_text_search_idx); the field row gives the tenant.
  const fieldMatch = sql`${customFields.workspaceId} = ${ws} and ${customFields.type} in ('text', 'url') and to_tsvector('simple', ${cardFieldValues.value} #>> '{}') @@ ${tsq}`;
  const conditions: (SQL | undefined)[] = [
    eq(cards.workspaceId, ws),
    filter.mentionsArchived ? undefined : eq(cards.archived, false),
    query.board_id ? eq(cards.boardId, query.board_id) : undefined,
    visibleBoards(ctx, cards.boardId),
    filter.where,
  ];
  const similar = fuzzy
    ? sql`select ${cards.id} as id from ${cards} where ${cards.workspaceId} = ${ws} and ${similarTitle}
        and not exists (select 1 from ${cards} where ${cards.workspaceId} = ${ws} and ${inTitle}) limit ${MAX_SIMILAR}`
    : null;
  const ranked = (similarIds: string[], offset: number) => {
    // Each source is one index scan, and says where it matched: no tsvector is computed twice.
    const candidates = sql`
    select ${cards.id} as id, 1 as src from ${cards} where ${cards.workspaceId} = ${ws} and ${inTitle}
    union all select ${cards.id}, 2 from ${cards} where ${cards.workspaceId} = ${ws} and ${inDescription}
    union all select typo.id, 3 from json_array_elements_text(${JSON.stringify(similarIds)}::json) as typo(id)
    union all select ${comments.cardId}, 4 from ${comments} where ${commentMatch}
    union all select ${checklists.cardId}, 5 from ${checklistItems} join ${checklists} on ${checklists.id} = ${checklistItems.checklistId} where ${itemMatch}
    union all select ${cardFieldValues.cardId}, 6 from ${cardFieldValues} join ${customFields} on ${customFields.id} = ${cardFieldValues.fieldId} where ${fieldMatch}`;
    return sql`
    with candidates as (${candidates}),
    flags as (
      select id, bool_or(src = 1) as in_title, bool_or(src = 2) as in_description, bool_or(src = 3) as similar_title,
        bool_or(src = 4) as in_comments, bool_or(src = 5) as in_checklists, bool_or(src = 6) as in_fields
      from candidates group by id
    ),
    ranked as (
      select f.id, f.in_title, f.in_description, f.in_comments, f.in_checklists, f.in_fields,
        (case when f.in_title then 4 when f.in_description then 3 when f.similar_title then 2.5 when f.in_comments then 2 else 1 end)
          + 0.1 * greatest(f.in_title::int + f.in_description::int + f.in_comments::int + f.in_checklists::int + f.in_fields::int - 1, 0)
          + (case when f.similar_title and not f.in_title then 0.4 * word_similarity(${raw}, ${cards.title}) else 0 end) as score
      from flags f join ${cards} on ${cards.id} = f.id
      where ${and(...conditions)}
      order by score desc, f.id desc
      limit ${query.limit + 1} offset ${offset}
    )
    select r.id, r.score::float8 as score, r.in_title, r.in_description, r.in_comments, r.in_checklists, r.in_fields,
      ts_headline('simple', ${cards.title}, ${tsq}, ${TITLE_OPTIONS}) as title_hl,
      case
        when r.in_description then ts_headline('simple', ${cards.description}, ${tsq}, ${HEADLINE_OPTIONS})
        when r.in_comments then ts_headline('simple', (select ${comments.body} from ${comments} where ${comments.cardId} = r.id and ${commentMatch} order by ${comments.id} limit 1), ${tsq}, ${HEADLINE_OPTIONS})
        when r.in_checklists then ts_headline('simple', (select ${checklistItems.text} from ${checklistItems} join ${checklists} on ${checklists.id} = ${checklistItems.checklistId} where ${checklists.cardId} = r.id and ${itemMatch} order by ${checklistItems.id} limit 1), ${tsq}, ${HEADLINE_OPTIONS})
        when r.in_fields then ts_headline('simple', (select ${cardFieldValues.value} #>> '{}' from ${cardFieldValues} join ${customFields} on ${customFields.id} = ${cardFieldValues.fieldId} where ${cardFieldValues.cardId} = r.id and ${fieldMatch} order by ${customFields.position} limit 1), ${tsq}, ${HEADLINE_OPTIONS})
      end as snippet,
      case when r.in_description then 'description' when r.in_comments then 'comment' when r.in_checklists then 'checklist_item' when r.in_fields then 'custom_field' end as snippet_source
    from ranked r join ${cards} on ${cards.id} = r.id
    order by r.score desc, r.id desc`;
  };
  return { similar, ranked };
}

/** The page's cards as GET returns them, with their board and list names. */
async function hydrate(ctx: Ctx, page: HitRow[]): Promise<SearchHitJson[]> {
  if (page.length === 0) return [];
  const ids = page.map((r) => r.id);
  const rows = await ctx.db.select().from(cards).where(inArray(cards.id, ids));
  const json = new Map((await serializeCards(ctx.db, rows)).map((c) => [c.id, c]));
  const names = await ctx.db
    .select({ id: cards.id, board: boards.name, list: lists.name })
    .from(cards)
    .innerJoin(boards, eq(boards.id, cards.boardId))
    .innerJoin(lists, eq(lists.id, cards.listId))
    .where(inArray(cards.id, ids));
  const nameOf = new Map(names.map((n) => [n.id, n]));
  return page.map((r) => ({
    card: json.get(r.id)!,
    board_name: nameOf.get(r.id)!.board,
    list_name: nameOf.get(r.id)!.list,
    matched_in: [
      ...(r.in_title ? (["title"] as const) : []),
      ...(r.in_description ? (["description"] as const) : []),
      ...(r.in_comments ? (["comments"] as const) : []),
      ...(r.in_checklists ? (["checklist_items"] as const) : []),
      ...(r.in_fields ? (["custom_fields"] as const) : []),
    ],
    score: Math.round(Number(r.score) * 1000) / 1000,
    title: toSegments(r.title_hl),
    snippet: r.snippet && r.snippet_source ? { source: r.snippet_source, text: toSegments(r.snippet) } : null,
  }));
}
