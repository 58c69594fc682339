import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { BoardSchema, CreateBoardInput, ListBoardsQuery, UpdateBoardInput } from "./schemas";

const Board = BoardSchema.meta({ id: "Board" });
const tag = "Boards";

documentRoute({ method: "get", path: "/v1/boards", tag, summary: "List boards", description: "Newest first.", query: ListBoardsQuery, success: { status: 200, schema: pageOf(Board, "BoardPage") } });
documentRoute({ method: "post", path: "/v1/boards", tag, summary: "Create a board", body: CreateBoardInput.meta({ id: "CreateBoardInput" }), success: { status: 201, schema: Board } });
documentRoute({ method: "get", path: "/v1/boards/{id}", tag, summary: "Get a board", params: IdParam, success: { status: 200, schema: Board }, errors: ["not_found", "forbidden"] });
documentRoute({ method: "patch", path: "/v1/boards/{id}", tag, summary: "Update, archive or restore a board", params: IdParam, body: UpdateBoardInput.meta({ id: "UpdateBoardInput" }), success: { status: 200, schema: Board }, errors: ["not_found"] });
documentRoute({ method: "delete", path: "/v1/boards/{id}", tag, summary: "Delete a board and everything on it", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
