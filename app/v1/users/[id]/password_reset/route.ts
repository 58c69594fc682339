import { route } from "@/lib/api/route";
import { createResetLink } from "@/lib/accounts/create-reset-link";
import { ResetLinkSchema } from "@/lib/accounts/schemas";
import { idParams } from "@/lib/core/fields";

export const POST = route(
  {
    permission: "members.manage",
    tag: "Members",
    summary: "Make a password reset link for a member",
    description:
      "For servers without mail: the link is shown only in this response, works once, for 30 minutes, and resetting with it ends all the member's sessions. Admins make links for members and viewers, owners for anyone. A person who also belongs to another workspace → 409 (they use “Forgot password”).",
    params: idParams("user"),
    responses: { 201: ResetLinkSchema },
    errors: ["conflict"],
  },
  ({ ctx, params, req }) => createResetLink({ ctx, id: params.id, origin: new URL(req.url).origin }),
);
