import { and, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import { describeError } from "@/lib/core/describe-error";
import { AppError } from "@/lib/core/errors";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { applyPlan } from "./apply-plan";
import type { ImportPlan } from "./plan";
import type { ImportProgress } from "./serialize-import";

/** Progress of the imports running in this process (a transaction's writes are invisible until it commits). */
const running = new Map<string, ImportProgress>();
const settled = new Map<string, Promise<void>>();

export function liveProgress(id: string): ImportProgress | undefined {
  return running.get(id);
}

/** Resolves once the import, if it runs in this process, has finished (for tests and the bench). */
export function importSettled(id: string): Promise<void> {
  return settled.get(id) ?? Promise.resolve();
}

/**
 * Runs an accepted import in the background of this process, right after the request that
 * accepted it: the whole plan and the import's `completed` status in one transaction, so either
 * everything is there or nothing is (`failed`, with the reason). The importer's ctx is kept from
 * the request, so every row and event is theirs.
 */
export function startImport(ctx: Ctx, id: string): void {
  const done = new Promise<void>((resolve) => setImmediate(() => void runImport(ctx, id).finally(resolve)));
  settled.set(id, done);
  void done.then(() => setTimeout(() => settled.delete(id), 60_000).unref());
}

async function runImport(ctx: Ctx, id: string): Promise<void> {
  running.set(id, { done: 0, total: 0, phase: "starting" });
  try {
    const [row] = await ctx.db
      .update(imports)
      .set({ status: "running", updatedAt: new Date() })
      .where(and(eq(imports.id, id), eq(imports.status, "queued")))
      .returning();
    if (!row) return;
    const plan = row.plan as ImportPlan;
    await transact(ctx.db, async (tx) => {
      const { boardId } = await applyPlan(ctx, tx, plan, {
        intoBoardId: row.targetBoardId ?? undefined,
        progress: (done, total, phase) => running.set(id, { done, total, phase }),
      });
      await tx
        .update(imports)
        .set({ status: "completed", boardId, plan: null, updatedAt: new Date(), finishedAt: new Date() })
        .where(eq(imports.id, id));
    });
  } catch (error) {
    const message = error instanceof AppError ? error.message : "The import failed and changed nothing; the server log has the details.";
    if (!(error instanceof AppError)) console.error(`import ${id} failed: ${describeError(error)}`);
    await ctx.db
      .update(imports)
      .set({ status: "failed", error: message, plan: null, updatedAt: new Date(), finishedAt: new Date() })
      .where(eq(imports.id, id))
      .catch((e) => console.error(`import ${id}: could not record the failure: ${describeError(e)}`));
  } finally {
    running.delete(id);
  }
}
