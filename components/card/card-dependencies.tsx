"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link2, Lock, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { useBoardLookups } from "@/components/board/board-context";
import { usePlanningMutation } from "@/components/planning/use-planning";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { DependencyJson } from "@/lib/api-client/types";
import { SectionHeading } from "./section-heading";

type DependencyType = DependencyJson["type"];
const TYPE_LABELS: Record<DependencyType, string> = {
  finish_to_start: "Starts after it finishes",
  start_to_start: "Starts after it starts",
  finish_to_finish: "Finishes after it finishes",
  start_to_finish: "Finishes after it starts",
  relates_to: "Relates to",
  duplicates: "Duplicates",
};

/** The card's links: what it depends on (blocking ones marked), what depends on it, and adding one. */
export function CardDependencies({ cardId, boardId, canEdit }: { cardId: string; boardId: string; canEdit: boolean }) {
  const { cardsById } = useBoardLookups();
  const links = useQuery({
    queryKey: [...queryKeys.board.dependencies(boardId), cardId],
    queryFn: ({ signal }) => ok(api.GET("/v1/cards/{id}/dependencies", { params: { path: { id: cardId } }, signal })),
  });
  const [target, setTarget] = useState("");
  const [type, setType] = useState<DependencyType>("finish_to_start");
  const [lag, setLag] = useState("0");
  const add = usePlanningMutation(boardId, "add the dependency", () =>
    ok(
      api.POST("/v1/cards/{id}/dependencies", {
        params: { path: { id: cardId } },
        body: { depends_on_id: target, type, ...(type === "relates_to" || type === "duplicates" ? {} : { lag_days: Number(lag) || 0 }) },
      }),
    ),
  );
  const remove = usePlanningMutation(boardId, "remove the dependency", (id: string) =>
    ok(api.DELETE("/v1/cards/{id}/dependencies/{dependency_id}", { params: { path: { id: cardId, dependency_id: id } } })),
  );
  const title = (id: string) => cardsById.get(id)?.title ?? id;
  const others = [...cardsById.values()].filter((c) => c.id !== cardId).sort((a, b) => a.title.localeCompare(b.title));
  const row = (d: DependencyJson, otherId: string, prefix: string) => (
    <li key={d.id} className="flex items-center gap-2 text-sm" data-testid="dependency-row">
      {d.blocking && prefix === "Depends on" ? (
        <Lock className="size-3.5 shrink-0 text-warning" aria-label="Blocking: not finished yet" />
      ) : (
        <Link2 className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      )}
      <span className="min-w-0 flex-1 truncate">
        <span className="text-muted-foreground">
          {prefix === "Depends on" ? TYPE_LABELS[d.type] : `${prefix} (${TYPE_LABELS[d.type].toLowerCase()})`}:
        </span>{" "}
        {title(otherId)}
        {d.lag_days !== 0 && <span className="text-muted-foreground"> · lag {d.lag_days} d</span>}
      </span>
      {canEdit && (
        <Button variant="ghost" size="icon-sm" aria-label={`Remove link to ${title(otherId)}`} onClick={() => remove.mutate(d.id)}>
          <Trash2 aria-hidden />
        </Button>
      )}
    </li>
  );
  return (
    <section className="space-y-3" aria-labelledby="card-dependencies-heading">
      <SectionHeading id="card-dependencies-heading" icon={<Link2 />}>
        Dependencies
      </SectionHeading>
      {links.isPending ? (
        <Skeleton className="h-8 w-full" />
      ) : links.error ? (
        <p className="text-sm text-destructive">Could not load dependencies: {links.error.message}</p>
      ) : links.data.depends_on.length + links.data.dependents.length === 0 ? (
        <p className="text-sm text-muted-foreground">No dependencies.</p>
      ) : (
        <ul className="space-y-1.5" aria-label="Dependencies">
          {links.data.depends_on.map((d) => row(d, d.depends_on_id, "Depends on"))}
          {links.data.dependents.map((d) => row(d, d.card_id, "Needed by"))}
        </ul>
      )}
      {canEdit && others.length > 0 && (
        <form
          className="flex flex-wrap items-end gap-2"
          aria-label="Add a dependency"
          onSubmit={(e) => {
            e.preventDefault();
            if (target) add.mutate(undefined, { onSuccess: () => setTarget("") });
          }}
        >
          <Select value={target} onValueChange={setTarget}>
            <SelectTrigger className="h-8 min-w-40 flex-1 text-[13px]" aria-label="Depends on card">
              <SelectValue placeholder="Depends on…" />
            </SelectTrigger>
            <SelectContent>
              {others.map((c) => (
                <SelectItem key={c.id} value={c.id}>
                  {c.title}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Select value={type} onValueChange={(v) => setType(v as DependencyType)}>
            <SelectTrigger className="h-8 w-52 text-[13px]" aria-label="Dependency type">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {(Object.keys(TYPE_LABELS) as DependencyType[]).map((t) => (
                <SelectItem key={t} value={t}>
                  {TYPE_LABELS[t]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
          <Input
            type="number"
            className="h-8 w-20 text-[13px]"
            aria-label="Lag in days"
            value={lag}
            onChange={(e) => setLag(e.target.value)}
            disabled={type === "relates_to" || type === "duplicates"}
          />
          <Button type="submit" size="sm" className="h-8" disabled={!target || add.isPending}>
            Add
          </Button>
        </form>
      )}
    </section>
  );
}
