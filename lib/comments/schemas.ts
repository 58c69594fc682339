import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { idOf } from "@/lib/core/fields";

export const MAX_COMMENT_LENGTH = 10_000;

export const CommentSchema = z
  .object({
    id: z.string(),
    card_id: z.string(),
    body: z.string().meta({ description: "Markdown, stored as written." }),
    author_id: z.string().nullable().meta({ description: "Null once the author's account is deleted." }),
    author: z.object({ id: z.string(), name: z.string() }).nullable(),
    created_at: z.string(),
    edited_at: z.string().nullable(),
  })
  .meta({ id: "Comment" });
export type CommentJson = z.infer<typeof CommentSchema>;

const cardId = idOf("card");
// Not trimmed: leading spaces are meaningful in markdown (indented code); blank is refused.
const body = z
  .string()
  .max(MAX_COMMENT_LENGTH, `Body must be at most ${MAX_COMMENT_LENGTH} characters.`)
  .refine((v) => v.trim().length > 0, "Body must not be empty.");

export const CreateCommentInput = z.strictObject({ card_id: cardId, body }).meta({ id: "CreateCommentInput" });
export type CreateCommentInput = z.infer<typeof CreateCommentInput>;

export const UpdateCommentInput = z.strictObject({ body }).meta({ id: "UpdateCommentInput" });
export type UpdateCommentInput = z.infer<typeof UpdateCommentInput>;

export const ListCommentsQuery = PaginationQuery.extend({ card_id: cardId }).strict();
export type ListCommentsQuery = z.infer<typeof ListCommentsQuery>;

export const CommentPage = pageOf(CommentSchema, "CommentPage");
