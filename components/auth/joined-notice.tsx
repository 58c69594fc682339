"use client";

import { useEffect, useState } from "react";
import { PartyPopper, X } from "lucide-react";

/**
 * "You joined Acme as member." after a sign-up that accepted invites. Shown once: the `joined`
 * parameter is dropped from the address as soon as it is shown, so a reload or a shared link
 * does not repeat it.
 */
export function JoinedNotice({ message, param }: { message: string; param: string }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has(param)) return;
    url.searchParams.delete(param);
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, [param]);
  if (!open) return null;
  return (
    <div
      role="status"
      data-testid="joined-notice"
      className="mb-6 flex items-start gap-2 rounded-md border border-primary/30 bg-primary/10 px-3 py-2 text-sm"
    >
      <PartyPopper className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden />
      <span className="flex-1">{message}</span>
      <button type="button" onClick={() => setOpen(false)} className="rounded-sm opacity-70 hover:opacity-100" aria-label="Dismiss">
        <X className="size-4" aria-hidden />
      </button>
    </div>
  );
}
