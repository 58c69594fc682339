import { route } from "@/lib/api/route";
import { disableTwoFactor, getTwoFactor } from "@/lib/accounts/two-factor";
import { DisableTwoFactorInput, TwoFactorStatusSchema } from "@/lib/accounts/schemas";

const tag = "Account";

export const GET = route(
  {
    permission: "account.read",
    tag,
    summary: "Get my two-factor status",
    description: "From a session only: API tokens are refused.",
    responses: { 200: TwoFactorStatusSchema },
    errors: ["forbidden"],
  },
  ({ ctx }) => getTwoFactor({ ctx }),
);

export const DELETE = route(
  {
    permission: "account.write",
    tag,
    summary: "Turn two-factor off",
    description:
      "Needs the current password and a current code (or a recovery code). 409 while a workspace of the caller's requires two-factor. From a session only.",
    body: DisableTwoFactorInput,
    responses: { 204: null },
    errors: ["forbidden", "conflict"],
  },
  ({ ctx, body }) => disableTwoFactor({ ctx, input: body }),
);
