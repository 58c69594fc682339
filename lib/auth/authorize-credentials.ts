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

/** The credentials provider's `authorize`: the user, null for wrong credentials, or a refusal. */
export async function authorizeCredentials(
  credentials: unknown,
  request: Request,
): Promise<{ id: string; name: string; email: string } | null> {
  const result = await verifyCredentials(await getDb(), credentials, clientIp(request));
  if (result.ok) return result.user;
  if (result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterSeconds ?? 60);
  return null;
}
