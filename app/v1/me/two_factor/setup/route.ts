import { route } from "@/lib/api/route";
import { setupTwoFactor } from "@/lib/accounts/two-factor";
import { TwoFactorPasswordInput, TwoFactorSetupSchema } from "@/lib/accounts/schemas";

export const POST = route(
  {
    permission: "account.write",
    tag: "Account",
    summary: "Start two-factor set-up",
    description:
      "Needs the current password. Returns a new TOTP secret with its otpauth:// URI and QR code; nothing changes at sign-in until POST /v1/me/two_factor/enable confirms a code. 409 when two-factor is on already. From a session only.",
    body: TwoFactorPasswordInput,
    responses: { 200: TwoFactorSetupSchema },
    errors: ["forbidden", "conflict"],
  },
  ({ ctx, body }) => setupTwoFactor({ ctx, input: body }),
);
