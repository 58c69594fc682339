import { route } from "@/lib/api/route";
import { DeleteWorkspaceInput, UpdateWorkspaceInput, WorkspaceSchema } from "@/lib/workspace-settings/schemas";
import { deleteWorkspace } from "@/lib/workspace-settings/transfer-and-delete";
import { getWorkspace, updateWorkspace } from "@/lib/workspace-settings/workspace";

const tag = "Workspace";

export const GET = route(
  { permission: "workspace.read", tag, summary: "Get the workspace", responses: { 200: WorkspaceSchema } },
  ({ ctx }) => getWorkspace({ ctx }),
);

export const PATCH = route(
  {
    permission: "workspace.manage",
    tag,
    summary: "Update the workspace",
    description:
      "Owners only: rename, or require two-factor of every member (409 until the owner has it on). Members without it then get 403 on everything but their account, until they turn it on. Emits `workspace.updated` with `changes`.",
    body: UpdateWorkspaceInput,
    responses: { 200: WorkspaceSchema },
    errors: ["conflict"],
  },
  ({ ctx, body }) => updateWorkspace({ ctx, input: body }),
);

export const DELETE = route(
  {
    permission: "workspace.manage",
    tag,
    summary: "Delete the workspace",
    description:
      "Owners only, with the workspace's name typed back exactly (`confirm_name`; anything else is 400 and deletes nothing). Removes everything in it, files included, its events and webhooks too (so no event of the deletion is delivered). Members left without a workspace get an empty one of their own.",
    body: DeleteWorkspaceInput,
    responses: { 204: null },
  },
  ({ ctx, body }) => deleteWorkspace({ ctx, input: body }),
);
