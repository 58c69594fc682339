"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CardJson, Schemas } from "@/lib/api-client/types";

export type BulkAction = Schemas["BulkCardsInput"];

const send = (body: BulkAction) => ok(api.POST("/v1/cards/bulk", { body }));

/** Cards grouped by a key of their state before, so one call per group puts each group back. */
function groupBy(cards: CardJson[], key: (c: CardJson) => string): CardJson[][] {
  const groups = new Map<string, CardJson[]>();
  for (const card of cards) groups.set(key(card), [...(groups.get(key(card)) ?? []), card]);
  return [...groups.values()];
}

/**
 * The calls that put the cards back as they were before `action`: one undo for the whole action,
 * as a few bulk calls grouped by the state each card had. Deleting cannot be undone (it asks first).
 */
export function undoCalls(action: BulkAction, before: CardJson[]): BulkAction[] {
  const ids = (cards: CardJson[]) => cards.map((c) => c.id);
  switch (action.action) {
    case "move":
      return groupBy(before, (c) => c.list_id).map((cards) => {
        const sorted = [...cards].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
        return { action: "move", card_ids: ids(sorted), list_id: sorted[0].list_id, position: sorted[0].position ?? 0 };
      });
    case "complete":
    case "reopen": {
      const changed = before.filter((c) => c.completed !== (action.action === "complete"));
      return changed.length ? [{ action: action.action === "complete" ? "reopen" : "complete", card_ids: ids(changed) }] : [];
    }
    case "archive":
      return [{ action: "restore", card_ids: ids(before) }];
    case "restore":
      return [{ action: "archive", card_ids: ids(before) }];
    case "add_tags":
    case "remove_tags":
      return groupBy(before, (c) => c.tag_ids.join()).map((cards) => ({ action: "set", card_ids: ids(cards), tag_ids: cards[0].tag_ids }));
    case "add_assignees":
    case "remove_assignees":
      return groupBy(before, (c) => c.assignee_ids.join()).map((cards) => ({
        action: "set",
        card_ids: ids(cards),
        assignee_ids: cards[0].assignee_ids,
      }));
    case "set": {
      // Put back exactly what was set, per group of cards that had the same before.
      const keys = (["due_at", "tag_ids", "assignee_ids", "milestone_id", "sprint_id"] as const).filter((k) => action[k] !== undefined);
      const fieldIds = Object.keys(action.fields ?? {});
      const previous = (c: CardJson) => ({
        ...Object.fromEntries(keys.map((k) => [k, c[k]])),
        ...(fieldIds.length ? { fields: Object.fromEntries(fieldIds.map((id) => [id, c.fields[id] ?? null])) } : {}),
      });
      return groupBy(before, (c) => JSON.stringify(previous(c))).map(
        (cards) => ({ action: "set", card_ids: ids(cards), ...previous(cards[0]) }) as BulkAction,
      );
    }
    case "delete":
      return [];
  }
}

const PAST = {
  move: "Moved",
  complete: "Completed",
  reopen: "Reopened",
  archive: "Archived",
  restore: "Restored",
  delete: "Deleted",
} as const;

/** POST /v1/cards/bulk from the board: the board's cards take the server's answer, and a toast offers one undo. */
export function useBulkCards(boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.board.cards(boardId);
  const apply = (action: BulkAction, result: { items: CardJson[] }) => {
    const changed = new Map(result.items.map((c) => [c.id, c]));
    const gone = new Set(action.action === "delete" ? (action.card_ids ?? []) : result.items.filter((c) => c.archived).map((c) => c.id));
    queryClient.setQueryData<CardJson[]>(key, (cards) => (cards ?? []).filter((c) => !gone.has(c.id)).map((c) => changed.get(c.id) ?? c));
    void queryClient.invalidateQueries({ queryKey: key });
  };
  const runUndo = async (calls: BulkAction[]) => {
    try {
      for (const call of calls) apply(call, await send(call));
      toast.success("Undone");
    } catch (error) {
      toast.error(`Could not undo: ${(error as Error).message}`);
    }
  };
  return useMutation({
    mutationFn: ({ action }: { action: BulkAction; before: CardJson[] }) => send(action),
    onSuccess: (result, { action, before }) => {
      apply(action, result);
      const verb = PAST[action.action as keyof typeof PAST] ?? "Changed";
      const undo = undoCalls(action, before);
      toast.success(`${verb} ${result.count} card${result.count === 1 ? "" : "s"}`, {
        action: undo.length
          ? {
              label: "Undo",
              onClick: () => void runUndo(undo),
            }
          : undefined,
      });
    },
    onError: (error) => toast.error(error.message),
  });
}
