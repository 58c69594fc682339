"use client";

import { useEffect, useMemo } from "react";
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { LayoutDashboard } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { EmptyState } from "@/components/ui/empty-state";
import type { CardJson } from "@/lib/api-client/types";
import { BoardCanvas } from "./board-canvas";
import { BoardLookupsProvider, type BoardLookups } from "./board-context";
import { SavedViewsMenu } from "@/components/views/saved-views-menu";
import { BoardFiltersBar } from "./board-filters-bar";
import { BulkActionBar } from "./bulk-action-bar";
import { CardSelectionProvider } from "./card-selection";
import { fieldPickersOf } from "./field-pickers";
import { BoardHeader } from "./board-header";
import { BoardSkeleton } from "./board-skeleton";
import { cardMatches, isFiltering, NO_FILTERS } from "./filter-cards";
import { groupCards, sortLists, type CardsByList } from "./card-order";
import { RunningTimerProvider } from "./running-timer-context";
import { useBoardFilters } from "./use-board-filters";
import { useServerFilter } from "./use-server-filter";
import { useBoard, useCards, useLists, useMembers, useTags } from "./use-board-data";
import { useRunningTimer } from "@/components/card/use-time-entries";
import { rememberBoardVisit } from "@/components/boards/use-boards";
import { AddListColumn } from "./add-list-column";
import { useCustomFields } from "@/components/custom-fields/use-custom-fields";
import { PlanningProvider, type PlanningLookups } from "@/components/planning/planning-context";
import { SprintBar } from "@/components/planning/sprint-bar";
import { useBoardDependencies, useMilestones, useSprints } from "@/components/planning/use-planning";

// The card dialog (markdown, comments, time tracking) loads on first open, not with the board.
const CardDialog = dynamic(() => import("@/components/card/card-dialog").then((m) => m.CardDialog), { ssr: false });

const NO_FIELDS: never[] = [];

/** The board page: header with filters, the columns, and the card dialog named by ?card=. */
export function BoardView({ boardId }: { boardId: string }) {
  const viewer = useViewer();
  const board = useBoard(boardId);
  const lists = useLists(boardId);
  const cards = useCards(boardId);
  const tags = useTags(boardId);
  const members = useMembers();
  const customFields = useCustomFields(boardId);
  const running = useRunningTimer();
  const [filters, setFilters] = useBoardFilters();
  const openCardId = useSearchParams().get("card");
  const canEdit = roleAtLeast(viewer.role, "member");
  useEffect(() => rememberBoardVisit(boardId), [boardId]);
  const milestones = useMilestones(boardId);
  const sprints = useSprints(boardId);
  const dependencies = useBoardDependencies(boardId);
  const planning = useMemo<PlanningLookups>(
    () => ({
      milestonesById: new Map((milestones.data ?? []).map((m) => [m.id, m])),
      blockedCardIds: new Set((dependencies.data ?? []).filter((d) => d.blocking).map((d) => d.card_id)),
    }),
    [milestones.data, dependencies.data],
  );

  const orderedLists = useMemo(() => sortLists(lists.data ?? []), [lists.data]);
  const lookups = useMemo<BoardLookups>(
    () => ({
      boardId,
      canEdit,
      lists: orderedLists,
      cardsById: new Map((cards.data ?? []).map((c) => [c.id, c])),
      tagsById: new Map((tags.data ?? []).map((t) => [t.id, t])),
      membersById: new Map((members.data ?? []).map((m) => [m.id, m])),
      fields: customFields.data ?? NO_FIELDS,
    }),
    [boardId, canEdit, orderedLists, cards.data, tags.data, members.data, customFields.data],
  );
  const allGroups = useMemo(() => groupCards(orderedLists, cards.data ?? []), [orderedLists, cards.data]);
  const filtering = isFiltering(filters);
  const typedQuery = useServerFilter(boardId, filters.q);
  const matchingIds = typedQuery.mode === "query" ? typedQuery.ids : null;
  const visibleGroups = useMemo<CardsByList>(() => {
    if (!filtering) return allGroups;
    const visible: CardsByList = {};
    // A filter-language query is the server's to answer (ids); plain words stay here, at once.
    const local = typedQuery.mode === "text" ? filters : NO_FILTERS;
    for (const [listId, ids] of Object.entries(allGroups)) {
      visible[listId] = ids.filter(
        (id) => cardMatches(lookups.cardsById.get(id) as CardJson, local) && (!matchingIds || matchingIds.has(id)),
      );
    }
    return visible;
  }, [allGroups, filtering, filters, lookups.cardsById, typedQuery.mode, matchingIds]);

  // The cards on screen in board order: what a shift-click range and "select all matching" cover.
  const shownIds = useMemo(() => orderedLists.flatMap((list) => visibleGroups[list.id] ?? []), [orderedLists, visibleGroups]);

  const error = board.error ?? lists.error ?? cards.error;
  if (error) {
    return (
      <EmptyState
        icon={<LayoutDashboard />}
        title={"status" in error && error.status === 404 ? "This board does not exist" : "Could not load the board"}
        description={
          "status" in error && error.status === 404 ? "It may have been deleted, or it belongs to another workspace." : error.message
        }
        className="mx-4 mt-6 sm:mx-6"
      />
    );
  }
  if (!board.data || !lists.data || !cards.data) return <BoardSkeleton />;

  const total = cards.data.length;
  const shown = Object.values(visibleGroups).reduce((n, ids) => n + ids.length, 0);

  return (
    <BoardLookupsProvider value={lookups}>
      <PlanningProvider value={planning}>
        <CardSelectionProvider shownIds={shownIds}>
          <RunningTimerProvider value={running.data?.card_id ?? null}>
            <div className="flex h-full min-h-0 flex-col gap-4">
              <BoardHeader board={board.data} canEdit={canEdit}>
                <BoardFiltersBar
                  filters={filters}
                  onChange={setFilters}
                  members={members.data ?? []}
                  tags={tags.data ?? []}
                  viewerId={viewer.id}
                  shown={shown}
                  total={total}
                  queryState={typedQuery}
                  milestoneNames={(milestones.data ?? []).map((m) => m.name)}
                  sprintNames={(sprints.data ?? []).filter((s) => s.status !== "completed").map((s) => s.name)}
                  fieldPickers={fieldPickersOf(customFields.data ?? NO_FIELDS, members.data ?? [], viewer.id)}
                  views={<SavedViewsMenu boardId={boardId} query={filters.q} onApply={(q) => setFilters({ q })} />}
                />
              </BoardHeader>
              <SprintBar boardId={boardId} canEdit={canEdit} />
              {orderedLists.length === 0 ? (
                <div className="flex flex-col gap-4 px-4 sm:flex-row sm:px-6">
                  <EmptyState
                    icon={<LayoutDashboard />}
                    title="This board has no lists yet"
                    description={
                      canEdit
                        ? "Lists are the stages work moves through, like To do, Doing and Done. Add the first one."
                        : "Nobody has added a list to this board yet."
                    }
                    className="flex-1"
                  />
                  {canEdit && <AddListColumn boardId={boardId} />}
                </div>
              ) : (
                <div className="min-h-0 flex-1">
                  <BoardCanvas lists={orderedLists} groups={visibleGroups} allGroups={allGroups} filtered={filtering} />
                </div>
              )}
            </div>
            {openCardId && <CardDialog key={openCardId} cardId={openCardId} boardId={boardId} />}
            {canEdit && <BulkActionBar matchingIds={filtering ? shownIds : null} />}
          </RunningTimerProvider>
        </CardSelectionProvider>
      </PlanningProvider>
    </BoardLookupsProvider>
  );
}
