import type { Metadata } from "next";
import Link from "next/link";
import { Building2, KeyRound, ShieldCheck, UserRound, Users, Webhook } from "lucide-react";
import { FileStorageUsage } from "@/components/settings/file-storage-usage";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS = [
  { href: "/settings/profile", icon: UserRound, title: "Profile", description: "Your name, email and password; deleting your account." },
  {
    href: "/settings/security",
    icon: ShieldCheck,
    title: "Security",
    description: "Two-factor authentication, and where you are signed in.",
  },
  { href: "/settings/workspace", icon: Building2, title: "Workspace", description: "Its name, and whether members must use two-factor." },
  { href: "/settings/members", icon: Users, title: "Members", description: "Who is in this workspace and what they may do." },
  {
    href: "/settings/integrations/tokens",
    icon: KeyRound,
    title: "API tokens",
    description: "Personal tokens for scripts calling the /v1 API.",
  },
  {
    href: "/settings/integrations/webhooks",
    icon: Webhook,
    title: "Webhooks",
    description: "Signed HTTP notifications of every change, with a delivery log.",
  },
];

export default function SettingsPage() {
  return (
    <section aria-labelledby="settings-heading" className="max-w-3xl space-y-6">
      <h1 id="settings-heading" className="text-2xl font-semibold tracking-tight">
        Settings
      </h1>
      <ul className="grid gap-3">
        {SECTIONS.map(({ href, icon: Icon, title, description }) => (
          <li key={href}>
            <Link
              href={href}
              className="flex items-start gap-4 rounded-xl border bg-card p-4 transition hover:border-primary/40 hover:shadow-sm"
            >
              <span className="grid size-9 place-items-center rounded-lg bg-primary/10 text-primary">
                <Icon className="size-4" aria-hidden />
              </span>
              <span>
                <span className="block font-medium">{title}</span>
                <span className="block text-sm text-muted-foreground">{description}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <FileStorageUsage />
      <p className="text-sm text-muted-foreground">
        API reference:{" "}
        <a className="text-primary underline-offset-4 hover:underline" href="/v1/docs">
          Swagger UI
        </a>{" "}
        ·{" "}
        <a className="text-primary underline-offset-4 hover:underline" href="/v1/redoc">
          ReDoc
        </a>
      </p>
    </section>
  );
}
