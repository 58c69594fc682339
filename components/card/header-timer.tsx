"use client";

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { Square, Timer } from "lucide-react";
import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { openCard } from "@/components/board/board-url";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import { formatClock, useRunningTimer, useTimerActions } from "./use-time-entries";

/** Seconds since `startedAt`, ticking once a second while mounted. */
export function useElapsed(startedAt: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!startedAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt ? Math.max(0, (now - new Date(startedAt).getTime()) / 1000) : 0;
}

/** The running timer in the app header (#header-slot): card, elapsed time, Stop. */
export function HeaderTimer() {
  const running = useRunningTimer();
  const { stop } = useTimerActions();
  const entry = running.data;
  const card = useQuery({
    queryKey: queryKeys.card(entry?.card_id ?? ""),
    queryFn: ({ signal }) => ok(api.GET("/v1/cards/{id}", { params: { path: { id: entry!.card_id } }, signal })),
    enabled: Boolean(entry),
  });
  const elapsed = useElapsed(entry?.started_at);
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById("header-slot")), []);
  if (!entry || !slot) return null;

  return createPortal(
    <div
      className="flex items-center gap-1 rounded-full border border-primary/30 bg-primary/8 py-0.5 pr-0.5 pl-2.5 text-sm"
      data-testid="header-timer"
    >
      <Timer className="size-3.5 animate-pulse text-primary" aria-hidden />
      <button
        type="button"
        className="hidden max-w-40 truncate text-left font-medium hover:underline sm:block"
        onClick={() => {
          if (card.data && window.location.pathname === `/boards/${card.data.board_id}`) openCard(card.data.id);
          else if (card.data) window.location.assign(`/boards/${card.data.board_id}?card=${card.data.id}`);
        }}
        title={card.data?.title}
      >
        <span className="sr-only">Timer running on </span>
        {card.data?.title ?? "…"}
      </button>
      <span className="font-mono text-xs text-muted-foreground tabular-nums" aria-label="Elapsed time">
        {formatClock(elapsed)}
      </span>
      <Button
        size="icon-sm"
        variant="ghost"
        className="size-7 rounded-full text-primary hover:bg-primary/15"
        onClick={() => stop.mutate()}
        aria-label="Stop timer"
      >
        <Square className="size-3 fill-current" aria-hidden />
      </Button>
    </div>,
    slot,
  );
}
