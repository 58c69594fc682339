import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { revokeInvite } from "@/lib/members/revoke-invite";

export const DELETE = route(
  {
    permission: "members.manage",
    tag: "Members",
    summary: "Withdraw a pending invite",
    params: idParams("invite"),
    responses: { 204: null },
  },
  ({ ctx, params }) => revokeInvite({ ctx, id: params.id }),
);
