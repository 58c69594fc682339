import type { Ctx } from "@/lib/workspaces/context";
import { findBoard } from "./find-board";
import type { BoardJson } from "./schemas";
import { serializeBoard } from "./serialize-board";

export async function getBoard({ ctx, id }: { ctx: Ctx; id: string }): Promise<BoardJson> {
  return serializeBoard(await findBoard(ctx, ctx.db, id));
}
