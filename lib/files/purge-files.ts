import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { getDb } from "@/db/client";
import { filePurges } from "@/db/schema";
import { describeError } from "@/lib/core/describe-error";
import { fileStorage } from "./storage/file-storage";

let running: Promise<number> | undefined;
let again = false;

/**
 * Deletes from the storage every object whose file row is gone (`file_purges`, filled by a
 * trigger whatever deleted the row: the API, or a cascade from a card, list, board or workspace),
 * then forgets it. Safe to call at any time and from several places: one run at a time, and a
 * call during a run makes it go round once more. Returns how many objects it removed.
 */
export function purgeDeletedFiles(db?: Database): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let removed = 0;
    try {
      do {
        again = false;
        removed += await purgeBatch(db ?? (await getDb()));
      } while (again);
    } finally {
      running = undefined;
    }
    return removed;
  })();
  return running;
}

async function purgeBatch(db: Database): Promise<number> {
  let removed = 0;
  for (;;) {
    const rows = await db.select({ key: filePurges.storageKey }).from(filePurges).limit(100);
    if (rows.length === 0) return removed;
    let failed = 0;
    for (const { key } of rows) {
      try {
        await fileStorage().delete(key);
        await db.delete(filePurges).where(eq(filePurges.storageKey, key));
        removed++;
      } catch (error) {
        failed++;
        console.error(`file purge of ${key} failed (retried later): ${describeError(error)}`);
      }
    }
    if (failed === rows.length) return removed;
  }
}

/** After commit of a change that deleted file rows: purge soon, off the request path. */
export function purgeSoon(): void {
  setImmediate(() => {
    purgeDeletedFiles().catch((error) => console.error(`file purge failed: ${describeError(error)}`));
  });
}

let sweeper: NodeJS.Timeout | undefined;

/** Retries purges that failed (storage unreachable) or were cut short by a restart. */
export function startFilePurgeSweeper(intervalMs = 60_000): void {
  if (sweeper) return;
  purgeSoon();
  sweeper = setInterval(purgeSoon, intervalMs);
  sweeper.unref();
}

export function stopFilePurgeSweeper(): void {
  clearInterval(sweeper);
  sweeper = undefined;
}
