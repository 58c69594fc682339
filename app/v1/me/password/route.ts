import { clientIp } from "@/lib/api/client-ip";
import { route } from "@/lib/api/route";
import { changePassword } from "@/lib/accounts/account";
import { ChangePasswordInput } from "@/lib/accounts/schemas";

export const POST = route(
  {
    permission: "account.write",
    tag: "Account",
    summary: "Change my password",
    description:
      "Needs the current password (a wrong one is 400 naming `current_password`). Every other session of the account ends (auth.session_revoked); this one carries on. From a session only: API tokens are refused.",
    body: ChangePasswordInput,
    responses: { 204: null },
    errors: ["forbidden"],
  },
  ({ ctx, body, req }) => changePassword({ ctx, input: body, ip: clientIp(req) }),
);
