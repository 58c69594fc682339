"use client";

import { useState } from "react";
import { Archive, ArrowRightLeft, CalendarClock, CheckCircle2, Flag, RotateCcw, Tag, Target, Trash2, UserPlus, X } from "lucide-react";
import { useMilestones, useSprints } from "@/components/planning/use-planning";
import { Button } from "@/components/ui/button";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuSub,
  DropdownMenuSubContent,
  DropdownMenuSubTrigger,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { CardJson } from "@/lib/api-client/types";
import { useBoardLookups } from "./board-context";
import { useCardSelection } from "./card-selection";
import { useBulkCards, type BulkAction } from "./use-bulk-cards";

type Distribute<T> = T extends unknown ? Omit<T, "card_ids" | "query" | "board_id"> : never;

/**
 * What to do with the picked cards, at the bottom of the board while any are picked: move, tags,
 * assignees, due date, complete or reopen, archive, delete (after asking). One POST
 * /v1/cards/bulk per action, and one Undo in its toast.
 */
export function BulkActionBar({ matchingIds }: { matchingIds: readonly string[] | null }) {
  const { boardId, lists, tagsById, membersById, cardsById } = useBoardLookups();
  const { selected, selectMany, clear } = useCardSelection();
  const bulk = useBulkCards(boardId);
  const sprints = useSprints(boardId);
  const milestones = useMilestones(boardId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [due, setDue] = useState("");
  if (selected.size === 0) return null;
  const ids = [...selected];
  const run = (action: Distribute<BulkAction>) => {
    const before = ids.map((id) => cardsById.get(id)).filter((c): c is CardJson => c !== undefined);
    bulk.mutate({ action: { ...action, card_ids: ids } as BulkAction, before }, { onSuccess: () => clear() });
  };
  const tags = [...tagsById.values()];
  const members = [...membersById.values()];
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="fixed inset-x-2 bottom-3 z-40 mx-auto flex max-w-4xl items-center gap-1.5 overflow-x-auto rounded-xl border bg-popover p-2 shadow-lg sm:inset-x-4 sm:flex-wrap [&>*]:shrink-0"
      data-testid="bulk-bar"
    >
      <span className="px-2 text-sm font-medium tabular-nums" aria-live="polite">
        {selected.size} selected
      </span>
      {matchingIds && matchingIds.length > selected.size && (
        <Button variant="ghost" size="sm" onClick={() => selectMany(matchingIds)}>
          Select all {matchingIds.length} matching
        </Button>
      )}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" disabled={bulk.isPending}>
            <ArrowRightLeft aria-hidden /> Move to
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="max-h-72 overflow-y-auto">
          {lists.map((list) => (
            <DropdownMenuItem key={list.id} onSelect={() => run({ action: "move", list_id: list.id })}>
              {list.name}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" disabled={bulk.isPending}>
            <Tag aria-hidden /> Tags
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-48">
          {tags.length === 0 && (
            <DropdownMenuLabel className="font-normal text-muted-foreground">This board has no tags yet.</DropdownMenuLabel>
          )}
          {tags.length > 0 && (
            <>
              <DropdownMenuSub>
                <DropdownMenuSubTrigger>Add tag</DropdownMenuSubTrigger>
                <DropdownMenuSubContent>
                  {tags.map((t) => (
                    <DropdownMenuItem key={t.id} onSelect={() => run({ action: "add_tags", tag_ids: [t.id] })}>
                      {t.name}
                    </DropdownMenuItem>
                  ))}
                </DropdownMenuSubContent>
              </DropdownMenuSub>
              <DropdownMenuSub>
                <DropdownMenuSubTrigger>Remove tag</DropdownMenuSubTrigger>
                <DropdownMenuSubContent>
                  {tags.map((t) => (
                    <DropdownMenuItem key={t.id} onSelect={() => run({ action: "remove_tags", tag_ids: [t.id] })}>
                      {t.name}
                    </DropdownMenuItem>
                  ))}
                </DropdownMenuSubContent>
              </DropdownMenuSub>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => run({ action: "set", tag_ids: [] })}>Clear tags</DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" disabled={bulk.isPending}>
            <UserPlus aria-hidden /> Assign
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent className="w-52">
          <DropdownMenuSub>
            <DropdownMenuSubTrigger>Add person</DropdownMenuSubTrigger>
            <DropdownMenuSubContent>
              {members.map((m) => (
                <DropdownMenuItem key={m.id} onSelect={() => run({ action: "add_assignees", assignee_ids: [m.id] })}>
                  {m.name}
                </DropdownMenuItem>
              ))}
            </DropdownMenuSubContent>
          </DropdownMenuSub>
          <DropdownMenuSub>
            <DropdownMenuSubTrigger>Remove person</DropdownMenuSubTrigger>
            <DropdownMenuSubContent>
              {members.map((m) => (
                <DropdownMenuItem key={m.id} onSelect={() => run({ action: "remove_assignees", assignee_ids: [m.id] })}>
                  {m.name}
                </DropdownMenuItem>
              ))}
            </DropdownMenuSubContent>
          </DropdownMenuSub>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => run({ action: "set", assignee_ids: [] })}>Unassign everyone</DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {(sprints.data ?? []).some((s) => s.status !== "completed") && (
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" disabled={bulk.isPending}>
              <Target aria-hidden /> Sprint
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent className="w-52">
            {(sprints.data ?? [])
              .filter((s) => s.status !== "completed")
              .map((s) => (
                <DropdownMenuItem key={s.id} onSelect={() => run({ action: "set", sprint_id: s.id })}>
                  {s.name}
                </DropdownMenuItem>
              ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => run({ action: "set", sprint_id: null })}>Move to the backlog</DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
      {(milestones.data ?? []).length > 0 && (
        <DropdownMenu modal={false}>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" disabled={bulk.isPending}>
              <Flag aria-hidden /> Milestone
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent className="w-52">
            {(milestones.data ?? []).map((m) => (
              <DropdownMenuItem key={m.id} onSelect={() => run({ action: "set", milestone_id: m.id })}>
                {m.name}
              </DropdownMenuItem>
            ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => run({ action: "set", milestone_id: null })}>No milestone</DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
      <Popover>
        <PopoverTrigger asChild>
          <Button variant="outline" size="sm" disabled={bulk.isPending}>
            <CalendarClock aria-hidden /> Due
          </Button>
        </PopoverTrigger>
        <PopoverContent className="flex w-72 flex-col gap-2">
          <Input type="datetime-local" aria-label="Due date for the selected cards" value={due} onChange={(e) => setDue(e.target.value)} />
          <div className="flex justify-between gap-2">
            <Button size="sm" variant="ghost" onClick={() => run({ action: "set", due_at: null })}>
              Clear due dates
            </Button>
            <Button size="sm" disabled={!due} onClick={() => run({ action: "set", due_at: new Date(due).toISOString() })}>
              Set due date
            </Button>
          </div>
        </PopoverContent>
      </Popover>
      <Button variant="outline" size="sm" disabled={bulk.isPending} onClick={() => run({ action: "complete" })}>
        <CheckCircle2 aria-hidden /> Complete
      </Button>
      <Button variant="outline" size="sm" disabled={bulk.isPending} onClick={() => run({ action: "reopen" })}>
        <RotateCcw aria-hidden /> Reopen
      </Button>
      <Button variant="outline" size="sm" disabled={bulk.isPending} onClick={() => run({ action: "archive" })}>
        <Archive aria-hidden /> Archive
      </Button>
      <Button variant="outline" size="sm" disabled={bulk.isPending} className="text-destructive" onClick={() => setConfirmDelete(true)}>
        <Trash2 aria-hidden /> Delete
      </Button>
      <Button variant="ghost" size="icon-sm" className="ml-auto" aria-label="Clear selection" onClick={clear}>
        <X aria-hidden />
      </Button>
      <AlertDialog open={confirmDelete} onOpenChange={setConfirmDelete}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>
              Delete {selected.size} card{selected.size === 1 ? "" : "s"}?
            </AlertDialogTitle>
            <AlertDialogDescription>
              Their comments, checklists and attachments go with them. This cannot be undone; archive them to keep them.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction onClick={() => run({ action: "delete" })}>Delete</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
