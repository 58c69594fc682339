import { route, withStatus } from "@/lib/api/route";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";
import { AddMemberInput, InviteSchema, ListMembersQuery, MemberPage, MemberSchema } from "@/lib/members/schemas";

const tag = "Members";

export const GET = route(
  {
    permission: "members.read",
    tag,
    summary: "List workspace members",
    description: "Ordered by user id. Any member may read.",
    query: ListMembersQuery,
    responses: { 200: MemberPage },
  },
  ({ ctx, query }) => listMembers({ ctx, query }),
);

export const POST = route(
  {
    permission: "members.manage",
    tag,
    summary: "Add a member, or invite an email",
    description:
      "Admins and owners only; only owners grant the owner role. An existing account joins at once (201, Member, `member.added`). For an email without an account the answer is **202** with a pending Invite; the membership (and `member.added`) follows when that email signs up. Already a member or already invited → 409.",
    body: AddMemberInput,
    responses: { 201: MemberSchema, 202: InviteSchema },
    errors: ["conflict"],
  },
  async ({ ctx, body }) => {
    const result = await addMember({ ctx, input: body });
    return result.kind === "member" ? result.member : withStatus(202, result.invite);
  },
);
