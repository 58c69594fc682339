import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";

export const ROLES = ["owner", "admin", "member", "viewer"] as const;
const role = z.enum(ROLES, { error: "Role must be one of owner, admin, member, viewer." });

export const MemberSchema = z
  .object({
    id: z.string().meta({ description: "The user's id (`user_…`)." }),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    joined_at: z.string(),
  })
  .meta({ id: "Member" });
export type MemberJson = z.infer<typeof MemberSchema>;

export const InviteSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    status: z.literal("pending"),
    invited_by: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: "Invite" });
export type InviteJson = z.infer<typeof InviteSchema>;

export const AddMemberInput = z
  .strictObject({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
    role: role.default("member"),
  })
  .meta({ id: "AddMemberInput" });
export type AddMemberInput = z.infer<typeof AddMemberInput>;

export const UpdateMemberInput = z.strictObject({ role }).meta({ id: "UpdateMemberInput" });
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>;

export const ListMembersQuery = PaginationQuery.extend({ role: role.optional() }).strict();
export type ListMembersQuery = z.infer<typeof ListMembersQuery>;

export const ListInvitesQuery = PaginationQuery.strict();
export type ListInvitesQuery = z.infer<typeof ListInvitesQuery>;

export const MemberPage = pageOf(MemberSchema, "MemberPage");
export const InvitePage = pageOf(InviteSchema, "InvitePage");
