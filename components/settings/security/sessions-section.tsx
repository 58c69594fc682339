"use client";

import { LogOut, Monitor, Smartphone } from "lucide-react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { formatDate, formatLastUsed } from "@/components/settings/tokens/format";
import type { SessionJson } from "@/lib/api-client/types";
import { useEndSession, useSessions } from "./use-sessions";

/** Settings → Security → Sessions: every signed-in browser of the account, each can be signed out at once. */
export function SessionsSection() {
  const sessions = useSessions();
  return (
    <section aria-labelledby="sessions-heading" className="space-y-3">
      <div>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Sessions
        </h2>
        <p className="text-sm text-muted-foreground">
          Where your account is signed in. Ending a session signs that browser out on its next click; a lost laptop stops working at once.
        </p>
      </div>
      {sessions.isPending ? (
        <RowsSkeleton label="Loading sessions" rows={2} rowClassName="h-16 rounded-lg" />
      ) : sessions.isError ? (
        <LoadError what="sessions" error={sessions.error} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState icon={<Monitor />} title="No sessions" description="Sessions appear here when you sign in." />
      ) : (
        <ul className="divide-y rounded-xl border bg-card shadow-xs" data-testid="session-list">
          {sessions.data.items.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: SessionJson }) {
  const Icon = /iPhone|Android/.test(session.device) ? Smartphone : Monitor;
  return (
    <li className="flex flex-wrap items-center gap-3 p-4" data-testid="session-row" data-session-id={session.id}>
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-primary/10 text-primary">
        <Icon className="size-4" aria-hidden />
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {session.device}
          {session.current && <Badge variant="secondary">This browser</Badge>}
        </p>
        <p className="text-sm break-words text-muted-foreground" title={session.user_agent}>
          {session.ip === "direct" ? "Address unknown" : session.ip} · signed in {formatDate(session.created_at)} · last seen{" "}
          {formatLastUsed(session.last_seen_at).toLowerCase()}
        </p>
      </div>
      <EndSessionButton session={session} />
    </li>
  );
}

function EndSessionButton({ session }: { session: SessionJson }) {
  const end = useEndSession();
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={end.isPending} aria-label={`End the session on ${session.device}`}>
          <LogOut aria-hidden />
          {session.current ? "Sign out" : "End session"}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{session.current ? "Sign out of this browser?" : `End the session on ${session.device}?`}</AlertDialogTitle>
          <AlertDialogDescription>
            {session.current
              ? "You will go to the sign-in page."
              : "That browser is signed out from its next request and has to sign in again. Its API tokens, if any, are not affected."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={() => end.mutate(session)}>
            {session.current ? "Sign out" : "End session"}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
