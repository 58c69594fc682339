import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { booleanQuery } from "@/lib/boards/schemas";
import { idOf, position } from "@/lib/core/fields";

export const ListSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string(),
    name: z.string(),
    position: z.number().int().nullable().meta({ description: "0-based index among the board's non-archived lists; null while archived." }),
    archived: z.boolean(),
    created_by: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "List" });
export type ListJson = z.infer<typeof ListSchema>;

const name = z.string().trim().min(1, "Name must not be empty.").max(200, "Name must be at most 200 characters.");

export const CreateListInput = z
  .strictObject({
    board_id: idOf("board"),
    name,
    position: position.optional().meta({ description: "Target 0-based index; clamped to the end. Default: the end." }),
  })
  .meta({ id: "CreateListInput" });
export type CreateListInput = z.infer<typeof CreateListInput>;

export const UpdateListInput = z
  .strictObject({
    name: name.optional(),
    position: position.optional().meta({ description: "Moves the list to this 0-based index; clamped to the end." }),
    archived: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateListInput" });
export type UpdateListInput = z.infer<typeof UpdateListInput>;

export const ListListsQuery = PaginationQuery.extend({
  board_id: idOf("board").optional(),
  archived: booleanQuery.optional().meta({ description: "Omit for both; false for the board's visible lists." }),
}).strict();
export type ListListsQuery = z.infer<typeof ListListsQuery>;

export const ListPage = pageOf(ListSchema, "ListPage");
