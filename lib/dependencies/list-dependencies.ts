import { eq } from "drizzle-orm";
import { cardDependencies } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { DependencyJson, ListDependenciesQuery } from "./schemas";
import { serializeDependencies } from "./serialize-dependency";

/** Dependencies of the workspace (or of one board's cards), newest first: what a timeline draws. */
export async function listDependencies({ ctx, query }: { ctx: Ctx; query: ListDependenciesQuery }): Promise<Page<DependencyJson>> {
  const filters = [
    eq(cardDependencies.workspaceId, ctx.caller.workspaceId),
    query.board_id ? eq(cardDependencies.boardId, query.board_id) : undefined,
    visibleBoards(ctx, cardDependencies.boardId),
  ];
  const page = await keysetPage(ctx.db, cardDependencies, cardDependencies.id, filters, query, (row) => row);
  return { items: await serializeDependencies(ctx.db, page.items), next_cursor: page.next_cursor };
}
