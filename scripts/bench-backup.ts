// `npm run bench:backup`: the backup/restore round trip of an embedded instance with 10,000 cards
// (BENCH_CARDS), 5,000 comments and 200 files of 50 KB: time and size of the backup (dump, files,
// archive) and of the restore (unpack, PGlite loading the dump, first open with the migration check).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, setDatabase } from "@/db/client";
import { cards, comments, lists } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { buildArchive, dumpEmbeddedDatabase, pgliteOf, restoreArchive } from "@/lib/backup/backup";
import { createBoard } from "@/lib/boards/create-board";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";

const TOTAL = Number(process.env.BENCH_CARDS || 10_000);
const FILES = 200;
process.env.APP_SECRET ||= "bench-secret";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-bench-backup-"));
const dataDir = path.join(root, "data");
const restoredDir = path.join(root, "restored");
const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
try {
  const opened = await openDatabase({ dir: path.join(dataDir, "pglite") });
  setDatabase(opened);
  const db = opened.db;
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const user = { id: account.userId, name: "Bench", email };
  const workspaceId = account.workspaceId;
  const ctx: Ctx = { db, caller: { user, workspaceId, role: "owner", via: "session" } };
  let seeded = performance.now();
  for (let b = 0; b < 5; b++) {
    const board = await createBoard({ ctx, input: { name: `Board ${b}` } });
    const listId = newId("list");
    await db.insert(lists).values({ id: listId, workspaceId, boardId: board.id, name: "Todo", rank: "l0" });
    const rows = Array.from({ length: TOTAL / 5 }, (_, n) => ({
      id: newId("card"),
      workspaceId,
      boardId: board.id,
      listId,
      title: `Card ${b}-${n} of the backup bench`,
      description: "Some description text that a real card might carry, a sentence or two long.",
      rank: `c${String(n).padStart(6, "0")}`,
      createdBy: user.id,
    }));
    for (let i = 0; i < rows.length; i += 500) await db.insert(cards).values(rows.slice(i, i + 500));
    const notes = rows
      .filter((_, n) => n % 2 === 0)
      .map((card) => ({ id: newId("comment"), workspaceId, cardId: card.id, authorId: user.id, body: "A comment on the card." }));
    for (let i = 0; i < notes.length; i += 500) await db.insert(comments).values(notes.slice(i, i + 500));
  }
  const filesDir = path.join(dataDir, "files", workspaceId);
  fs.mkdirSync(filesDir, { recursive: true });
  for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(filesDir, `file_${i}`), randomBytes(50 * 1024));
  console.log(`seeded ${TOTAL} cards, ${TOTAL / 2} comments, ${FILES} files in ${ms(seeded)}`);

  const backupStarted = performance.now();
  const { dump, rows, migrations } = await dumpEmbeddedDatabase(pgliteOf(opened)!);
  const dumpMs = ms(backupStarted);
  const { archive, manifest } = buildArchive({ dump, rows, migrations, dataDir, appVersion: "bench" });
  fs.writeFileSync(path.join(root, "backup.tar.gz"), archive);
  const backupMs = ms(backupStarted);
  await opened.close();

  const restoreStarted = performance.now();
  await restoreArchive(fs.readFileSync(path.join(root, "backup.tar.gz")), restoredDir);
  const unpackMs = ms(restoreStarted);
  const restored = await openDatabase({ dir: path.join(restoredDir, "pglite") });
  const counted = await restored.db.execute(sql`SELECT count(*)::int AS n FROM cards`);
  const n = (Array.isArray(counted) ? counted : (counted as { rows: { n: number }[] }).rows)[0].n;
  const restoreMs = ms(restoreStarted);
  await restored.close();
  if (n !== TOTAL) throw new Error(`restored ${n} cards, expected ${TOTAL}`);
  seeded = 0;
  console.log(
    `backup: ${backupMs} (database dump ${dumpMs}, ${(dump.length / 1024 / 1024).toFixed(1)} MiB gz); archive ${(archive.length / 1024 / 1024).toFixed(1)} MiB with ${manifest.files.length} files`,
  );
  console.log(`restore: ${restoreMs} (unpack and load ${unpackMs}, then first open with the migration check); ${n} cards back`);
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
