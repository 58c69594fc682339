import type { Ctx } from "@/lib/workspaces/context";
import { findList } from "./find-list";
import type { ListJson } from "./schemas";
import { loadListJson } from "./serialize-list";

export async function getList({ ctx, id }: { ctx: Ctx; id: string }): Promise<ListJson> {
  const list = await findList(ctx, ctx.db, id);
  return loadListJson(ctx.db, list.id);
}
