"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useViewer } from "@/components/app-shell/viewer-context";
import { useMembers } from "@/components/board/use-board-data";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { Schemas } from "@/lib/api-client/types";

/** Owners: hand the workspace to another member, or delete it with its name typed back. */
export function DangerZone({ workspace }: { workspace: Schemas["Workspace"] }) {
  return (
    <section aria-labelledby="danger-heading" className="space-y-4 rounded-xl border border-destructive/40 bg-card p-5 shadow-xs">
      <h2 id="danger-heading" className="text-lg font-semibold">
        Ownership and deletion
      </h2>
      <TransferOwnership />
      <DeleteWorkspace workspace={workspace} />
    </section>
  );
}

function TransferOwnership() {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const members = useMembers();
  const [userId, setUserId] = useState("");
  const candidates = (members.data ?? []).filter((m) => m.id !== viewer.id);
  const transfer = useMutation({
    mutationFn: () => ok(api.POST("/v1/workspace/transfer", { body: { user_id: userId } })),
    onSuccess: () => {
      toast.success("Ownership transferred; you are an admin now");
      window.location.reload();
    },
    onError: (error) => toast.error(error.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.members.all }),
  });
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted-foreground">Transfer ownership: the member you choose becomes owner, and you become an admin.</p>
      <div className="flex flex-wrap items-center gap-2">
        <Select value={userId} onValueChange={setUserId} disabled={candidates.length === 0}>
          <SelectTrigger className="w-64" aria-label="New owner">
            <SelectValue placeholder={candidates.length === 0 ? "No other members" : "Choose a member"} />
          </SelectTrigger>
          <SelectContent>
            {candidates.map((m) => (
              <SelectItem key={m.id} value={m.id}>
                {m.name} ({m.email})
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Button variant="outline" disabled={!userId || transfer.isPending} onClick={() => transfer.mutate()}>
          Transfer ownership
        </Button>
      </div>
    </div>
  );
}

function DeleteWorkspace({ workspace }: { workspace: Schemas["Workspace"] }) {
  const [typed, setTyped] = useState("");
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE("/v1/workspace", { body: { confirm_name: typed } })),
    onSuccess: () => window.location.assign("/boards"),
  });
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted-foreground">
        Delete the workspace: every board, card, comment, file, webhook and token in it is removed for good.
      </p>
      <AlertDialog
        onOpenChange={() => {
          setTyped("");
          remove.reset();
        }}
      >
        <AlertDialogTrigger asChild>
          <Button variant="destructive">Delete workspace…</Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <form
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              remove.mutate();
            }}
          >
            <AlertDialogHeader>
              <AlertDialogTitle>Delete “{workspace.name}”?</AlertDialogTitle>
              <AlertDialogDescription>This cannot be undone. Type the workspace&apos;s name to confirm.</AlertDialogDescription>
            </AlertDialogHeader>
            <FormField label="Workspace name" error={remove.isError ? remove.error.message : undefined}>
              <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
            </FormField>
            <AlertDialogFooter>
              <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
              <Button type="submit" variant="destructive" disabled={typed !== workspace.name || remove.isPending}>
                Delete workspace
              </Button>
            </AlertDialogFooter>
          </form>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
