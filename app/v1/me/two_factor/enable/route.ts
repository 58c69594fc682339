import { route } from "@/lib/api/route";
import { enableTwoFactor } from "@/lib/accounts/two-factor";
import { EnableTwoFactorInput, RecoveryCodesSchema } from "@/lib/accounts/schemas";

export const POST = route(
  {
    permission: "account.write",
    tag: "Account",
    summary: "Turn two-factor on",
    description:
      "Confirms the set-up with a current code from the app (a wrong one is 400 naming `code`): sign-in asks for a code from now on. Returns ten recovery codes, shown only here. 409 without a set-up. From a session only.",
    body: EnableTwoFactorInput,
    responses: { 200: RecoveryCodesSchema },
    errors: ["forbidden", "conflict"],
  },
  ({ ctx, body }) => enableTwoFactor({ ctx, input: body }),
);
