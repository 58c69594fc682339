"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { useSaveFilter } from "./use-saved-filters";

/** Names the current query and saves it as a view of the board (or of the workspace), personal or shared. */
export function SaveViewDialog({
  open,
  onOpenChange,
  query,
  boardId,
  canShare,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  query: string;
  boardId: string | null;
  canShare: boolean;
}) {
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const save = useSaveFilter();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    save.mutate(
      { name: name.trim(), query, board_id: boardId, shared },
      {
        onSuccess: () => {
          setName("");
          setShared(false);
          onOpenChange(false);
        },
      },
    );
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        <form onSubmit={submit} className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Save view</DialogTitle>
            <DialogDescription>
              {boardId ? "A view of this board" : "A view across every board you can see"}:{" "}
              <code className="rounded bg-muted px-1 py-0.5 text-xs break-all">{query}</code>
            </DialogDescription>
          </DialogHeader>
          <FormField label="Name" required error={save.error?.message}>
            <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoFocus placeholder="e.g. Needs review" />
          </FormField>
          {canShare && (
            <FormField
              label="Share with the workspace"
              orientation="horizontal"
              description="Everyone in the workspace sees it; members can edit it."
            >
              <Switch checked={shared} onCheckedChange={setShared} />
            </FormField>
          )}
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={!name.trim() || save.isPending}>
              {save.isPending ? "Saving…" : "Save view"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
