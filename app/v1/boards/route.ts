import { route } from "@/lib/api/route";
import { createBoard } from "@/lib/boards/create-board";
import { listBoards } from "@/lib/boards/list-boards";
import { BoardPage, BoardSchema, CreateBoardInput, ListBoardsQuery } from "@/lib/boards/schemas";

const tag = "Boards";

export const GET = route(
  {
    permission: "boards.read",
    tag,
    summary: "List boards",
    description: "Newest first.",
    query: ListBoardsQuery,
    responses: { 200: BoardPage },
  },
  ({ ctx, query }) => listBoards({ ctx, query }),
);

export const POST = route(
  { permission: "boards.create", tag, summary: "Create a board", body: CreateBoardInput, responses: { 201: BoardSchema } },
  ({ ctx, body }) => createBoard({ ctx, input: body }),
);
