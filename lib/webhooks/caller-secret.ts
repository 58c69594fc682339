import { z } from "zod";
import { WEBHOOK_SECRET_PREFIX } from "./sign-payload";

// A caller's own signing secret (create and rotate_secret), for scripts that provision webhooks
// the way other products document it. Printable ASCII only, so every language's HMAC treats it
// as the same bytes; "whsec_" secrets must hold the 24–64 bytes Standard Webhooks asks for, in
// base64, because that is how receivers' Standard Webhooks libraries will decode them.
export const MIN_SECRET_LENGTH = 24;
export const MAX_SECRET_LENGTH = 256;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const CallerSecret = z
  .string()
  .min(MIN_SECRET_LENGTH, `secret must be at least ${MIN_SECRET_LENGTH} characters.`)
  .max(MAX_SECRET_LENGTH, `secret must be at most ${MAX_SECRET_LENGTH} characters.`)
  .regex(/^[\x20-\x7E]+$/, "secret must be printable ASCII (no control or non-ASCII characters).")
  .superRefine((secret, ctx) => {
    if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) return;
    const encoded = secret.slice(WEBHOOK_SECRET_PREFIX.length);
    const bytes = BASE64.test(encoded) ? Buffer.from(encoded, "base64").length : -1;
    if (bytes < 24 || bytes > 64)
      ctx.addIssue({
        code: "custom",
        message: "A secret starting with whsec_ must continue with standard base64 of 24 to 64 bytes (as Standard Webhooks keys are).",
      });
  })
  .meta({
    description:
      "Your own signing secret instead of a generated one: 24–256 printable ASCII characters. `whsec_` + base64 (24–64 bytes) is taken as a Standard Webhooks key; any other string is used as-is, as the HMAC key of both signatures (verify `webhook-signature` with a Standard Webhooks library's raw-key option). Never shown again.",
  });
