import type { NextAuthConfig } from "next-auth";

/** The part of the next-auth config that needs no database (safe to load anywhere). */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Self-hosted behind any host name: the Host header is trusted, as the README explains.
  trustHost: true,
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
