import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { appSecret } from "@/lib/secrets";
import { authorizeCredentials } from "./authorize-credentials";
import { authConfig } from "./config";
import { recordSignOut } from "./record-sign-out";
import { sessionJwt } from "./session-jwt";

export { RateLimitedSignIn } from "./authorize-credentials";

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
  // Signing in is recorded by the credentials check (auth.login / auth.login_failed), signing out here.
  events: { signOut: recordSignOut },
  callbacks: { ...authConfig.callbacks, jwt: sessionJwt },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, code: { label: "Code" } },
      authorize: authorizeCredentials,
    }),
  ],
}));
