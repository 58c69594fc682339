import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createBoard } from "@/lib/boards/create-board";
import { listBoards } from "@/lib/boards/list-boards";
import { CreateBoardInput, ListBoardsQuery } from "@/lib/boards/schemas";

// GET /v1/boards – list boards, newest first
export const GET = withApi(async ({ req, ctx }) => listBoards({ ctx, query: parseQuery(req, ListBoardsQuery) }));

// POST /v1/boards – create a board
export const POST = withApi(async ({ req, ctx }) => created(await createBoard({ ctx, input: await parseBody(req, CreateBoardInput) })));
