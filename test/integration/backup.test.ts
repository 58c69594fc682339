import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as backupRoute } from "@/app/api/backup/route";
import { getOpenedDatabase, openDatabase, type OpenedDatabase } from "@/db/client";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_MARK } from "@/lib/api/client-ip";
import { readArchive, restoreArchive } from "@/lib/backup/backup";
import { writeTar } from "@/lib/backup/tar";
import { api, TEST_ORIGIN } from "../support/api";
import { makeBoard, makeCard, makeList, makeTag } from "../support/board-content";
import { createMember, createUser } from "../support/factories";
import { dispatch } from "../support/router";

let dataDir: string;
const scratch: string[] = [];
const marks = globalThis as Record<symbol, unknown>;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-backup-"));
  process.env.DATA_DIR = dataDir;
});
afterAll(() => {
  delete marks[CLIENT_ADDRESS_MARK];
  for (const dir of [dataDir, ...scratch]) fs.rmSync(dir, { recursive: true, force: true });
});

function fromThisMachine(address = "127.0.0.1") {
  marks[CLIENT_ADDRESS_MARK] = true;
  return backupRoute(new Request("http://localhost:3000/api/backup", { headers: { [CLIENT_ADDRESS_HEADER]: address } }));
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** Every row of every table (public and drizzle), each table's rows sorted: equal means the same data. */
async function everything(opened: OpenedDatabase): Promise<Record<string, string[]>> {
  const tables = rowsOf<{ name: string }>(
    await opened.db.execute(sql`SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'drizzle') ORDER BY 1`),
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = rowsOf<{ r: string }>(await opened.db.execute(sql.raw(`SELECT row_to_json(t)::text AS r FROM ${name} t`)));
    out[name] = rows.map((row) => row.r).sort();
  }
  return out;
}

function filesUnder(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(root, full)] = fs.readFileSync(full).toString("base64");
    }
  };
  walk(root);
  return out;
}

async function upload(as: { cookie: string }, cardId: string, content: Buffer, filename: string) {
  const boundary = `----backup${randomBytes(4).toString("hex")}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="card_id"\r\n\r\n${cardId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await dispatch(
    new Request(`${TEST_ORIGIN}/v1/files`, {
      method: "POST",
      headers: { cookie: as.cookie, origin: TEST_ORIGIN, "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
    }),
  );
  expect(res.status).toBe(201);
}

describe.skipIf(Boolean(process.env.DATABASE_URL))("backup and restore of the embedded database", () => {
  it("backs up a populated instance while it runs and restores it elsewhere: every table's rows and every file are equal", async () => {
    const owner = await createUser({ name: "Bea Backup" });
    await createMember(owner.workspaceId, "member");
    const board = await makeBoard(owner, "Backed up");
    const list = await makeList(owner, board.id);
    const tag = await makeTag(owner, board.id, "keep");
    const cards = [];
    for (let i = 0; i < 5; i++) cards.push(await makeCard(owner, list.id, `Card ${i}`, { tag_ids: [tag.id] }));
    await api("POST", "/v1/comments", { as: owner, body: { card_id: cards[0].id, body: "A comment worth keeping" } });
    await api("POST", "/v1/webhooks", { as: owner, body: { url: "https://hooks.example.com/tt", events: ["card.created"] } });
    await upload(owner, cards[1].id, randomBytes(300_000), "data.bin");
    await upload(owner, cards[2].id, Buffer.from("plain text notes\n"), "notes.txt");
    fs.writeFileSync(path.join(dataDir, "app-secret"), "generated-secret-of-this-instance\n");

    // A copy of a process's data directory does not open anywhere else: only its server can dump it.
    expect((await fromThisMachine("203.0.113.4")).status).toBe(403);
    const res = await fromThisMachine();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    const archive = Buffer.from(await res.arrayBuffer());
    const { manifest } = readArchive(archive);
    expect(manifest).toMatchObject({ format: "tasktide-backup/1", app_secret: true, database: { driver: "pglite" } });
    expect(manifest.database.rows["public.cards"]).toBe(5);
    expect(manifest.files.length).toBeGreaterThanOrEqual(2);

    const target = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-restored-"));
    scratch.push(target);
    await restoreArchive(archive, target);
    const restored = await openDatabase({ dir: path.join(target, "pglite") });
    try {
      const original = await everything(await getOpenedDatabase());
      const copy = await everything(restored);
      expect(Object.keys(copy)).toEqual(Object.keys(original));
      for (const table of Object.keys(original)) expect(copy[table], table).toEqual(original[table]);
      expect(copy["public.cards"]).toHaveLength(5);
    } finally {
      await restored.close();
    }
    expect(filesUnder(path.join(target, "files"))).toEqual(filesUnder(path.join(dataDir, "files")));
    expect(Object.keys(filesUnder(path.join(target, "files"))).length).toBe(manifest.files.length);
    expect(fs.readFileSync(path.join(target, "app-secret"), "utf8")).toBe("generated-secret-of-this-instance\n");

    // Never over existing data, never from a damaged archive.
    await expect(restoreArchive(archive, target)).rejects.toThrow(/is not empty/);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-restore-bad-"));
    scratch.push(empty);
    const tampered = gzipSync(
      writeTar([
        { name: "manifest.json", data: Buffer.from(JSON.stringify(manifest)) },
        { name: manifest.database.dump, data: Buffer.from("not the dump") },
      ]),
    );
    await expect(restoreArchive(tampered, empty)).rejects.toThrow(/missing or damaged/);
    expect(fs.readdirSync(empty)).toEqual([]);
  }, 180_000);
});

describe.skipIf(!process.env.DATABASE_URL)("backup on PostgreSQL", () => {
  it("points to pg_dump", async () => {
    const res = await fromThisMachine();
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("pg_dump");
  });
});
