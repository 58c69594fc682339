import { z } from "zod";

export const WorkspaceSchema = z
  .object({
    id: z.string().meta({ example: "ws_01k2m3n4p5q6r7s8t9v0w1x2y3" }),
    name: z.string().meta({ example: "Acme" }),
    require_two_factor: z
      .boolean()
      .meta({ description: "Members must turn two-factor on before they can use the workspace with a session." }),
    created_at: z.string(),
  })
  .meta({ id: "Workspace" });
export type WorkspaceJson = z.infer<typeof WorkspaceSchema>;

export const UpdateWorkspaceInput = z
  .strictObject({
    name: z.string().trim().min(1, "Name must not be empty.").max(100, "Name must be at most 100 characters.").optional(),
    require_two_factor: z.boolean().optional(),
  })
  .meta({ id: "UpdateWorkspaceInput", example: { name: "Acme", require_two_factor: true } });
export type UpdateWorkspaceInput = z.infer<typeof UpdateWorkspaceInput>;

export const TransferOwnershipInput = z
  .strictObject({
    user_id: z
      .string()
      .regex(/^user_[0-9a-z]{26}$/, "Expected a user_… id.")
      .meta({ description: "The member who becomes owner." }),
  })
  .meta({ id: "TransferOwnershipInput" });

export const DeleteWorkspaceInput = z
  .strictObject({ confirm_name: z.string().max(200).meta({ description: "The workspace's name, typed exactly." }) })
  .meta({ id: "DeleteWorkspaceInput" });
