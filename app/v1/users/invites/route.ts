import { parseQuery } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { listInvites } from "@/lib/members/list-invites";
import { ListInvitesQuery } from "@/lib/members/schemas";

// GET /v1/users/invites – pending invites (admins and owners)
export const GET = withApi(async ({ req, ctx }) => listInvites({ ctx, query: parseQuery(req, ListInvitesQuery) }));
