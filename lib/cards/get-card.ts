import type { Ctx } from "@/lib/workspaces/context";
import { findCard } from "./find-card";
import { loadCardJson } from "./load-card-json";
import type { CardJson } from "./schemas";

export async function getCard({ ctx, id }: { ctx: Ctx; id: string }): Promise<CardJson> {
  return loadCardJson(ctx.db, await findCard(ctx, ctx.db, id));
}
