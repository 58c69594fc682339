import { and, eq } from "drizzle-orm";
import { imports } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { liveProgress } from "./run-import";
import type { ImportJson } from "./schemas";
import { serializeImport } from "./serialize-import";

/** `GET /v1/imports/{id}`: an import of the caller's workspace, with its live progress while it runs. */
export async function getImport({ ctx, id }: { ctx: Ctx; id: string }): Promise<ImportJson> {
  authorize(ctx, "imports.read");
  if (!isIdOf("import", id)) throw notFound("Import");
  const [row] = await ctx.db
    .select()
    .from(imports)
    .where(and(eq(imports.id, id), eq(imports.workspaceId, ctx.caller.workspaceId)));
  if (!row) throw notFound("Import");
  return serializeImport(row, liveProgress(id));
}
