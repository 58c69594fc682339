import { generateSync } from "otplib";

/**
 * A TOTP code computed by `otplib`, a library independent of the app's (`otpauth`): the tests
 * check the app against someone else's reading of RFC 6238, as an authenticator app would.
 */
export function totpCode(base32Secret: string, atMs = Date.now()): string {
  return generateSync({ secret: base32Secret, epoch: Math.floor(atMs / 1000) });
}
