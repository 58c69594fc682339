import { route } from "@/lib/api/route";
import { createTag } from "@/lib/tags/create-tag";
import { listTags } from "@/lib/tags/list-tags";
import { CreateTagInput, ListTagsQuery, TagPage, TagSchema } from "@/lib/tags/schemas";

const tag = "Tags";

export const GET = route(
  {
    permission: "board_content.read",
    tag,
    summary: "List tags",
    description: "Newest first.",
    query: ListTagsQuery,
    responses: { 200: TagPage },
  },
  ({ ctx, query }) => listTags({ ctx, query }),
);

export const POST = route(
  {
    permission: "board_content.write",
    tag,
    summary: "Create a board tag",
    description: "Names are unique per board, ignoring case.",
    body: CreateTagInput,
    responses: { 201: TagSchema },
    errors: ["not_found", "conflict"],
  },
  ({ ctx, body }) => createTag({ ctx, input: body }),
);
