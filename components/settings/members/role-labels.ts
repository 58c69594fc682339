import type { Role } from "@/lib/api-client/types";

export const ROLE_LABELS: Record<Role, { name: string; description: string }> = {
  owner: { name: "Owner", description: "Everything, including owners and the workspace itself" },
  admin: { name: "Admin", description: "Members, tokens and webhooks, plus all board content" },
  member: { name: "Member", description: "Creates and changes boards, lists and cards" },
  viewer: { name: "Viewer", description: "Reads everything, changes nothing" },
};
