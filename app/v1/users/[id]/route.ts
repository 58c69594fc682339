import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { findMember } from "@/lib/members/find-member";
import { removeMember } from "@/lib/members/remove-member";
import { UpdateMemberInput } from "@/lib/members/schemas";
import { serializeMember } from "@/lib/members/serialize-member";
import { updateMemberRole } from "@/lib/members/update-member-role";

type Params = { id: string };

// GET /v1/users/{id} – get one member of the workspace
export const GET = withApi<Params>(async ({ ctx, params }) => serializeMember(await findMember(ctx, ctx.db, params.id)));

// PATCH /v1/users/{id} – change a member's role
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateMemberRole({ ctx, id: params.id, input: await parseBody(req, UpdateMemberInput) }),
);

// DELETE /v1/users/{id} – remove a member (or leave, when it is yourself)
export const DELETE = withApi<Params>(async ({ ctx, params }) => removeMember({ ctx, id: params.id }));
