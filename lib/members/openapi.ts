import { documentRoute, IdParam, pageOf } from "@/lib/api/openapi/registry";
import { AddMemberInput, InviteSchema, ListInvitesQuery, ListMembersQuery, MemberSchema, UpdateMemberInput } from "./schemas";

const Member = MemberSchema.meta({ id: "Member" });
const Invite = InviteSchema.meta({ id: "Invite" });
const tag = "Members";

documentRoute({ method: "get", path: "/v1/users", tag, summary: "List workspace members", description: "Ordered by user id. Any member may read.", query: ListMembersQuery, success: { status: 200, schema: pageOf(Member, "MemberPage") } });
documentRoute({
  method: "post",
  path: "/v1/users",
  tag,
  summary: "Add a member, or invite an email",
  description:
    "Admins and owners only; only owners grant the owner role. An existing account joins at once (201, Member, `member.added`). For an email without an account the answer is **202** with a pending Invite; the membership (and `member.added`) follows when that email signs up. Already a member or already invited → 409.",
  body: AddMemberInput.meta({ id: "AddMemberInput" }),
  success: { status: 201, schema: Member },
  errors: ["conflict"],
});
documentRoute({ method: "get", path: "/v1/users/invites", tag, summary: "List pending invites", description: "Admins and owners only.", query: ListInvitesQuery, success: { status: 200, schema: pageOf(Invite, "InvitePage") }, errors: ["forbidden"] });
documentRoute({ method: "delete", path: "/v1/users/invites/{id}", tag, summary: "Withdraw a pending invite", params: IdParam, success: { status: 204 }, errors: ["not_found"] });
documentRoute({ method: "get", path: "/v1/users/{id}", tag, summary: "Get a member", params: IdParam, success: { status: 200, schema: Member }, errors: ["not_found"] });
documentRoute({
  method: "patch",
  path: "/v1/users/{id}",
  tag,
  summary: "Change a member's role",
  description: "Admins and owners; only owners grant or remove the owner role. Demoting the last owner → 409. Emits `member.role_changed` with `changes.role`.",
  params: IdParam,
  body: UpdateMemberInput.meta({ id: "UpdateMemberInput" }),
  success: { status: 200, schema: Member },
  errors: ["not_found", "conflict"],
});
documentRoute({
  method: "delete",
  path: "/v1/users/{id}",
  tag,
  summary: "Remove a member (or leave)",
  description: "Admins and owners remove others (owners only remove owners); anyone may remove themselves. Removing the last owner → 409. Access ends on the member's next request.",
  params: IdParam,
  success: { status: 204 },
  errors: ["not_found", "conflict"],
});
