"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Switch } from "@/components/ui/switch";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { Schemas } from "@/lib/api-client/types";
import { DangerZone } from "./danger-zone";

type Workspace = Schemas["Workspace"];

/** Settings → Workspace: its name and, for owners, whether members must use two-factor. */
export function WorkspaceSettings() {
  const viewer = useViewer();
  const owner = roleAtLeast(viewer.role, "owner");
  const workspace = useQuery({ queryKey: queryKeys.workspace, queryFn: ({ signal }) => ok(api.GET("/v1/workspace", { signal })) });
  return (
    <section aria-labelledby="workspace-heading" className="max-w-2xl space-y-6">
      <div>
        <h1 id="workspace-heading" className="text-2xl font-semibold tracking-tight">
          Workspace
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {owner ? "Owners change these settings." : "Only owners change these settings."}
        </p>
      </div>
      {workspace.isPending ? (
        <RowsSkeleton label="Loading the workspace" rows={2} rowClassName="h-24 rounded-xl" />
      ) : workspace.isError ? (
        <LoadError what="the workspace" error={workspace.error} />
      ) : (
        <WorkspaceForm workspace={workspace.data} owner={owner} />
      )}
    </section>
  );
}

function WorkspaceForm({ workspace, owner }: { workspace: Workspace; owner: boolean }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(workspace.name);
  const update = useMutation({
    mutationFn: (body: { name?: string; require_two_factor?: boolean }) => ok(api.PATCH("/v1/workspace", { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.workspace, data);
      toast.success("Workspace saved");
    },
    onError: (error) => toast.error(error.message),
  });
  return (
    <>
      <form
        className="flex flex-wrap items-end gap-3 rounded-xl border bg-card p-5 shadow-xs"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ name });
        }}
      >
        <FormField label="Workspace name" className="min-w-48 flex-1">
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} disabled={!owner} />
        </FormField>
        {owner && (
          <Button type="submit" disabled={update.isPending || name.trim() === workspace.name || !name.trim()}>
            Rename
          </Button>
        )}
      </form>
      <div className="flex items-start gap-4 rounded-xl border bg-card p-5 shadow-xs">
        <div className="flex-1">
          <label htmlFor="require-two-factor" className="font-medium">
            Require two-factor authentication
          </label>
          <p className="text-sm text-muted-foreground">
            Members without it can only reach their own account settings until they turn it on. Turn yours on first (Settings → Security).
          </p>
        </div>
        <Switch
          id="require-two-factor"
          checked={workspace.require_two_factor}
          disabled={!owner || update.isPending}
          onCheckedChange={(checked) => update.mutate({ require_two_factor: checked })}
        />
      </div>
      {owner && <DangerZone workspace={workspace} />}
    </>
  );
}
