import { count, eq, sql } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { boards, events, imports } from "@/db/schema";
import { quotedComment } from "@/lib/imports/apply-plan";
import { INTERRUPTED } from "@/lib/imports/find-import";
import { importSettled } from "@/lib/imports/run-import";
import { newId } from "@/lib/ids";
import { api, TEST_ORIGIN, type As } from "../support/api";
import { actorOf, makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";
import { dispatch } from "../support/router";
import { bigTrelloBoard, trelloBoard } from "../support/trello-export";

function authHeaders(as: As): Record<string, string> {
  if (as && "cookie" in as) return { cookie: as.cookie, origin: TEST_ORIGIN };
  if (as && "token" in as) return { authorization: `Bearer ${as.token}` };
  return {};
}

/** POST /v1/imports as the browser's FormData sends it: the text fields, then the file. */
export async function postImport(as: As, fields: Record<string, string>, file: string | Buffer, filename = "export.json") {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)]), filename);
  const res = await dispatch(new Request(`${TEST_ORIGIN}/v1/imports`, { method: "POST", headers: authHeaders(as), body: form }));
  return { status: res.status, body: await res.json() };
}

/** Posts, waits for the background run, and answers the finished import. */
async function importAndWait(as: TestUser, fields: Record<string, string>, file: string | Buffer, filename?: string) {
  const posted = await postImport(as, fields, file, filename);
  expect(posted.status, JSON.stringify(posted.body)).toBe(202);
  expect(posted.body).toMatchObject({ status: "queued", board_id: null });
  await importSettled(posted.body.id);
  const done = await api("GET", `/v1/imports/${posted.body.id}`, { as });
  expect(done.status).toBe(200);
  return done.body;
}

async function tableCounts() {
  const db = await getDb();
  const one = async (table: typeof boards | typeof events | typeof imports) => (await db.select({ n: count() }).from(table))[0].n;
  return { boards: await one(boards), events: await one(events), imports: await one(imports) };
}

let owner: TestUser;
let ann: TestUser;

beforeAll(async () => {
  owner = await createUser({ name: "Importer" });
  ann = await createMember(owner.workspaceId, "member");
});

describe("Trello import", () => {
  it("imports lists, cards, labels as tags, checklists, comments, members and links, with events by the importer", async () => {
    const trello = trelloBoard({ memberEmail: ann.email.toUpperCase() });
    // NUL characters (which PostgreSQL text cannot hold) are dropped, not a 500.
    trello.actions[2].data.text = "First\u0000 comment";
    const file = JSON.stringify(trello);
    const done = await importAndWait(owner, { kind: "trello" }, file, "trello.json");
    expect(done).toMatchObject({
      kind: "trello",
      file_name: "trello.json",
      status: "completed",
      error: null,
      user_id: owner.id,
      board_id: expect.stringMatching(/^board_/),
      counts: { lists: 3, cards: 4, tags: 3, checklists: 1, checklist_items: 2, comments: 2, attachments: 1 },
      progress: { done: 4, total: 4, phase: "done" },
    });
    const boardId = done.board_id;
    const exported = (await api("GET", `/v1/boards/${boardId}/export`, { as: owner })).body;
    expect(exported.board).toEqual({ name: "Trello Roadmap", description: "Imported from **Trello**" });
    // Labels: "bug" merges into "Bug" (our tags are unique by name), the unnamed one is named by its colour.
    expect(exported.tags.map((t: any) => [t.name, t.color])).toEqual([
      ["Bug", "#4bce97"],
      ["sky", "#6cc3e0"],
      ["Urgent", "#f87168"],
    ]);
    const tagName = new Map(exported.tags.map((t: any) => [t.key, t.name]));
    expect(exported.lists.map((l: any) => [l.name, l.archived])).toEqual([
      ["To do", false],
      ["Doing", false],
      ["Old ideas", true],
    ]);
    const listName = new Map(exported.lists.map((l: any) => [l.key, l.name]));
    expect(exported.cards.map((c: any) => [listName.get(c.list_key), c.title, c.archived])).toEqual([
      ["To do", "Write the importer", false],
      ["To do", "Second in To do", false],
      ["Doing", "Archived card", true],
      ["Old ideas", "In an archived list", false],
    ]);
    const [first, second] = exported.cards;
    expect(first).toMatchObject({
      description:
        "Lists, cards and labels.\n\nSee the spec.\n\nTrello members: Bo Nomail (@bonomail)\n\nAttachments not imported: local.txt",
      due_at: "2024-04-01T12:00:00.000Z",
      completed: true,
      assignee_emails: [ann.email],
      checklists: [
        {
          title: "Steps",
          items: [
            { text: "Parse", completed: true },
            { text: "Write", completed: false },
          ],
        },
      ],
      attachments: [{ kind: "link", name: "Spec", url: "https://example.com/spec.pdf" }],
    });
    expect(first.tag_keys.map((k: string) => tagName.get(k))).toEqual(["Bug"]);
    expect(second.tag_keys.map((k: string) => tagName.get(k)).sort()).toEqual(["Bug", "Urgent", "sky"]);
    // Comments oldest first, posted by the importer, quoting who wrote them in Trello and when.
    expect(first.comments.map((c: any) => [c.author_email, c.body])).toEqual([
      [owner.email, "**Ann Trello** wrote on 2024-03-01 08:00 UTC:\n\n> First comment"],
      [owner.email, "**Bo Nomail** wrote on 2024-03-02 09:30 UTC:\n\n> Second comment\n> with two lines"],
    ]);

    // The events a person making all this through the API would have caused, by the importer.
    const db = await getDb();
    const recorded = await db.select().from(events).where(eq(events.boardId, boardId));
    const types = recorded.map((e) => e.type).reduce<Record<string, number>>((m, t) => ({ ...m, [t]: (m[t] ?? 0) + 1 }), {});
    expect(types).toEqual({
      "board.created": 1,
      "list.created": 3,
      "card.created": 4,
      "checklist.item_created": 2,
      "comment.created": 2,
      "file.uploaded": 1,
    });
    for (const e of recorded) expect(e.actor).toEqual(actorOf(owner));
    // card.created carries the card as GET returns it.
    const cardEvent = recorded.find((e) => e.type === "card.created" && (e.data as any).title === "Write the importer")!;
    expect(cardEvent.data).toEqual((await api("GET", `/v1/cards/${(cardEvent.data as any).id}`, { as: owner })).body);
  });

  it("the same file again answers the same import, and makes no second board", async () => {
    const file = JSON.stringify(trelloBoard());
    const done = await importAndWait(owner, { kind: "trello" }, file);
    const before = await tableCounts();
    const again = await postImport(owner, { kind: "trello" }, file);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: done.id, status: "completed", board_id: done.board_id });
    expect(await tableCounts()).toEqual(before);
    // Another workspace importing the same file gets its own board.
    const other = await createUser();
    const theirs = await importAndWait(other, { kind: "trello" }, file);
    expect(theirs.id).not.toBe(done.id);
    expect((await api("GET", `/v1/imports/${done.id}`, { as: other })).status).toBe(404);
  });

  it("is all-or-nothing: a failure midway leaves no board, no rows, no events, and a failed import", async () => {
    const db = await getDb();
    // A real database error in the middle of the import: comments are written after the cards.
    await db.execute(
      sql.raw(`create or replace function fail_import() returns trigger language plpgsql as $$ begin
        if new.body like '%BOOM%' then raise exception 'comment refused'; end if; return new; end $$`),
    );
    await db.execute(sql.raw(`create trigger fail_import before insert on comments for each row execute function fail_import()`));
    try {
      const file = trelloBoard();
      file.name = "Doomed board";
      file.actions[0].data.text = "BOOM";
      const before = await tableCounts();
      const done = await importAndWait(owner, { kind: "trello" }, JSON.stringify(file));
      expect(done).toMatchObject({ status: "failed", board_id: null, error: expect.stringContaining("changed nothing") });
      const after = await tableCounts();
      expect(after).toEqual({ ...before, imports: before.imports + 1 });
      expect(await db.select().from(boards).where(eq(boards.name, "Doomed board"))).toEqual([]);
      // A failed import may be tried again with the same file.
      await db.execute(sql.raw(`drop trigger fail_import on comments`));
      expect((await importAndWait(owner, { kind: "trello" }, JSON.stringify(file))).status).toBe("completed");
    } finally {
      await db.execute(sql.raw(`drop trigger if exists fail_import on comments`));
    }
  });

  it("refuses bad files with a clear 4xx and changes nothing", async () => {
    const before = await tableCounts();
    const cases: [string, Record<string, string>, string | Buffer, number, RegExp][] = [
      ["not JSON", { kind: "trello" }, "this is not json", 400, /not valid JSON/],
      ["not UTF-8", { kind: "trello" }, Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 400, /not UTF-8/],
      ["an array", { kind: "trello" }, "[1,2,3]", 400, /not a Trello board export/],
      ["no lists", { kind: "trello" }, JSON.stringify({ name: "x", cards: [] }), 400, /lists/],
      ["cards of the wrong type", { kind: "trello" }, JSON.stringify({ name: "x", lists: [], cards: "many" }), 400, /cards/],
      ["deep nesting", { kind: "trello" }, "[".repeat(100_000) + "]".repeat(100_000), 400, /nests deeper/],
      [
        "deep inside a real shape",
        { kind: "trello" },
        `{"name":"x","lists":[],"cards":[],"x":${'{"a":'.repeat(100)}1${"}".repeat(100)}}`,
        400,
        /nests deeper/,
      ],
      ["empty", { kind: "trello" }, "", 400, /empty/],
      ["a Tasktide file as Trello", { kind: "trello" }, JSON.stringify({ format: "tasktide.board" }), 400, /kind=tasktide/],
      ["a Trello file as Tasktide", { kind: "tasktide" }, JSON.stringify(trelloBoard()), 400, /kind=trello/],
      ["a wrong Tasktide version", { kind: "tasktide" }, JSON.stringify({ format: "tasktide.board", version: 9 }), 400, /version/],
      ["an unknown kind", { kind: "asana" }, "{}", 400, /kind/],
      ["an unknown field", { kind: "trello", colour: "red" }, "{}", 400, /colour/],
    ];
    for (const [name, fields, file, status, message] of cases) {
      const res = await postImport(owner, fields, file);
      expect(res.status, name).toBe(status);
      expect(res.body, name).toMatchObject({ error: "invalid_request" });
      expect(res.body.message, name).toMatch(message);
    }
    const huge = Buffer.alloc(50 * 1024 * 1024 + 1, 0x20);
    const tooLarge = await postImport(owner, { kind: "trello" }, huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ error: "payload_too_large", message: expect.stringContaining("50 MB") });
    expect((await api("POST", "/v1/imports", { as: owner, body: { kind: "trello" } })).status).toBe(415);
    expect(await tableCounts()).toEqual(before);
  });

  it("an import left queued by a stopped server reads as failed once stale, and may be sent again", async () => {
    const file = JSON.stringify({ ...trelloBoard(), name: "Interrupted" });
    const db = await getDb();
    const [row] = await db
      .insert(imports)
      .values({
        id: newId("import"),
        workspaceId: owner.workspaceId,
        userId: owner.id,
        kind: "trello",
        fileName: "x.json",
        sourceHash: "stale",
        status: "running",
        plan: {},
        counts: { cards: 1 },
        updatedAt: new Date(Date.now() - 31 * 60_000),
      })
      .returning();
    const res = await api("GET", `/v1/imports/${row.id}`, { as: owner });
    expect(res.body).toMatchObject({ status: "failed", error: INTERRUPTED, board_id: null });
    expect((await importAndWait(owner, { kind: "trello" }, file)).status).toBe("completed");
  });

  it("viewers cannot import; another workspace's import is 404", async () => {
    const viewer = await createMember(owner.workspaceId, "viewer");
    const res = await postImport(viewer, { kind: "trello" }, JSON.stringify(trelloBoard()));
    expect(res.status).toBe(403);
    expect((await api("GET", `/v1/imports/imp_00000000000000000000000000`, { as: owner })).status).toBe(404);
  });
});

describe("board export and round trip", () => {
  it("export → import into a new board gives the same content", async () => {
    const board = await makeBoard(owner, "Round trip");
    const todo = await makeList(owner, board.id, "To do");
    const done = await makeList(owner, board.id, "Done");
    const red = await makeTag(owner, board.id, "Red", "#ef4444");
    const blue = await makeTag(owner, board.id, "Blue", "#3b82f6");
    const a = await makeCard(owner, todo.id, "Alpha", {
      description: '=1+1 and, "quotes"',
      tag_ids: [red.id, blue.id],
      assignee_ids: [ann.id],
    });
    await makeCard(owner, todo.id, "Beta", { due_at: "2026-05-01T10:00:00.000Z" });
    const c = await makeCard(owner, done.id, "Gamma");
    expect((await api("PATCH", `/v1/cards/${c.id}`, { as: owner, body: { completed: true } })).status).toBe(200);
    const archived = await makeCard(owner, done.id, "Old");
    expect((await api("PATCH", `/v1/cards/${archived.id}`, { as: owner, body: { archived: true } })).status).toBe(200);
    expect(
      (
        await api("POST", "/v1/checklists", {
          as: owner,
          body: { card_id: a.id, title: "Steps", items: [{ text: "One" }, { text: "Two" }] },
        })
      ).status,
    ).toBe(201);
    expect((await api("POST", "/v1/comments", { as: ann, body: { card_id: a.id, body: "Looks good" } })).status).toBe(201);
    expect(
      (await api("POST", "/v1/files", { as: owner, body: { card_id: a.id, url: "https://example.com/x", name: "Example" } })).status,
    ).toBe(201);

    const first = await api("GET", `/v1/boards/${board.id}/export`, { as: owner });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: "tasktide.board", version: 1 });
    const imported = await importAndWait(owner, { kind: "tasktide", board_name: "Round trip (copy)" }, JSON.stringify(first.body));
    expect(imported.status).toBe("completed");
    expect(imported.board_id).not.toBe(board.id);
    const second = (await api("GET", `/v1/boards/${imported.board_id}/export`, { as: owner })).body;

    /** The content, with the keys that differ between boards replaced by what they name. */
    const content = (x: any) => {
      const tag = new Map(x.tags.map((t: any) => [t.key, t.name]));
      const list = new Map(x.lists.map((l: any) => [l.key, l.name]));
      return {
        tags: x.tags.map(({ key: _, ...t }: any) => t),
        lists: x.lists.map(({ key: _, ...l }: any) => l),
        cards: x.cards.map(({ key: _, list_key, tag_keys, ...card }: any) => ({
          ...card,
          list: list.get(list_key),
          tags: tag_keys.map((k: string) => tag.get(k)).sort(),
        })),
      };
    };
    expect(second.board).toEqual({ name: "Round trip (copy)", description: "" });
    expect(content(second)).toEqual(content(first.body));
    expect(content(second).cards[0]).toMatchObject({ title: "Alpha", assignee_emails: [ann.email], tags: ["Blue", "Red"] });
    expect(content(second).cards[0].comments).toEqual([expect.objectContaining({ author_email: ann.email, body: "Looks good" })]);
  });

  it("exports cards as CSV, parsed back, with formulas defused", async () => {
    const board = await makeBoard(owner, "CSV board");
    const list = await makeList(owner, board.id, "Backlog");
    const tag = await makeTag(owner, board.id, "Ops");
    await makeCard(owner, list.id, '=HYPERLINK("x")', { description: "multi\nline, with comma", tag_ids: [tag.id] });
    await makeCard(owner, list.id, "Second");
    const res = await api("GET", `/v1/boards/${board.id}/export?format=csv`, { as: owner });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const rows = parse(res.body, { bom: true, columns: true });
    expect(rows).toEqual([
      {
        list: "Backlog",
        title: '\'=HYPERLINK("x")',
        description: "multi\nline, with comma",
        tags: "Ops",
        due: "",
        assignee_email: "",
        completed: "false",
        archived: "false",
        position: "0",
      },
      {
        list: "Backlog",
        title: "Second",
        description: "",
        tags: "",
        due: "",
        assignee_email: "",
        completed: "false",
        archived: "false",
        position: "1",
      },
    ]);
    const stranger = await createUser();
    expect((await api("GET", `/v1/boards/${board.id}/export`, { as: stranger })).status).toBe(404);
    expect((await api("GET", `/v1/boards/${board.id}/export?format=xml`, { as: owner })).status).toBe(400);
  });
});

describe("CSV import of cards", () => {
  it("maps columns, makes missing lists and tags, matches assignees by email", async () => {
    const board = await makeBoard(owner, "CSV target");
    const existing = await makeList(owner, board.id, "Backlog");
    await makeTag(owner, board.id, "Ops", "#123456");
    const csv = [
      "Name;Notes;Column;Labels;Deadline;Who",
      `Fix login;"Users can't; log in";Backlog;Ops, Bug;2026-05-01T09:00:00Z;${ann.email}`,
      "Write docs;;In progress;;not a date;nobody@example.test",
      ";;Backlog;;;",
      "'=SUM(1);;;;;",
    ].join("\r\n");
    const mapping = { title: "Name", description: "Notes", list: "Column", tags: "Labels", due: "Deadline", assignee_email: "Who" };
    const done = await importAndWait(owner, { kind: "csv", board_id: board.id, mapping: JSON.stringify(mapping) }, csv, "cards.csv");
    expect(done).toMatchObject({ status: "completed", board_id: board.id, counts: { cards: 3, lists: 3 } });
    expect(done.warnings).toEqual(["1 row(s) without a title were skipped.", "1 due date(s) could not be read and were left empty."]);
    const exported = (await api("GET", `/v1/boards/${board.id}/export`, { as: owner })).body;
    expect(exported.lists.map((l: any) => l.name)).toEqual(["Backlog", "In progress", "Imported"]);
    expect(exported.lists[0].key).toBe(existing.id);
    expect(exported.tags.map((t: any) => t.name)).toEqual(["Bug", "Ops"]);
    expect(exported.tags.find((t: any) => t.name === "Ops").color).toBe("#123456");
    const tagName = new Map(exported.tags.map((t: any) => [t.key, t.name]));
    expect(
      exported.cards.map((c: any) => [
        c.title,
        c.description,
        c.due_at,
        c.assignee_emails,
        c.tag_keys.map((k: string) => tagName.get(k)).sort(),
      ]),
    ).toEqual([
      ["Fix login", "Users can't; log in", "2026-05-01T09:00:00.000Z", [ann.email], ["Bug", "Ops"]],
      ["Write docs", "", null, [], []],
      ["=SUM(1)", "", null, [], []],
    ]);
  });

  it("a board's own CSV export imports back without a mapping", async () => {
    const source = await makeBoard(owner, "CSV source");
    const list = await makeList(owner, source.id, "Doing");
    await makeCard(owner, list.id, "-minus first", { description: "text" });
    const csv = (await api("GET", `/v1/boards/${source.id}/export?format=csv`, { as: owner })).body as string;
    const target = await makeBoard(owner, "CSV copy");
    const done = await importAndWait(owner, { kind: "csv", board_id: target.id }, csv, "cards.csv");
    expect(done.status).toBe("completed");
    const exported = (await api("GET", `/v1/boards/${target.id}/export`, { as: owner })).body;
    expect(exported.cards.map((c: any) => [c.title, c.description])).toEqual([["-minus first", "text"]]);
  });

  it("bad CSV requests are 4xx and change nothing", async () => {
    const board = await makeBoard(owner, "CSV refusals");
    const before = await tableCounts();
    expect((await postImport(owner, { kind: "csv" }, "title\nx", "a.csv")).body.message).toMatch(/board_id/);
    const wrongColumn = await postImport(
      owner,
      { kind: "csv", board_id: board.id, mapping: JSON.stringify({ title: "Nope" }) },
      "title\nx",
      "a.csv",
    );
    expect(wrongColumn.status).toBe(400);
    expect(wrongColumn.body.message).toContain('title → "Nope"');
    expect((await postImport(owner, { kind: "csv", board_id: board.id, mapping: "{not json" }, "title\nx", "a.csv")).status).toBe(400);
    expect(
      (await postImport(owner, { kind: "csv", board_id: board.id, mapping: JSON.stringify({ titel: "x" }) }, "title\nx", "a.csv")).status,
    ).toBe(400);
    expect((await postImport(owner, { kind: "csv", board_id: board.id }, 'title\n"unclosed', "a.csv")).status).toBe(400);
    expect((await postImport(owner, { kind: "csv", board_id: board.id }, "title\n", "a.csv")).status).toBe(400);
    const stranger = await createUser();
    expect((await postImport(stranger, { kind: "csv", board_id: board.id }, "title\nx", "a.csv")).status).toBe(404);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("quoted comments", () => {
  it("quote each line, and fit the comment limit", () => {
    expect(quotedComment({ body: "a\nb", authorName: "Ann", authorEmail: null, createdAt: null, quote: true })).toBe(
      "**Ann** wrote:\n\n> a\n> b",
    );
    expect(
      Array.from(quotedComment({ body: "x".repeat(20_000), authorName: "A", authorEmail: null, createdAt: null, quote: true })),
    ).toHaveLength(10_000);
  });
});

describe("a 1,000-card Trello export", () => {
  it("imports completely (timing: scripts/bench-import.ts)", async () => {
    const done = await importAndWait(owner, { kind: "trello" }, JSON.stringify(bigTrelloBoard(1000)));
    expect(done).toMatchObject({ status: "completed", counts: { cards: 1000, lists: 10, checklist_items: 3000, comments: 1000 } });
    const cards = await api("GET", `/v1/cards?board_id=${done.board_id}&limit=100`, { as: owner });
    expect(cards.body.items).toHaveLength(100);
  });
});
