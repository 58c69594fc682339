"use client";

import { useState } from "react";
import { Check, Plus, Tags } from "lucide-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { toast } from "@/components/ui/toaster";
import { useBoardLookups } from "@/components/board/board-context";
import { TagChip } from "@/components/board/tag-chip";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { CardJson, TagJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";
import { SidebarField } from "./sidebar-field";

export const TAG_COLORS = ["#ef4444", "#f97316", "#eab308", "#22c55e", "#14b8a6", "#3b82f6", "#8b5cf6", "#ec4899", "#64748b"];

/** Board tags on the card: pick existing ones, or create a new tag with a colour and apply it. */
export function CardTags({ card, canEdit, onChange }: { card: CardJson; canEdit: boolean; onChange: (ids: string[]) => void }) {
  const { boardId, tagsById } = useBoardLookups();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [color, setColor] = useState(TAG_COLORS[5]);
  const tags = [...tagsById.values()].sort((a, b) => a.name.localeCompare(b.name));
  const applied = card.tag_ids.map((id) => tagsById.get(id)).filter((t) => t !== undefined);
  const toggle = (id: string) => onChange(card.tag_ids.includes(id) ? card.tag_ids.filter((x) => x !== id) : [...card.tag_ids, id]);
  const createTag = useMutation({
    mutationFn: () => ok(api.POST("/v1/tags", { body: { board_id: boardId, name: name.trim(), color } })),
    onSuccess: (tag) => {
      queryClient.setQueryData<TagJson[]>(queryKeys.board.tags(boardId), (list = []) => [...list, tag]);
      onChange([...card.tag_ids, tag.id]);
      setName("");
    },
    onError: (error) => toast.error(`Could not create the tag: ${error.message}`),
  });

  return (
    <SidebarField label="Tags">
      <div className="flex flex-wrap items-center gap-1.5">
        {applied.map((t) => (
          <TagChip key={t.id} name={t.name} color={t.color} className="text-xs" />
        ))}
        {canEdit && (
          <Popover>
            <PopoverTrigger asChild>
              <Button variant="ghost" size="sm" className="h-7 px-2 text-muted-foreground" aria-label="Edit tags">
                <Tags aria-hidden /> {applied.length ? "" : "Add tag"}
              </Button>
            </PopoverTrigger>
            <PopoverContent align="start" className="w-72 space-y-2 p-2">
              {tags.length > 0 && (
                <ul role="listbox" aria-label="Tags" aria-multiselectable="true" className="max-h-56 overflow-y-auto">
                  {tags.map((t) => {
                    const selected = card.tag_ids.includes(t.id);
                    return (
                      <li key={t.id} role="option" aria-selected={selected}>
                        <button
                          type="button"
                          onClick={() => toggle(t.id)}
                          className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent"
                        >
                          <TagChip name={t.name} color={t.color} />
                          {selected && <Check className="ml-auto size-4 text-primary" aria-hidden />}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              <form
                className="space-y-2 border-t pt-2 first:border-t-0 first:pt-0"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (name.trim() && !createTag.isPending) createTag.mutate();
                }}
              >
                <div className="text-xs font-medium text-muted-foreground">New tag</div>
                <div className="flex gap-1.5">
                  <Input
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                    maxLength={50}
                    placeholder="Name"
                    aria-label="New tag name"
                    className="h-8"
                  />
                  {/* aria-disabled, not disabled: a focused button that turns disabled drops focus to the page, and the
                      dialog taking it back closed this popover (the tag was made, the picker vanished). */}
                  <Button
                    type="submit"
                    size="sm"
                    aria-disabled={!name.trim() || createTag.isPending}
                    className="aria-disabled:opacity-50"
                    aria-label="Create tag"
                  >
                    <Plus aria-hidden />
                  </Button>
                </div>
                <div className="flex flex-wrap gap-1.5" role="radiogroup" aria-label="Tag colour">
                  {TAG_COLORS.map((c) => (
                    <button
                      key={c}
                      type="button"
                      role="radio"
                      aria-checked={c === color}
                      aria-label={c}
                      onClick={() => setColor(c)}
                      className={cn("size-6 rounded-full ring-offset-2 ring-offset-popover", c === color && "ring-2 ring-foreground/60")}
                      style={{ backgroundColor: c }}
                    />
                  ))}
                </div>
              </form>
            </PopoverContent>
          </Popover>
        )}
        {!canEdit && applied.length === 0 && <span className="text-sm text-muted-foreground">None</span>}
      </div>
    </SidebarField>
  );
}
