"use client";

import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { MemberJson, TagJson } from "@/lib/api-client/types";
import { partLabels, pickedValues, removePart, setPickedValues, type PickerKey } from "@/lib/filters/edit-query";
import { cn } from "@/lib/utils";
import { isFiltering, NO_FILTERS, type BoardFilters } from "./filter-cards";
import { MultiPicker, type PickerOption } from "./multi-picker";
import type { ServerFilter } from "./use-server-filter";

/** A picker of one of the board's select-like custom fields: `field.<name>:` with its options. */
export type FieldPicker = { name: string; options: PickerOption[]; single?: boolean };

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
  fieldPickers?: FieldPicker[];
  /** The board's milestones and sprints, by name, for their pickers (none: no picker). */
  milestoneNames?: string[];
  sprintNames?: string[];
  /** Saved views and "Save current filter", beside the pickers. */
  views?: React.ReactNode;
};

const dot = (color: string, label: string) => (
  <span className="flex items-center gap-2">
    <span className="size-2 rounded-full" style={{ backgroundColor: color }} aria-hidden />
    {label}
  </span>
);

/**
 * One query in the filter language, three ways to make it: typed, built from pickers (each adds
 * or widens one part, `tag:a OR tag:b`), and shown as chips (each part, removable). All of it is
 * the same `?q=` in the URL.
 */
export function BoardFiltersBar({
  filters,
  onChange,
  members,
  tags,
  viewerId,
  shown,
  total,
  queryState,
  fieldPickers = [],
  milestoneNames = [],
  sprintNames = [],
  views,
}: Props) {
  const q = filters.q;
  const active = isFiltering(filters);
  const queryProblem =
    queryState.mode === "invalid" ? queryState.message : queryState.mode === "query" && queryState.error ? queryState.error.message : null;
  const picker = (label: string, key: PickerKey, options: PickerOption[], single = false) => (
    <MultiPicker
      key={`${key.key}.${key.name ?? ""}`}
      label={label}
      options={options}
      single={single}
      selected={pickedValues(q, key)}
      onChange={(values) => onChange({ q: setPickedValues(q, key, values) })}
    />
  );
  const chips = partLabels(q);
  const people = [...members].filter((m) => m.id !== viewerId).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="flex flex-col gap-2" role="search" aria-label="Filter cards">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative w-full sm:w-80">
          <Search className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            type="search"
            value={q}
            onChange={(e) => onChange({ q: e.target.value })}
            placeholder="Filter: words, tag:x is:open…"
            aria-label="Filter cards by text or query"
            aria-invalid={queryProblem ? true : undefined}
            aria-describedby={queryProblem ? "board-filter-problem" : undefined}
            title='Words, or the filter language: tag:design assignee:me due:<7d is:open list:"In review" field.priority:high -tag:blocked, OR, ( )'
            className={cn("h-8 bg-card pl-8 text-[13px]", queryProblem && "border-destructive")}
            data-testid="board-filter-input"
          />
          {queryState.mode === "query" && queryState.pending && (
            <Spinner label="Filtering" className="absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 text-muted-foreground" />
          )}
        </div>
        {/* On a phone the pickers scroll sideways in one row instead of taking half the screen. */}
        <div className="-mx-4 flex gap-2 overflow-x-auto px-4 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
          {picker("Assignee", { key: "assignee" }, [
            { value: "me", label: "Me" },
            { value: "none", label: "Unassigned" },
            ...people.map((m) => ({ value: m.email, label: m.name })),
          ])}
          {picker(
            "Tag",
            { key: "tag" },
            tags.map((t) => ({ value: t.name, label: dot(t.color, t.name) })),
          )}
          {picker(
            "Due",
            { key: "due" },
            [
              { value: "overdue", label: "Overdue" },
              { value: "<7d", label: "Within 7 days" },
              { value: "none", label: "No due date" },
            ],
            true,
          )}
          {picker(
            "Status",
            { key: "is" },
            [
              { value: "open", label: "Open" },
              { value: "done", label: "Completed" },
            ],
            true,
          )}
          {milestoneNames.length > 0 &&
            picker("Milestone", { key: "milestone" }, [
              ...milestoneNames.map((name) => ({ value: name, label: name })),
              { value: "none", label: "No milestone" },
            ])}
          {sprintNames.length > 0 &&
            picker("Sprint", { key: "sprint" }, [
              { value: "active", label: "Active sprint" },
              ...sprintNames.map((name) => ({ value: name, label: name })),
              { value: "none", label: "Backlog" },
            ])}
          {fieldPickers.map((f) => picker(f.name, { key: "field", name: f.name.replace(/[\s-]+/g, "_") }, f.options, f.single))}
          {views}
        </div>
      </div>
      {queryProblem && (
        <p id="board-filter-problem" role="alert" className="text-xs text-destructive" data-testid="board-filter-problem">
          {queryProblem}
        </p>
      )}
      {active && (
        <div className="flex flex-wrap items-center gap-1.5" data-testid="filter-chips">
          {chips.map((label, index) => (
            <span
              key={`${index}:${label}`}
              className="inline-flex max-w-full items-center gap-1 rounded-full border bg-card py-0.5 pr-1 pl-2.5 font-mono text-xs"
              data-testid="filter-chip"
            >
              <span className="truncate">{label}</span>
              <button
                type="button"
                className="rounded-full p-0.5 text-muted-foreground hover:bg-muted hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
                aria-label={`Remove filter ${label}`}
                onClick={() => onChange({ q: removePart(q, index) })}
              >
                <X className="size-3" aria-hidden />
              </button>
            </span>
          ))}
          <span className="ml-1 text-xs text-muted-foreground tabular-nums" aria-live="polite" data-testid="filter-count">
            {shown} of {total} cards
          </span>
          <Button variant="ghost" size="sm" className="h-7" onClick={() => onChange(NO_FILTERS)}>
            <X aria-hidden /> Clear
          </Button>
        </div>
      )}
    </div>
  );
}
