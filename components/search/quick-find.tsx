"use client";

import { useEffect, useId, useRef, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Search } from "lucide-react";
import { openCard } from "@/components/board/board-url";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { components } from "@/lib/api-client/openapi-types";
import { cn } from "@/lib/utils";
import { useCardSearch } from "./use-card-search";

type Hit = components["schemas"]["SearchHit"];
type Segments = components["schemas"]["Highlighted"];

/** Typing in a field must keep its "/"; Ctrl/Cmd+K works everywhere. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

function Marked({ segments }: { segments: Segments }) {
  return (
    <>
      {segments.map((s, i) =>
        s.highlight ? (
          <mark key={i} className="rounded-sm bg-amber-200/70 px-0.5 text-foreground dark:bg-amber-500/40">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

const SOURCE_LABEL = { description: "Description", comment: "Comment", checklist_item: "Checklist", custom_field: "Field" } as const;

/** The quick-find palette: Ctrl/Cmd+K or "/" opens it; it searches as one types and opens the card. */
export function QuickFind() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey) {
        e.preventDefault();
        setOpen((was) => !was);
      } else if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <Button
        variant="outline"
        size="sm"
        className="gap-2 text-muted-foreground"
        onClick={() => setOpen(true)}
        aria-label="Find cards"
        aria-keyshortcuts="Control+K Meta+K /"
        data-testid="quick-find-button"
      >
        <Search aria-hidden className="size-4" />
        <span className="hidden sm:inline">Find cards</span>
        <kbd className="hidden rounded border bg-muted px-1.5 font-mono text-[10px] sm:inline">Ctrl K</kbd>
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        {open && <QuickFindDialog onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function QuickFindDialog({ onDone }: { onDone: () => void }) {
  const [typed, setTyped] = useState("");
  const [active, setActive] = useState(0);
  const search = useCardSearch(typed);
  const router = useRouter();
  const pathname = usePathname();
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const hits: Hit[] = search.settledQuery && search.data ? search.data.items : [];
  const current = Math.min(active, Math.max(hits.length - 1, 0));

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    onDone();
    const boardPath = `/boards/${hit.card.board_id}`;
    // On the card's board the dialog opens in place (a history entry, so Back closes it).
    if (pathname === boardPath) openCard(hit.card.id);
    else router.push(`${boardPath}?card=${encodeURIComponent(hit.card.id)}`);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (e.key === "Home" && hits.length) {
      setActive(0);
    } else if (e.key === "End" && hits.length) {
      setActive(hits.length - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(hits[current]);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  let status: React.ReactNode = null;
  if (!search.settledQuery && !typed.trim())
    status = (
      <p className="px-4 py-6 text-sm text-muted-foreground">Type to find cards by title, description, comments or checklist items.</p>
    );
  else if (search.isError)
    status = (
      <div role="alert" className="flex items-center justify-between gap-2 px-4 py-6 text-sm text-destructive">
        <span>Search failed: {search.error.message}</span>
        <Button size="sm" variant="outline" onClick={() => void search.refetch()}>
          Try again
        </Button>
      </div>
    );
  else if (search.settledQuery && search.data && hits.length === 0 && !search.pending)
    status = <p className="px-4 py-6 text-sm text-muted-foreground">No cards match “{search.settledQuery}”.</p>;

  return (
    <DialogContent
      showCloseButton={false}
      className="top-[12vh] translate-y-0 gap-0 overflow-hidden p-0 sm:max-w-xl"
      data-testid="quick-find"
      onKeyDown={onKeyDown}
    >
      <DialogTitle className="sr-only">Find cards</DialogTitle>
      <DialogDescription className="sr-only">Type to search; arrow keys choose a card, Enter opens it.</DialogDescription>
      <div className="flex items-center gap-2 border-b px-4">
        <Search aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <input
          autoFocus
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            setActive(0);
          }}
          placeholder="Find cards…"
          aria-label="Find cards"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? optionId(current) : undefined}
          className="h-12 w-full bg-transparent text-base outline-none placeholder:text-muted-foreground"
          maxLength={200}
        />
        {search.pending && search.settledQuery !== "" ? <Spinner label="Searching" className="shrink-0 text-muted-foreground" /> : null}
      </div>
      <ul
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label="Matching cards"
        className="max-h-[60vh] overflow-y-auto py-1"
        hidden={hits.length === 0}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.card.id}
            id={optionId(i)}
            data-index={i}
            role="option"
            aria-selected={i === current}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(hit)}
            className={cn("cursor-pointer px-4 py-2", i === current && "bg-accent")}
          >
            <div className="truncate text-sm font-medium">
              <Marked segments={hit.title} />
            </div>
            <div className="truncate text-xs text-muted-foreground">
              {hit.board_name} · {hit.list_name}
              {hit.card.completed ? " · Done" : ""}
            </div>
            {hit.snippet && (
              <div className="mt-0.5 line-clamp-2 text-xs text-muted-foreground">
                <span className="font-medium">{SOURCE_LABEL[hit.snippet.source]}:</span> <Marked segments={hit.snippet.text} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <div aria-live="polite">{status}</div>
    </DialogContent>
  );
}
