import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { customFields, type CustomField } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { CustomFieldJson } from "./schemas";
import { serializeCustomField } from "./serialize-custom-field";

/** Loads a field of the caller's workspace; another workspace's or a hidden board's field is 404. */
export async function findCustomField(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<CustomField> {
  const query = db
    .select()
    .from(customFields)
    .where(and(eq(customFields.id, id), eq(customFields.workspaceId, ctx.caller.workspaceId)));
  const [field] = options.forUpdate ? await query.for("update") : await query;
  if (!field || !canSeeBoard(ctx, field.boardId)) throw notFound("Custom field");
  return field;
}

/** `GET /v1/xattr/{id}`. */
export async function getCustomField({ ctx, id }: { ctx: Ctx; id: string }): Promise<CustomFieldJson> {
  return serializeCustomField(await findCustomField(ctx, ctx.db, id));
}
