import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf } from "@/lib/core/fields";

/** Past this an item list stops being a checklist; it also bounds the renumbering work. */
export const MAX_ITEMS_PER_CHECKLIST = 500;

export const ChecklistItemSchema = z
  .object({
    id: z.string(),
    checklist_id: z.string(),
    card_id: z.string(),
    text: z.string(),
    completed: z.boolean(),
    completed_at: z.string().nullable(),
    position: z.number().int().meta({ description: "0-based, dense within the checklist." }),
  })
  .meta({ id: "ChecklistItem" });
export type ChecklistItemJson = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z
  .object({
    id: z.string(),
    card_id: z.string(),
    title: z.string(),
    items: z.array(ChecklistItemSchema),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Checklist" });
export type ChecklistJson = z.infer<typeof ChecklistSchema>;

const cardId = idOf("card");
const title = z.string().trim().min(1, "Title must not be empty.").max(200, "Title must be at most 200 characters.");
const text = z.string().trim().min(1, "Text must not be empty.").max(1000, "Text must be at most 1000 characters.");
const position = z.number().int("Position must be an integer.").min(0, "Position must be 0 or more.").max(MAX_ITEMS_PER_CHECKLIST);

export const NewItemInput = z.strictObject({ text, completed: z.boolean().optional() });

export const CreateChecklistInput = z
  .strictObject({
    card_id: cardId,
    title,
    items: z.array(NewItemInput).max(100, "Send at most 100 items at once; add more with POST /v1/checklists/{id}/items.").optional(),
  })
  .meta({ id: "CreateChecklistInput" });
export type CreateChecklistInput = z.infer<typeof CreateChecklistInput>;

export const UpdateChecklistInput = z.strictObject({ title }).meta({ id: "UpdateChecklistInput" });
export type UpdateChecklistInput = z.infer<typeof UpdateChecklistInput>;

export const CreateItemInput = NewItemInput.extend({
  position: position.optional().meta({ description: "Where to insert (0 = first); the end when omitted or past it." }),
}).meta({ id: "CreateChecklistItemInput" });
export type CreateItemInput = z.infer<typeof CreateItemInput>;

export const UpdateItemInput = z
  .strictObject({ text: text.optional(), completed: z.boolean().optional(), position: position.optional() })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateChecklistItemInput" });
export type UpdateItemInput = z.infer<typeof UpdateItemInput>;

export const ListChecklistsQuery = PaginationQuery.extend({ card_id: cardId }).strict();
export type ListChecklistsQuery = z.infer<typeof ListChecklistsQuery>;

export const ChecklistPage = pageOf(ChecklistSchema, "ChecklistPage");
