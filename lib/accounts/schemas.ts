import { z } from "zod";

export const SignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
  password: z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters."),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
  /** The second factor of an account with two-factor on: a TOTP code or a recovery code. */
  code: z.string().trim().max(64).optional(),
});

/** A new password: the same rule as sign-up's. */
export const NewPassword = z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters.");

export const ResetLinkSchema = z
  .object({
    url: z.string().meta({
      description: "The link to hand to the member: shown only in this response, works once.",
      example: "https://tasktide.example/reset-password?token=…",
    }),
    expires_at: z.string().meta({ description: "30 minutes from now." }),
  })
  .meta({ id: "ResetLink" });
export type ResetLinkJson = z.infer<typeof ResetLinkSchema>;

export const AccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    created_at: z.string(),
    mail_enabled: z.boolean().meta({ description: "Whether the server sends mail: an email change is then confirmed by a link." }),
  })
  .meta({ id: "Account" });
export type AccountJson = z.infer<typeof AccountSchema>;

export const UpdateAccountInput = z
  .strictObject({ name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters.") })
  .meta({ id: "UpdateAccountInput", example: { name: "Ada Lovelace" } });

const CurrentPassword = z.string().min(1, "Enter your current password.").max(200);

export const ChangePasswordInput = z
  .strictObject({ current_password: CurrentPassword, new_password: NewPassword })
  .meta({ id: "ChangePasswordInput" });

export const ChangeEmailInput = z
  .strictObject({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
    current_password: CurrentPassword,
  })
  .meta({ id: "ChangeEmailInput" });

export const ChangeEmailResult = z
  .object({
    status: z.enum(["changed", "confirmation_sent"]).meta({
      description:
        "`changed`: done (no mail configured); `confirmation_sent`: a link went to the new address and the email changes when it is opened.",
    }),
    account: AccountSchema,
  })
  .meta({ id: "ChangeEmailResult" });

export const DeleteAccountInput = z.strictObject({ current_password: CurrentPassword }).meta({ id: "DeleteAccountInput" });

export const TwoFactorStatusSchema = z
  .object({
    enabled: z.boolean(),
    recovery_codes_left: z.number().int(),
    required_by: z.array(z.string()).meta({ description: "Names of the caller's workspaces that require two-factor." }),
  })
  .meta({ id: "TwoFactorStatus" });
export type TwoFactorStatusJson = z.infer<typeof TwoFactorStatusSchema>;

export const TwoFactorSetupSchema = z
  .object({
    secret: z.string().meta({ description: "Base32, for typing into an app that cannot scan." }),
    otpauth_uri: z.string().meta({ description: "The otpauth:// URI the QR code holds." }),
    qr_code: z.string().meta({ description: "The QR code as an SVG data URL." }),
  })
  .meta({ id: "TwoFactorSetup" });
export type TwoFactorSetupJson = z.infer<typeof TwoFactorSetupSchema>;

export const RecoveryCodesSchema = z
  .object({ recovery_codes: z.array(z.string()).meta({ description: "Shown only in this response; each works once." }) })
  .meta({ id: "RecoveryCodes" });

const Code = z.string().trim().min(1, "Enter the code.").max(64);

export const TwoFactorPasswordInput = z.strictObject({ current_password: CurrentPassword }).meta({ id: "TwoFactorPasswordInput" });
export const EnableTwoFactorInput = z.strictObject({ code: Code }).meta({ id: "EnableTwoFactorInput" });
export const DisableTwoFactorInput = z
  .strictObject({ current_password: CurrentPassword, code: Code })
  .meta({ id: "DisableTwoFactorInput" });
