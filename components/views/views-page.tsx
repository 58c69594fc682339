"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { BookmarkPlus, Filter, Trash2, Users } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { DueBadge } from "@/components/board/due-badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { cn } from "@/lib/utils";
import { SaveViewDialog } from "./save-view-dialog";
import { BUILT_IN_VIEWS, useDeleteSavedFilter, useSavedFilters } from "./use-saved-filters";
import { usePlaceNames, useViewCards } from "./use-view-cards";

/**
 * Views across every board the person may see: the built-in ones, the workspace-wide saved
 * filters, and any query typed here. The URL holds the choice (`?view=sf_…` or `?q=`).
 */
export function ViewsPage() {
  const params = useSearchParams();
  const router = useRouter();
  const viewer = useViewer();
  const saved = useSavedFilters(null);
  const savedId = params.get("view") ?? undefined;
  const q = params.get("q") ?? (savedId ? "" : BUILT_IN_VIEWS[0].query);
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const [saving, setSaving] = useState(false);
  const remove = useDeleteSavedFilter();
  const chosen = saved.data?.find((v) => v.id === savedId);
  const go = (next: { view?: string; q?: string }) => {
    const search = new URLSearchParams();
    if (next.view) search.set("view", next.view);
    if (next.q !== undefined) search.set("q", next.q);
    router.replace(`/views?${search}`);
  };
  const cards = useViewCards(savedId ? { savedFilterId: savedId } : { q });
  const places = usePlaceNames();
  const items = cards.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="mx-auto grid w-full max-w-6xl gap-6 px-4 py-6 sm:px-6 md:grid-cols-[14rem_1fr]">
      <nav aria-label="Views" className="flex flex-col gap-1">
        <h1 className="mb-2 text-lg font-semibold">Views</h1>
        {BUILT_IN_VIEWS.map((v) => (
          <ViewLink key={v.key} active={!savedId && q === v.query} onClick={() => go({ q: v.query })}>
            {v.name}
          </ViewLink>
        ))}
        {saved.isPending && <RowsSkeleton label="Loading saved views" rows={2} rowClassName="h-8" />}
        {saved.error && <LoadError what="saved views" error={saved.error} />}
        {saved.data?.map((v) => (
          <ViewLink key={v.id} active={savedId === v.id} onClick={() => go({ view: v.id })}>
            <span className="truncate">{v.name}</span>
            {v.shared && <Users className="ml-auto size-3.5 shrink-0 text-muted-foreground" aria-label="Shared" />}
          </ViewLink>
        ))}
      </nav>
      <section className="flex min-w-0 flex-col gap-4" aria-label="Matching cards">
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: typed });
          }}
        >
          <div className="relative min-w-0 flex-1">
            <Filter className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
            <Input
              value={chosen ? chosen.query : typed}
              onChange={(e) => setTyped(e.target.value)}
              readOnly={Boolean(chosen)}
              aria-label="Query across boards"
              className="h-9 pl-8 font-mono text-[13px]"
              placeholder="assignee:me due:<7d is:open"
            />
          </div>
          {!chosen && (
            <>
              <Button type="submit" size="sm" variant="outline">
                Show
              </Button>
              <Button type="button" size="sm" variant="outline" disabled={!q.trim()} onClick={() => setSaving(true)}>
                <BookmarkPlus aria-hidden /> Save view
              </Button>
            </>
          )}
          {chosen && (chosen.owner_id === viewer.id || roleAtLeast(viewer.role, "admin")) && (
            <Button
              type="button"
              size="sm"
              variant="ghost"
              onClick={() => remove.mutate(chosen, { onSuccess: () => go({ q: BUILT_IN_VIEWS[0].query }) })}
            >
              <Trash2 aria-hidden /> Delete view
            </Button>
          )}
        </form>
        {cards.error && <LoadError what="the cards" error={cards.error} />}
        {cards.isPending && <RowsSkeleton label="Loading cards" rows={5} rowClassName="h-12" />}
        {cards.data && items.length === 0 && (
          <EmptyState icon={<Filter />} title="No cards match" description="Try another view, or loosen the query." titleAs="h2" />
        )}
        {items.length > 0 && (
          <ul className="divide-y rounded-lg border bg-card" data-testid="view-cards">
            {items.map((card) => (
              <li key={card.id}>
                <Link
                  href={`/boards/${card.board_id}?card=${card.id}`}
                  className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-muted/50 focus-visible:bg-muted/50 focus-visible:outline-none"
                >
                  <span className={cn("min-w-0 flex-1 truncate font-medium", card.completed && "text-muted-foreground line-through")}>
                    {card.title}
                  </span>
                  <span className="text-xs text-muted-foreground">
                    {places.data?.boards.get(card.board_id) ?? "…"} · {places.data?.lists.get(card.list_id) ?? "…"}
                  </span>
                  {card.due_at && <DueBadge dueAt={card.due_at} completed={card.completed} />}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {cards.hasNextPage && (
          <Button
            variant="outline"
            size="sm"
            className="self-center"
            disabled={cards.isFetchingNextPage}
            onClick={() => void cards.fetchNextPage()}
          >
            {cards.isFetchingNextPage ? "Loading…" : "Load more"}
          </Button>
        )}
      </section>
      <SaveViewDialog open={saving} onOpenChange={setSaving} query={q} boardId={null} canShare={roleAtLeast(viewer.role, "member")} />
    </div>
  );
}

function ViewLink({ active, onClick, children }: { active: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-sm hover:bg-muted focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
        active && "bg-muted font-medium",
      )}
    >
      {children}
    </button>
  );
}
