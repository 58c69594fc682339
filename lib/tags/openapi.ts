import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { CreateTagInput, ListTagsQuery, TagSchema, UpdateTagInput } from "./schemas";

const Tag = TagSchema.meta({ id: "Tag" });
const tag = "Tags";

documentRoute({ method: "get", path: "/v1/tags", tag, summary: "List tags", description: "Newest first.", query: ListTagsQuery, success: { status: 200, schema: pageOf(Tag, "TagPage") } });
documentRoute({ method: "post", path: "/v1/tags", tag, summary: "Create a board tag", description: "Names are unique per board, ignoring case.", body: CreateTagInput.meta({ id: "CreateTagInput" }), success: { status: 201, schema: Tag }, errors: ["not_found", "conflict"] });
documentRoute({ method: "get", path: "/v1/tags/{id}", tag, summary: "Get a tag", params: IdParam, success: { status: 200, schema: Tag }, errors: ["not_found"] });
documentRoute({ method: "patch", path: "/v1/tags/{id}", tag, summary: "Rename or recolor a tag", params: IdParam, body: UpdateTagInput.meta({ id: "UpdateTagInput" }), success: { status: 200, schema: Tag }, errors: ["not_found", "conflict"] });
documentRoute({ method: "delete", path: "/v1/tags/{id}", tag, summary: "Delete a tag", description: "Removes it from every card; each such card records a tag.removed event.", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
