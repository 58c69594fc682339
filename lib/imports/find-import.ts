import { and, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { liveProgress } from "./run-import";
import type { ImportJson } from "./schemas";
import { serializeImport } from "./serialize-import";

/** An import runs in one transaction of a few seconds per thousand cards; one this old has died with its process. */
const STALE_MS = 30 * 60 * 1000;
export const INTERRUPTED = "The import was interrupted (the server stopped) and changed nothing; upload the file again.";

/** `GET /v1/imports/{id}`: an import of the caller's workspace, with its live progress while it runs. */
export async function getImport({ ctx, id }: { ctx: Ctx; id: string }): Promise<ImportJson> {
  authorize(ctx, "imports.read");
  if (!isIdOf("import", id)) throw notFound("Import");
  const [row] = await ctx.db
    .select()
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.workspaceId, ctx.caller.workspaceId)));
  if (!row) throw notFound("Import");
  const live = liveProgress(id);
  if ((row.status === "queued" || row.status === "running") && !live && Date.now() - row.updatedAt.getTime() > STALE_MS) {
    // Not running here and untouched for long: its process stopped (a restart) before it committed.
    const [failed] = await ctx.db
      .update(imports)
      .set({ status: "failed", error: INTERRUPTED, plan: null, updatedAt: new Date(), finishedAt: new Date() })
      .where(and(eq(imports.id, id), eq(imports.status, row.status)))
      .returning();
    if (failed) return serializeImport(failed);
  }
  return serializeImport(row, live);
}
