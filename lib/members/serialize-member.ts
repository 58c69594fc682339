import type { Invite, Role } from "@/db/schema";
import type { InviteJson, MemberJson } from "./schemas";

export type MemberRow = { id: string; name: string; email: string; role: Role; joinedAt: Date };

export function serializeMember(row: MemberRow): MemberJson {
  return { id: row.id, name: row.name, email: row.email, role: row.role, joined_at: row.joinedAt.toISOString() };
}

export function serializeInvite(invite: Invite): InviteJson {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    status: "pending",
    invited_by: invite.invitedBy,
    created_at: invite.createdAt.toISOString(),
  };
}
