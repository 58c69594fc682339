"use client";

import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { MemberJson, TagJson } from "@/lib/api-client/types";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/lib/utils";
import { isFiltering, NO_FILTERS, type BoardFilters } from "./filter-cards";
import type { ServerFilter } from "./use-server-filter";

type Props = {
  filters: BoardFilters;
  onChange: (change: Partial<BoardFilters>) => void;
  members: MemberJson[];
  tags: TagJson[];
  viewerId: string;
  shown: number;
  total: number;
  /** How the typed text is read: plain words, a filter-language query (evaluated by the server), or an error. */
  queryState: ServerFilter;
};

const ANY = "any";

function FilterSelect({
  label,
  value,
  onChange,
  options,
  className,
}: {
  label: string;
  value: string | null;
  onChange: (v: string | null) => void;
  options: { value: string; label: React.ReactNode }[];
  className?: string;
}) {
  return (
    <Select value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? null : v)}>
      <SelectTrigger
        size="sm"
        aria-label={label}
        className={cn("h-8 min-w-0 shrink-0 bg-card text-[13px]", value && "border-primary/50 text-primary", className)}
      >
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={ANY}>{label}: any</SelectItem>
        {options.map((o) => (
          <SelectItem key={o.value} value={o.value}>
            {o.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** Text, assignee, tag, due and completion filters; all of them are kept in the URL. */
export function BoardFiltersBar({ filters, onChange, members, tags, viewerId, shown, total, queryState }: Props) {
  const active = isFiltering(filters);
  const queryProblem =
    queryState.mode === "invalid" ? queryState.message : queryState.mode === "query" && queryState.error ? queryState.error.message : null;
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter cards">
      <div className="relative w-full sm:w-72">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          value={filters.q}
          onChange={(e) => onChange({ q: e.target.value })}
          placeholder="Filter: words, tag:x is:open…"
          aria-label="Filter cards by text or query"
          aria-invalid={queryProblem ? true : undefined}
          aria-describedby={queryProblem ? "board-filter-problem" : undefined}
          title='Words, or the filter language: tag:design assignee:me due:<7d is:open list:"In review" -tag:blocked, OR, ( )'
          className={cn("h-8 bg-card pl-8 text-[13px]", queryProblem && "border-destructive")}
          data-testid="board-filter-input"
        />
        {queryState.mode === "query" && queryState.pending && (
          <Spinner label="Filtering" className="absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" />
        )}
      </div>
      {queryProblem && (
        <p id="board-filter-problem" role="alert" className="w-full text-xs text-destructive" data-testid="board-filter-problem">
          {queryProblem}
        </p>
      )}
      {/* On a phone the selects scroll sideways in one row instead of taking half the screen. */}
      <div className="-mx-4 flex gap-2 overflow-x-auto px-4 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
        <FilterSelect
          label="Assignee"
          value={filters.assignee}
          onChange={(assignee) => onChange({ assignee })}
          options={[...members]
            .sort((a, b) => (a.id === viewerId ? -1 : b.id === viewerId ? 1 : a.name.localeCompare(b.name)))
            .map((m) => ({ value: m.id, label: m.id === viewerId ? `${m.name} (me)` : m.name }))}
        />
        <FilterSelect
          label="Tag"
          value={filters.tag}
          onChange={(tag) => onChange({ tag })}
          options={tags.map((t) => ({
            value: t.id,
            label: (
              <span className="flex items-center gap-2">
                <span className="size-2 rounded-full" style={{ backgroundColor: t.color }} aria-hidden />
                {t.name}
              </span>
            ),
          }))}
        />
        <FilterSelect
          label="Due"
          value={filters.due}
          onChange={(due) => onChange({ due: due as BoardFilters["due"] })}
          options={[
            { value: "overdue", label: "Overdue" },
            { value: "week", label: "Due this week" },
            { value: "none", label: "No due date" },
          ]}
        />
        <FilterSelect
          label="Status"
          value={filters.completed}
          onChange={(completed) => onChange({ completed: completed as BoardFilters["completed"] })}
          options={[
            { value: "no", label: "Open" },
            { value: "yes", label: "Completed" },
          ]}
        />
      </div>
      {active && (
        <>
          <span className="text-xs text-muted-foreground tabular-nums" aria-live="polite" data-testid="filter-count">
            {shown} of {total} cards
          </span>
          <Button variant="ghost" size="sm" className="h-8" onClick={() => onChange(NO_FILTERS)}>
            <X aria-hidden /> Clear
          </Button>
        </>
      )}
    </div>
  );
}
