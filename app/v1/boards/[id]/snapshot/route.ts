import { route } from "@/lib/api/route";
import { getBoardSnapshot } from "@/lib/boards/get-board-snapshot";
import { BoardSnapshot } from "@/lib/boards/snapshot-schema";
import { idParams } from "@/lib/core/fields";

export const GET = route(
  {
    permission: "boards.read",
    tag: "Boards",
    summary: "Get everything a board shows, in one request",
    description:
      "The board, its non-archived lists (by position) and cards (each exactly as `GET /v1/cards` shows it, with position, tag and assignee ids), the board's tags and the workspace's members: what the board page needs to draw, read in a fixed handful of queries whatever the board's size. The same content as `GET /v1/boards/{id}`, `GET /v1/lists?board_id=&archived=false`, every page of `GET /v1/cards?board_id=`, `GET /v1/tags?board_id=` and `GET /v1/users`, in one answer instead of a page after another.",
    params: idParams("board"),
    responses: { 200: BoardSnapshot },
    errors: ["forbidden"],
  },
  ({ ctx, params }) => getBoardSnapshot({ ctx, id: params.id }),
);
