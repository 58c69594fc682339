"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-states";
import { Skeleton } from "@/components/ui/skeleton";
import { useBoardLookups } from "@/components/board/board-context";
import { MemberAvatar } from "@/components/board/member-avatar";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import { describeEvent } from "./describe-event";

/**
 * Events for integrations rather than people: each card.assigned / card.unassigned repeats a
 * card.updated shown as "changed the assignees", and board.accessed (admins only) is an audit record.
 */
const NOT_ACTIVITY = new Set(["card.assigned", "card.unassigned", "board.accessed"]);

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

export function timeAgo(iso: string): string {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return "just now";
  if (abs < 3600) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 86400 * 30) return relative.format(Math.round(seconds / 86400), "day");
  return new Date(iso).toLocaleDateString();
}

/** The board's events (GET /v1/events), for the whole board or one card, newest first. */
export function ActivityFeed({ boardId, cardId }: { boardId: string; cardId?: string }) {
  const { lists, tagsById, fields } = useBoardLookups();
  const events = useInfiniteQuery({
    queryKey: queryKeys.board.events(boardId, cardId),
    queryFn: ({ pageParam, signal }) =>
      ok(api.GET("/v1/events", { params: { query: { board_id: boardId, card_id: cardId, limit: 30, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
  const names = {
    listName: (id: string) => lists.find((l) => l.id === id)?.name,
    tagName: (id: string) => tagsById.get(id)?.name,
    fieldName: (id: string) => fields.find((f) => f.id === id)?.name,
  };

  if (events.isPending) return <Skeleton className="h-16 w-full" />;
  if (events.isError) return <LoadError what="activity" error={events.error} />;
  const items = events.data.pages.flatMap((p) => p.items).filter((event) => !NOT_ACTIVITY.has(event.type));
  if (items.length === 0) return <p className="text-sm text-muted-foreground">No activity yet.</p>;
  return (
    <div className="space-y-3">
      <ol className="space-y-3" data-testid="activity">
        {items.map((event) => (
          <li key={event.id} className="flex gap-2.5 text-sm" data-event-type={event.type}>
            {event.actor ? <MemberAvatar id={event.actor.id} name={event.actor.name} className="mt-0.5" /> : <span className="size-6" />}
            <p className="min-w-0 leading-snug">
              <span className="font-medium">{event.actor?.name ?? "Tasktide"}</span>{" "}
              <span className="text-muted-foreground">{describeEvent(event, names, !cardId)}</span>
              <time
                className="block text-xs text-muted-foreground"
                dateTime={event.created_at}
                title={new Date(event.created_at).toLocaleString()}
              >
                {timeAgo(event.created_at)}
              </time>
            </p>
          </li>
        ))}
      </ol>
      {events.hasNextPage && (
        <Button variant="ghost" size="sm" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
          Show older activity
        </Button>
      )}
    </div>
  );
}
