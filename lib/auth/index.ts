import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { clientIp } from "@/lib/api/client-ip";
import { appSecret } from "@/lib/secrets";
import { authConfig } from "./config";
import { verifyCredentials } from "./verify-credentials";

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: appSecret(),
  logger: {
    // A wrong password is an expected outcome (recorded as auth.login_failed), not a server error.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await verifyCredentials(await getDb(), credentials, clientIp(request));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedSignIn();
        return null;
      },
    }),
  ],
}));
