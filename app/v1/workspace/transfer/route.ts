import { route } from "@/lib/api/route";
import { TransferOwnershipInput } from "@/lib/workspace-settings/schemas";
import { transferOwnership } from "@/lib/workspace-settings/transfer-and-delete";

export const POST = route(
  {
    permission: "workspace.manage",
    tag: "Workspace",
    summary: "Transfer ownership",
    description:
      "Owners only: the member named becomes owner and the caller admin (two `member.role_changed` events). Someone who is not a member → 404.",
    body: TransferOwnershipInput,
    responses: { 204: null },
    errors: ["not_found"],
  },
  ({ ctx, body }) => transferOwnership({ ctx, input: body }),
);
