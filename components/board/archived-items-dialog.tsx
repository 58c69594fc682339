"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArchiveRestore } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CardJson, ListJson } from "@/lib/api-client/types";
import { useUpdateCard } from "./use-card-mutations";
import { useUpdateList } from "./use-list-mutations";

/** Archived lists and cards of the board, each with Restore. */
export function ArchivedItemsDialog({ boardId, canEdit, onClose }: { boardId: string; canEdit: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const lists = useQuery({
    queryKey: queryKeys.board.archivedLists(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) =>
        ok(api.GET("/v1/lists", { params: { query: { board_id: boardId, archived: "true", limit: 100, cursor } }, signal })),
      ),
  });
  const cards = useQuery({
    queryKey: queryKeys.board.archivedCards(boardId),
    queryFn: ({ signal }) =>
      allPages((cursor) =>
        ok(api.GET("/v1/cards", { params: { query: { board_id: boardId, archived: "true", limit: 100, cursor } }, signal })),
      ),
  });
  const updateList = useUpdateList(boardId);
  const updateCard = useUpdateCard(boardId);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.board.all(boardId) });
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>Archived items</DialogTitle>
          <DialogDescription>Archived lists and cards keep their history; restore them to put them back on the board.</DialogDescription>
        </DialogHeader>
        <div className="max-h-[60vh] space-y-5 overflow-y-auto">
          {[
            {
              title: "Lists",
              query: lists,
              name: (x: ListJson | CardJson) => ("name" in x ? x.name : x.title),
              restore: (id: string) => updateList.mutate({ listId: id, patch: { archived: false } }, { onSuccess: refresh }),
            },
            {
              title: "Cards",
              query: cards,
              name: (x: ListJson | CardJson) => ("name" in x ? x.name : x.title),
              restore: (id: string) => updateCard.mutate({ cardId: id, patch: { archived: false } }, { onSuccess: refresh }),
            },
          ].map(({ title, query, name, restore }) => (
            <section key={title} className="space-y-2">
              <h3 className="text-sm font-semibold">{title}</h3>
              {query.isPending ? (
                <Skeleton className="h-9 w-full" />
              ) : (query.data ?? []).length === 0 ? (
                <p className="text-sm text-muted-foreground">No archived {title.toLowerCase()}.</p>
              ) : (
                <ul className="divide-y rounded-lg border">
                  {(query.data as (ListJson | CardJson)[]).map((item) => (
                    <li key={item.id} className="flex items-center gap-2 px-3 py-2 text-sm">
                      <span className="min-w-0 flex-1 truncate">{name(item)}</span>
                      {canEdit && (
                        <Button size="sm" variant="ghost" onClick={() => restore(item.id)}>
                          <ArchiveRestore aria-hidden /> Restore
                        </Button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </DialogContent>
    </Dialog>
  );
}
