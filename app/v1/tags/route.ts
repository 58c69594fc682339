import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createTag } from "@/lib/tags/create-tag";
import { listTags } from "@/lib/tags/list-tags";
import { CreateTagInput, ListTagsQuery } from "@/lib/tags/schemas";

// GET /v1/tags – list tags (filter by board_id), newest first
export const GET = withApi(async ({ req, ctx }) => listTags({ ctx, query: parseQuery(req, ListTagsQuery) }));

// POST /v1/tags – create a board tag (name unique per board, color #rrggbb)
export const POST = withApi(async ({ req, ctx }) => created(await createTag({ ctx, input: await parseBody(req, CreateTagInput) })));
