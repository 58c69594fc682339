import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { boards } from "@/db/schema";
import { newId } from "@/lib/ids";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-pglite-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A second process must be refused with a clear message rather than corrupt the data directory.
function openFromAnotherProcess(): { status: number | null; output: string } {
  const result = spawnSync("npx", ["tsx", "test/support/open-embedded-database.ts", dir], { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("embedded PGlite database", () => {
  it("persists across reopen, refuses a second process while open, and frees the lock on close", async () => {
    const first = await openDatabase({ dir });
    const workspaceId = "ws_persist";
    await first.db.execute(`insert into workspaces (id, name) values ('${workspaceId}', 'Persisted')` as never);
    await first.db.insert(boards).values({ id: newId("board"), workspaceId, name: "Kept" });

    const second = openFromAnotherProcess();
    expect(second.status).not.toBe(0);
    expect(second.output).toMatch(/in use by another Tasktide process \(pid \d+\)/);
    await first.close();

    const reopened = await openDatabase({ dir });
    const rows = await reopened.db.select().from(boards);
    expect(rows.map((b) => b.name)).toEqual(["Kept"]);
    await reopened.close();
  }, 120_000);
});
