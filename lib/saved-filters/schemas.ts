import { z } from "zod";
import { booleanQuery } from "@/lib/boards/schemas";
import { CARD_SORT_DESCRIPTION } from "@/lib/cards/card-sort";
import { idOf, position } from "@/lib/core/fields";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { FILTER_LANGUAGE_SUMMARY } from "@/lib/filters/summary";

export const SavedFilterSortSchema = z
  .object({
    by: z.string().meta({ description: "`position`, `title`, `due_at`, `created_at`, `updated_at` or `field.<field id>`." }),
    direction: z.enum(["asc", "desc"]),
  })
  .meta({ id: "SavedFilterSort" });

export const SavedFilterSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string().nullable().meta({ description: "The board it filters; null: workspace-wide (every board the viewer may see)." }),
    owner_id: z.string().meta({ description: "Who created it; a personal filter is visible to them only." }),
    name: z.string(),
    query: z.string().meta({ description: "A query in the card filter language." }),
    shared: z
      .boolean()
      .meta({ description: "Visible to the whole workspace (editable by members, deletable by admins and its owner); false: personal." }),
    sort: SavedFilterSortSchema.nullable(),
    position: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "SavedFilter" });
export type SavedFilterJson = z.infer<typeof SavedFilterSchema>;

const name = z.string().trim().min(1, "Name must not be empty.").max(100, "Name must be at most 100 characters.");
const query = z
  .string()
  .max(1000, "A query is at most 1000 characters.")
  .meta({ description: `${FILTER_LANGUAGE_SUMMARY}` });
const sort = z
  .strictObject({ by: z.string().max(100), direction: z.enum(["asc", "desc"]).default("asc") })
  .nullable()
  .meta({ description: CARD_SORT_DESCRIPTION.replace("; prefix `-` for descending", "") });

export const CreateSavedFilterInput = z
  .strictObject({
    name,
    query,
    board_id: idOf("board").nullable().optional().meta({ description: "Default null: workspace-wide." }),
    shared: z.boolean().optional().meta({ description: "Default false (personal). Sharing needs the member role." }),
    sort: sort.optional(),
    position: position.optional(),
  })
  .meta({ id: "CreateSavedFilterInput" });
export type CreateSavedFilterInput = z.infer<typeof CreateSavedFilterInput>;

export const UpdateSavedFilterInput = z
  .strictObject({
    name: name.optional(),
    query: query.optional(),
    shared: z.boolean().optional(),
    sort: sort.optional(),
    position: position.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateSavedFilterInput" });
export type UpdateSavedFilterInput = z.infer<typeof UpdateSavedFilterInput>;

export const ListSavedFiltersQuery = PaginationQuery.extend({
  board_id: idOf("board").optional().meta({ description: "Only this board's filters." }),
  workspace_wide: booleanQuery.optional().meta({ description: "true: only workspace-wide filters; false: only boards'." }),
}).strict();
export type ListSavedFiltersQuery = z.infer<typeof ListSavedFiltersQuery>;

export const SavedFilterPage = pageOf(SavedFilterSchema, "SavedFilterPage");
