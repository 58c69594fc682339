"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChevronRight } from "lucide-react";
import { cn } from "@/lib/utils";

const TABS = [
  { href: "/settings/integrations/webhooks", label: "Webhooks" },
  { href: "/settings/integrations/tokens", label: "API tokens" },
];

/** Breadcrumb back to Settings and tabs between the integration pages. */
export function IntegrationsNav() {
  const pathname = usePathname();
  return (
    <div className="space-y-3">
      <nav aria-label="Breadcrumb" className="flex items-center gap-1 text-sm text-muted-foreground">
        <Link href="/settings" className="hover:text-foreground">
          Settings
        </Link>
        <ChevronRight className="size-3.5" aria-hidden />
        <span>Integrations</span>
      </nav>
      <nav aria-label="Integrations" className="flex gap-1 border-b">
        {TABS.map((tab) => {
          const active = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <Link
              key={tab.href}
              href={tab.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground",
                active && "border-primary text-foreground",
              )}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
