import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf } from "@/lib/core/fields";

export const TagSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    board_id: z.string(),
    name: z.string(),
    color: z.string().meta({ description: "#rrggbb, lower-case." }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Tag" });
export type TagJson = z.infer<typeof TagSchema>;

const name = z.string().trim().min(1, "Name must not be empty.").max(50, "Name must be at most 50 characters.");
const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "Color must be a hex color like #22c55e.")
  .transform((value) => value.toLowerCase());

export const CreateTagInput = z.strictObject({ board_id: idOf("board"), name, color }).meta({ id: "CreateTagInput" });
export type CreateTagInput = z.infer<typeof CreateTagInput>;

export const UpdateTagInput = z
  .strictObject({ name: name.optional(), color: color.optional() })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateTagInput" });
export type UpdateTagInput = z.infer<typeof UpdateTagInput>;

export const ListTagsQuery = PaginationQuery.extend({ board_id: idOf("board").optional() }).strict();
export type ListTagsQuery = z.infer<typeof ListTagsQuery>;

export const TagPage = pageOf(TagSchema, "TagPage");
