import { eq } from "drizzle-orm";
import { files } from "@/db/schema";
import { transact } from "@/lib/events/transaction";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { sanitizeFileName } from "./file-name";
import { findFile } from "./find-file";
import type { FileJson, UpdateFileInput } from "./schemas";
import { serializeFile } from "./serialize-file";

/**
 * Renames an attachment. The catalog has no `file.updated`, so a rename records no event (as
 * with checklist renames, docs/decisions.md): we do not invent event names.
 */
export async function updateFile({ ctx, id, input }: { ctx: Ctx; id: string; input: UpdateFileInput }): Promise<FileJson> {
  authorize(ctx, "board_content.write");
  return transact(ctx.db, async (tx) => {
    const found = await findFile(ctx, tx, id, { forUpdate: true });
    const [row] = await tx
      .update(files)
      .set({ name: sanitizeFileName(input.name), updatedAt: new Date() })
      .where(eq(files.id, id))
      .returning();
    return serializeFile({ file: row, uploaderName: found.uploaderName });
  });
}
