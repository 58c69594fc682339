"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LogOut, Settings } from "lucide-react";
import { useQueryClient } from "@tanstack/react-query";
import { signOutAction } from "@/lib/accounts/auth-actions";
import { switchWorkspaceAction } from "@/lib/workspaces/switch-workspace-action";
import { HeaderTimer } from "@/components/card/header-timer";
import { QuickFind } from "@/components/search/quick-find";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";
import { Logo } from "./logo";
import { useViewer } from "./viewer-context";

const NAV = [
  { href: "/boards", label: "Boards" },
  { href: "/views", label: "Views" },
  { href: "/reports", label: "Reports" },
  { href: "/settings", label: "Settings" },
];

export function AppHeader() {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const initials = viewer.name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <header className="sticky top-0 z-30 border-b bg-background/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-3 px-4 sm:gap-6 sm:px-6">
        <Link href="/boards" aria-label="Tasktide home">
          <Logo compact />
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          {NAV.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <Link
                key={item.href}
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-foreground",
                  active && "bg-accent text-foreground",
                )}
              >
                {item.label}
              </Link>
            );
          })}
        </nav>
        <div id="header-slot" className="ml-auto flex items-center gap-3" />
        <QuickFind />
        {/* The running timer follows the person across pages; it portals into #header-slot. */}
        <HeaderTimer />
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" className="gap-2 px-2" aria-label={`Account menu for ${viewer.name}`} data-testid="user-menu">
              <span className="grid size-7 place-items-center rounded-full bg-primary/15 text-xs font-semibold text-primary">
                {initials}
              </span>
              <span className="hidden text-sm sm:inline">{viewer.name}</span>
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-60">
            <DropdownMenuLabel className="font-normal">
              <div className="text-sm font-medium">{viewer.name}</div>
              <div className="truncate text-xs text-muted-foreground">{viewer.email}</div>
              <div className="mt-1 text-xs text-muted-foreground">
                {viewer.workspaceName} · <span className="capitalize">{viewer.role}</span>
              </div>
            </DropdownMenuLabel>
            <DropdownMenuSeparator />
            {viewer.workspaces.length > 1 && (
              <>
                <DropdownMenuLabel className="text-xs text-muted-foreground">Workspaces</DropdownMenuLabel>
                <DropdownMenuRadioGroup
                  value={viewer.workspaceId}
                  onValueChange={(id) => {
                    // Another workspace's data must never show from this one's cache.
                    queryClient.clear();
                    void switchWorkspaceAction(id);
                  }}
                >
                  {viewer.workspaces.map((w) => (
                    <DropdownMenuRadioItem key={w.id} value={w.id}>
                      <span className="truncate">{w.name}</span>
                      <span className="ml-auto pl-2 text-xs text-muted-foreground capitalize">{w.role}</span>
                    </DropdownMenuRadioItem>
                  ))}
                </DropdownMenuRadioGroup>
                <DropdownMenuSeparator />
              </>
            )}
            <DropdownMenuItem asChild>
              <Link href="/settings">
                <Settings aria-hidden /> Settings
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => void signOutAction()}>
              <LogOut aria-hidden /> Sign out
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
    </header>
  );
}
