import { CredentialsSignin } from "next-auth";
import { getDb } from "@/db/client";
import { clientIp } from "@/lib/api/client-ip";
import { verifyCredentials } from "./verify-credentials";

/** Thrown through next-auth's signIn() to the action, which shows how long to wait. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The password was right and the account has two-factor on: the form asks for the code. */
export class TwoFactorRequired extends CredentialsSignin {
  code = "two_factor_required";
}

/** The second factor was wrong (or already used). */
export class InvalidSecondFactor extends CredentialsSignin {
  code = "invalid_code";
}

/** The credentials provider's `authorize`: the user, null for wrong credentials, or a refusal. */
export async function authorizeCredentials(
  credentials: unknown,
  request: Request,
): Promise<{ id: string; name: string; email: string } | null> {
  const result = await verifyCredentials(await getDb(), credentials, clientIp(request));
  if (result.ok) return result.user;
  if (result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterSeconds ?? 60);
  if (result.reason === "two_factor_required") throw new TwoFactorRequired();
  if (result.reason === "invalid_code") throw new InvalidSecondFactor();
  return null;
}
