import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { tags, type Tag } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { canSeeBoard } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { TagJson } from "./schemas";
import { serializeTag } from "./serialize-tag";

/** Loads a tag of the caller's workspace; another workspace's or a hidden board's tag is 404. */
export async function findTag(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<Tag> {
  const query = db
    .select()
    .from(tags)
    .where(and(eq(tags.id, id), eq(tags.workspaceId, ctx.caller.workspaceId)));
  const [tag] = options.forUpdate ? await query.for("update") : await query;
  if (!tag || !canSeeBoard(ctx, tag.boardId)) throw notFound("Tag");
  return tag;
}

/** `GET /v1/tags/{id}`: the tag as the API shows it. */
export async function getTag({ ctx, id }: { ctx: Ctx; id: string }): Promise<TagJson> {
  return serializeTag(await findTag(ctx, ctx.db, id));
}
