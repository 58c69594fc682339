// The bare comparison server of `npm run bench:api` (not shipped): node:http + postgres.js and
// nothing else, answering `GET /v1/cards/{id}` and a page of `GET /v1/cards?list_id=…` from
// Tasktide's own tables with byte-identical JSON (the bench checks). It authenticates the Bearer
// token (one query: token and membership) and reads the cards in one more, so it does the least
// work that gives the same answer: the floor Tasktide is measured against.
//
//   DATABASE_URL=postgres://… node scripts/bench-bare-server.mjs <port>
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL, { max: Number(process.env.DATABASE_POOL_MAX || 10), onnotice: () => {} });

const CARD_COLUMNS = sql`id, workspace_id, board_id, list_id, title, description, start_at, due_at, completed, completed_at, archived, created_by, cover_file_id, milestone_id, sprint_id, estimate, created_at, updated_at`;

/** Cards `page` (a subquery of card rows) with their positions, tag and assignee ids and attachment counts. */
const withExtras = (page) => sql`
  with page as (${page}),
  positions as (
    select id, (row_number() over (partition by list_id order by rank) - 1)::int as position
    from cards where not archived and list_id in (select list_id from page)
  )
  select page.*, positions.position,
    array(select user_id from card_assignees where card_id = page.id) as assignee_ids,
    array(select tag_id from card_tags where card_id = page.id) as tag_ids,
    (select count(*) from files where files.card_id = page.id)::int as attachment_count,
    coalesce((select jsonb_object_agg(field_id, value) from card_field_values where card_id = page.id), '{}'::jsonb) as fields
  from page left join positions on positions.id = page.id
  order by page.id desc`;

const iso = (d) => (d ? d.toISOString() : null);
const toJson = (c) => ({
  id: c.id,
  workspace_id: c.workspace_id,
  board_id: c.board_id,
  list_id: c.list_id,
  title: c.title,
  description: c.description,
  position: c.position ?? null,
  start_at: iso(c.start_at),
  due_at: iso(c.due_at),
  completed: c.completed,
  completed_at: iso(c.completed_at),
  archived: c.archived,
  assignee_ids: [...c.assignee_ids].sort(),
  tag_ids: [...c.tag_ids].sort(),
  created_by: c.created_by,
  cover_file_id: c.cover_file_id,
  attachment_count: c.attachment_count,
  milestone_id: c.milestone_id,
  sprint_id: c.sprint_id,
  estimate: c.estimate,
  fields: c.fields,
  created_at: c.created_at.toISOString(),
  updated_at: c.updated_at.toISOString(),
});

async function caller(req) {
  const match = /^Bearer\s+(tt_[0-9A-Za-z]{32,64})\s*$/.exec(req.headers.authorization ?? "");
  if (!match) return null;
  const hash = createHash("sha256").update(match[1], "utf8").digest("hex");
  const [row] = await sql`
    select t.workspace_id, t.board_ids from api_tokens t
    join memberships m on m.workspace_id = t.workspace_id and m.user_id = t.user_id
    where t.token_hash = ${hash} and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())`;
  return row ?? null;
}

const visible = (who, boardId) => !who.board_ids || who.board_ids.includes(boardId);

function send(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function handle(req, res) {
  const url = new URL(req.url, "http://bare");
  const who = await caller(req);
  if (!who) return send(res, 401, { error: "unauthorized", message: "The API token is invalid, expired or revoked." });
  const one = /^\/v1\/cards\/(card_[0-9A-Za-z]+)$/.exec(url.pathname);
  if (req.method === "GET" && one) {
    const [card] = await withExtras(
      sql`select ${CARD_COLUMNS}, rank from cards where id = ${one[1]} and workspace_id = ${who.workspace_id}`,
    );
    if (!card || !visible(who, card.board_id)) return send(res, 404, { error: "not_found", message: "Card not found." });
    return send(res, 200, toJson(card));
  }
  if (req.method === "GET" && url.pathname === "/v1/cards" && url.searchParams.has("list_id")) {
    const limit = Math.min(100, Math.max(1, Number(url.searchParams.get("limit") || 50)));
    const cursor = url.searchParams.get("cursor");
    const after = cursor ? Buffer.from(cursor, "base64url").toString("utf8") : null;
    const rows = await withExtras(sql`
      select ${CARD_COLUMNS}, rank from cards
      where workspace_id = ${who.workspace_id} and not archived and list_id = ${url.searchParams.get("list_id")}
        ${who.board_ids ? sql`and board_id = any(${who.board_ids})` : sql``}
        ${after ? sql`and id < ${after}` : sql``}
      order by id desc limit ${limit + 1}`);
    const items = rows.slice(0, limit).map(toJson);
    const next = rows.length > limit ? Buffer.from(items[items.length - 1].id, "utf8").toString("base64url") : null;
    return send(res, 200, { items, next_cursor: next });
  }
  return send(res, 404, { error: "not_found", message: "No such route." });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error("bare server:", error);
    if (!res.headersSent) send(res, 500, { error: "internal", message: "Something went wrong." });
    else res.end();
  });
});
server.listen(Number(process.argv[2] || 3901), "127.0.0.1", () => console.log(`> bare server ready on ${server.address().port}`));
for (const signal of ["SIGINT", "SIGTERM"])
  process.once(signal, () => server.close(() => sql.end({ timeout: 1 }).then(() => process.exit(0))));
