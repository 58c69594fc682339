import { route } from "@/lib/api/route";
import { listInvites } from "@/lib/members/list-invites";
import { InvitePage, ListInvitesQuery } from "@/lib/members/schemas";

export const GET = route(
  {
    permission: "members.read_invites",
    tag: "Members",
    summary: "List pending invites",
    description: "Admins and owners only.",
    query: ListInvitesQuery,
    responses: { 200: InvitePage },
    errors: ["forbidden"],
  },
  ({ ctx, query }) => listInvites({ ctx, query }),
);
