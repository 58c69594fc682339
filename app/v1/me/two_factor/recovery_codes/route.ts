import { route } from "@/lib/api/route";
import { regenerateRecoveryCodes } from "@/lib/accounts/two-factor";
import { RecoveryCodesSchema, TwoFactorPasswordInput } from "@/lib/accounts/schemas";

export const POST = route(
  {
    permission: "account.write",
    tag: "Account",
    summary: "Make new recovery codes",
    description: "Needs the current password; the previous codes stop working. 409 when two-factor is off. From a session only.",
    body: TwoFactorPasswordInput,
    responses: { 200: RecoveryCodesSchema },
    errors: ["forbidden", "conflict"],
  },
  ({ ctx, body }) => regenerateRecoveryCodes({ ctx, input: body }),
);
