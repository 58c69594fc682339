import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import {
  ChecklistItemSchema,
  ChecklistSchema,
  CreateChecklistInput,
  CreateItemInput,
  ItemParams,
  ListChecklistsQuery,
  UpdateChecklistInput,
  UpdateItemInput,
} from "./schemas";

const Checklist = ChecklistSchema.meta({ id: "Checklist" });
const Item = ChecklistItemSchema.meta({ id: "ChecklistItem" });
const tag = "Checklists";
const events =
  "Events: `checklist.item_created` (each new item), `checklist.item_completed` (false → true), `checklist.item_deleted` (each removed item, also when its checklist is deleted). Renaming, text edits, un-completing and reordering record no event.";

documentRoute({ method: "get", path: "/v1/checklists", tag, summary: "List a card's checklists", description: "In creation order, each with its items. `card_id` is required.", query: ListChecklistsQuery, success: { status: 200, schema: pageOf(Checklist, "ChecklistPage") }, errors: ["not_found"] });
documentRoute({ method: "post", path: "/v1/checklists", tag, summary: "Add a checklist to a card", description: `Optionally with up to 100 items. ${events}`, body: CreateChecklistInput.meta({ id: "CreateChecklistInput" }), success: { status: 201, schema: Checklist }, errors: ["not_found"] });
documentRoute({ method: "get", path: "/v1/checklists/{id}", tag, summary: "Get a checklist with its items", params: IdParam, success: { status: 200, schema: Checklist }, errors: ["not_found"] });
documentRoute({ method: "patch", path: "/v1/checklists/{id}", tag, summary: "Rename a checklist", params: IdParam, body: UpdateChecklistInput.meta({ id: "UpdateChecklistInput" }), success: { status: 200, schema: Checklist }, errors: ["not_found"] });
documentRoute({ method: "delete", path: "/v1/checklists/{id}", tag, summary: "Delete a checklist and its items", description: events, params: IdParam, success: { status: 204 }, errors: ["not_found"] });
documentRoute({ method: "post", path: "/v1/checklists/{id}/items", tag, summary: "Add an item", description: `At \`position\` (default: the end); later items shift down. At most 500 items (409 beyond). ${events}`, params: IdParam, body: CreateItemInput.meta({ id: "CreateChecklistItemInput" }), success: { status: 201, schema: Item }, errors: ["not_found", "conflict"] });
documentRoute({ method: "get", path: "/v1/checklists/{id}/items/{item_id}", tag, summary: "Get an item", params: ItemParams, success: { status: 200, schema: Item }, errors: ["not_found"] });
documentRoute({ method: "patch", path: "/v1/checklists/{id}/items/{item_id}", tag, summary: "Edit, complete or move an item", description: `A position past the end moves the item last. ${events}`, params: ItemParams, body: UpdateItemInput.meta({ id: "UpdateChecklistItemInput" }), success: { status: 200, schema: Item }, errors: ["not_found"] });
documentRoute({ method: "delete", path: "/v1/checklists/{id}/items/{item_id}", tag, summary: "Delete an item", params: ItemParams, success: { status: 204 }, errors: ["not_found"] });

