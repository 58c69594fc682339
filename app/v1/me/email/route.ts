import { route } from "@/lib/api/route";
import { changeEmail } from "@/lib/accounts/account";
import { ChangeEmailInput, ChangeEmailResult } from "@/lib/accounts/schemas";

export const POST = route(
  {
    permission: "account.write",
    tag: "Account",
    summary: "Change my email",
    description:
      "Needs the current password. When the server sends mail (SMTP_URL) a confirmation link goes to the new address and the email changes when it is opened; the answer is the same whether or not the address is taken. Without mail the change is immediate, and an address that cannot be used is 409. From a session only: API tokens are refused.",
    body: ChangeEmailInput,
    responses: { 200: ChangeEmailResult },
    errors: ["forbidden", "conflict"],
  },
  ({ ctx, body }) => changeEmail({ ctx, input: body }),
);
