import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { CommentSchema, CreateCommentInput, ListCommentsQuery, UpdateCommentInput } from "./schemas";

const Comment = CommentSchema.meta({ id: "Comment" });
const tag = "Comments";

documentRoute({ method: "get", path: "/v1/comments", tag, summary: "List a card's comments", description: "Oldest first. `card_id` is required.", query: ListCommentsQuery, success: { status: 200, schema: pageOf(Comment, "CommentPage") }, errors: ["not_found"] });
documentRoute({ method: "post", path: "/v1/comments", tag, summary: "Comment on a card", description: "The author is the caller. Member role or higher. Emits `comment.created`.", body: CreateCommentInput.meta({ id: "CreateCommentInput" }), success: { status: 201, schema: Comment }, errors: ["not_found"] });
documentRoute({ method: "get", path: "/v1/comments/{id}", tag, summary: "Get a comment", params: IdParam, success: { status: 200, schema: Comment }, errors: ["not_found"] });
documentRoute({ method: "patch", path: "/v1/comments/{id}", tag, summary: "Edit a comment", description: "Only the author, or an admin or owner. Sets `edited_at`; emits `comment.updated` with `changes.body`.", params: IdParam, body: UpdateCommentInput.meta({ id: "UpdateCommentInput" }), success: { status: 200, schema: Comment }, errors: ["not_found"] });
documentRoute({ method: "delete", path: "/v1/comments/{id}", tag, summary: "Delete a comment", description: "Only the author, or an admin or owner. Emits `comment.deleted` with the last state.", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
