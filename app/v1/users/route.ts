import { parseBody, parseQuery } from "@/lib/api/parse";
import { created, json } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";
import { AddMemberInput, ListMembersQuery } from "@/lib/members/schemas";

// GET /v1/users – list the workspace's members with their roles
export const GET = withApi(async ({ req, ctx }) => listMembers({ ctx, query: parseQuery(req, ListMembersQuery) }));

// POST /v1/users – add an existing account (201, member) or invite an unknown email (202, invite)
export const POST = withApi(async ({ req, ctx }) => {
  const result = await addMember({ ctx, input: await parseBody(req, AddMemberInput) });
  return result.kind === "member" ? created(result.member) : json(result.invite, 202);
});
