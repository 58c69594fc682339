import { count, eq, sum } from "drizzle-orm";
import { config } from "@/config";
import { files } from "@/db/schema";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import type { FileUsageJson } from "./schemas";

/** `GET /v1/file_usage`: the workspace's storage use against its limits (Settings shows it). */
export async function getFileUsage({ ctx }: { ctx: Ctx }): Promise<FileUsageJson> {
  authorize(ctx, "boards.read");
  const [row] = await ctx.db
    .select({ bytes: sum(files.size), n: count() })
    .from(files)
    .where(eq(files.workspaceId, ctx.caller.workspaceId));
  const { maxBytes, workspaceQuotaBytes, maxPerCard } = config().files;
  return {
    used_bytes: Number(row?.bytes ?? 0),
    quota_bytes: workspaceQuotaBytes,
    max_file_bytes: maxBytes,
    max_files_per_card: maxPerCard,
    file_count: row?.n ?? 0,
  };
}
