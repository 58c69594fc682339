import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { appSecret } from "@/lib/secrets";
import { authorizeCredentials } from "./authorize-credentials";
import { authConfig } from "./config";

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
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
}));
