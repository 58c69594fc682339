import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";

export const BoardSchema = z
  .object({
    id: z.string(),
    workspace_id: z.string(),
    name: z.string(),
    description: z.string(),
    active: z.boolean(),
    created_by: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Board" });
export type BoardJson = z.infer<typeof BoardSchema>;

const name = z.string().trim().min(1, "Name must not be empty.").max(200, "Name must be at most 200 characters.");
const description = z.string().max(20_000, "Description must be at most 20000 characters.");

export const CreateBoardInput = z.strictObject({ name, description: description.optional() }).meta({ id: "CreateBoardInput" });
export type CreateBoardInput = z.infer<typeof CreateBoardInput>;

export const UpdateBoardInput = z
  .strictObject({ name: name.optional(), description: description.optional(), active: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .meta({ id: "UpdateBoardInput" });
export type UpdateBoardInput = z.infer<typeof UpdateBoardInput>;

export const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");

export const ListBoardsQuery = PaginationQuery.extend({ active: booleanQuery.optional() }).strict();
export type ListBoardsQuery = z.infer<typeof ListBoardsQuery>;

export const BoardPage = pageOf(BoardSchema, "BoardPage");
