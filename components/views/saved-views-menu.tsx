"use client";

import { useState } from "react";
import { Bookmark, BookmarkPlus, Trash2, Users } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { SaveViewDialog } from "./save-view-dialog";
import { BUILT_IN_VIEWS, useDeleteSavedFilter, useSavedFilters } from "./use-saved-filters";

/**
 * The board's views: the built-in ones, the caller's and the shared saved filters of the board.
 * Choosing one puts its query in the filter bar; the current query can be saved as a new one.
 */
export function SavedViewsMenu({ boardId, query, onApply }: { boardId: string; query: string; onApply: (query: string) => void }) {
  const viewer = useViewer();
  const views = useSavedFilters(boardId);
  const remove = useDeleteSavedFilter();
  const [saving, setSaving] = useState(false);
  const current = views.data?.find((v) => v.query.trim() === query.trim());
  const mayDelete = current && (current.owner_id === viewer.id || roleAtLeast(viewer.role, "admin"));
  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="sm" className="h-8 shrink-0 bg-card text-[13px] font-normal" aria-label="Saved views">
            <Bookmark aria-hidden /> {current ? current.name : "Views"}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
          <DropdownMenuLabel className="text-xs text-muted-foreground">Views</DropdownMenuLabel>
          {BUILT_IN_VIEWS.map((v) => (
            <DropdownMenuItem key={v.key} onSelect={() => onApply(v.query)}>
              {v.name}
            </DropdownMenuItem>
          ))}
          {views.isPending && <p className="px-2 py-1.5 text-sm text-muted-foreground">Loading saved views…</p>}
          {views.error && <p className="px-2 py-1.5 text-sm text-destructive">Could not load saved views.</p>}
          {views.data && views.data.length > 0 && <DropdownMenuSeparator />}
          {views.data?.map((v) => (
            <DropdownMenuItem key={v.id} onSelect={() => onApply(v.query)} data-testid="saved-view">
              <span className="truncate">{v.name}</span>
              {v.shared && <Users className="ml-auto size-3.5 text-muted-foreground" aria-label="Shared with the workspace" />}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem disabled={!query.trim() || Boolean(current)} onSelect={() => setSaving(true)}>
            <BookmarkPlus aria-hidden /> Save current filter…
          </DropdownMenuItem>
          {current && mayDelete && (
            <DropdownMenuItem variant="destructive" onSelect={() => remove.mutate(current)}>
              <Trash2 aria-hidden /> Delete view “{current.name}”
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <SaveViewDialog
        open={saving}
        onOpenChange={setSaving}
        query={query}
        boardId={boardId}
        canShare={roleAtLeast(viewer.role, "member")}
      />
    </>
  );
}
