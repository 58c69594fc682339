import { withApi } from "@/lib/api/with-api";
import { revokeInvite } from "@/lib/members/revoke-invite";

type Params = { id: string };

// DELETE /v1/users/invites/{id} – withdraw a pending invite
export const DELETE = withApi<Params>(async ({ ctx, params }) => revokeInvite({ ctx, id: params.id }));
