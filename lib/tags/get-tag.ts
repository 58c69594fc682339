import type { Ctx } from "@/lib/workspaces/context";
import { findTag } from "./find-tag";
import type { TagJson } from "./schemas";
import { serializeTag } from "./serialize-tag";

export async function getTag({ ctx, id }: { ctx: Ctx; id: string }): Promise<TagJson> {
  return serializeTag(await findTag(ctx, ctx.db, id));
}
