import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { getMember } from "@/lib/members/find-member";
import { removeMember } from "@/lib/members/remove-member";
import { MemberSchema, UpdateMemberInput } from "@/lib/members/schemas";
import { updateMemberRole } from "@/lib/members/update-member-role";

const tag = "Members";
const params = idParams("user");

export const GET = route(
  { permission: "members.read", tag, summary: "Get a member", params, responses: { 200: MemberSchema } },
  ({ ctx, params }) => getMember({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "members.manage",
    tag,
    summary: "Change a member's role",
    description:
      "Admins and owners; only owners grant or remove the owner role. Demoting the last owner → 409. Emits `member.role_changed` with `changes.role`.",
    params,
    body: UpdateMemberInput,
    responses: { 200: MemberSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => updateMemberRole({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "members.leave",
    tag,
    summary: "Remove a member (or leave)",
    description:
      "Admins and owners remove others (owners only remove owners); anyone may remove themselves. Removing the last owner → 409. Access ends on the member's next request.",
    params,
    responses: { 204: null },
    errors: ["conflict"],
  },
  ({ ctx, params }) => removeMember({ ctx, id: params.id }),
);
