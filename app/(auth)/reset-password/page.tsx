import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { accountTokenIsLive } from "@/lib/accounts/account-tokens";

export const metadata: Metadata = { title: "Reset password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const live = await accountTokenIsLive(await getDb(), token, "password_reset");
  return <ResetPasswordForm token={typeof token === "string" ? token : ""} live={live} />;
}
