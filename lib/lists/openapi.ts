import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { CreateListInput, ListListsQuery, ListSchema, UpdateListInput } from "./schemas";

const List = ListSchema.meta({ id: "List" });
const tag = "Lists";

documentRoute({ method: "get", path: "/v1/lists", tag, summary: "List lists", description: "Newest first by id; sort by `position` for display order.", query: ListListsQuery, success: { status: 200, schema: pageOf(List, "ListPage") }, errors: ["forbidden"] });
documentRoute({ method: "post", path: "/v1/lists", tag, summary: "Create a list on a board", body: CreateListInput.meta({ id: "CreateListInput" }), success: { status: 201, schema: List }, errors: ["not_found"] });
documentRoute({ method: "get", path: "/v1/lists/{id}", tag, summary: "Get a list", params: IdParam, success: { status: 200, schema: List }, errors: ["not_found"] });
documentRoute({ method: "patch", path: "/v1/lists/{id}", tag, summary: "Rename, reorder, archive or restore a list", params: IdParam, body: UpdateListInput.meta({ id: "UpdateListInput" }), success: { status: 200, schema: List }, errors: ["not_found"] });
documentRoute({ method: "delete", path: "/v1/lists/{id}", tag, summary: "Delete a list and its cards", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
