import type { Role } from "@/db/schema";
import { requireRole, requireUnrestricted, requireWrite } from "./authorize";
import { forbidden } from "@/lib/core/errors";
import type { Ctx } from "./context";

/**
 * Who may do what, stated once: resource × action → the minimum role, whether it is a change
 * (tokens then need the read_write scope) and whether it is workspace-level (closed to
 * board-restricted tokens; the text finishes "This API token is restricted to some boards and
 * cannot …"). Verbs call `authorize(ctx, key)`; route contracts name the same key, so the OpenAPI
 * document shows it and one generic test (test/integration/roles.test.ts) checks every operation.
 * Rules that depend on the data (an owner-only role change, leaving a workspace, a token's own
 * user) stay in the verbs, on top of these.
 */
export const PERMISSIONS = {
  "boards.read": { role: "viewer" },
  "boards.create": { role: "member", write: true, workspaceLevel: "create boards" },
  "boards.update": { role: "member", write: true },
  "boards.delete": { role: "admin", write: true },
  "board_content.read": { role: "viewer" },
  "board_content.write": { role: "member", write: true },
  "saved_filters.read": { role: "viewer" },
  // Viewers keep personal filters; sharing one takes the member role (checked in the verbs).
  "saved_filters.write": { role: "viewer", write: true },
  "milestones.read": { role: "viewer" },
  "milestones.write": { role: "member", write: true },
  "sprints.read": { role: "viewer" },
  "sprints.write": { role: "member", write: true },
  "dependencies.read": { role: "viewer" },
  "dependencies.write": { role: "member", write: true },
  "events.read": { role: "viewer" },
  "event_types.read": { role: "viewer" },
  "time_entries.read": { role: "viewer" },
  "time_entries.write": { role: "member", write: true },
  "imports.read": { role: "member" },
  "imports.write": { role: "member", write: true, workspaceLevel: "import boards" },
  "members.read": { role: "viewer" },
  "members.manage": { role: "admin", write: true, workspaceLevel: "manage members" },
  "members.read_invites": { role: "admin", workspaceLevel: "manage members" },
  "members.leave": { role: "viewer", write: true, workspaceLevel: "manage members" },
  "tokens.read": { role: "viewer", workspaceLevel: "manage API tokens" },
  "tokens.write": { role: "viewer", write: true, workspaceLevel: "manage API tokens" },
  "account.read": { role: "viewer", workspaceLevel: "manage the account" },
  "account.write": { role: "viewer", write: true, workspaceLevel: "manage the account" },
  "workspace.read": { role: "viewer" },
  "workspace.manage": { role: "owner", write: true, workspaceLevel: "manage the workspace" },
  "sessions.read": { role: "viewer", workspaceLevel: "manage sessions" },
  "sessions.write": { role: "viewer", write: true, workspaceLevel: "manage sessions" },
  "webhooks.read": { role: "admin", workspaceLevel: "manage webhooks" },
  "webhooks.write": { role: "admin", write: true, workspaceLevel: "manage webhooks" },
} as const satisfies Record<string, { role: Role; write?: true; workspaceLevel?: string }>;

export type Permission = keyof typeof PERMISSIONS;

type Rule = { role: Role; write?: true; workspaceLevel?: string };

/** What stays open to a member who lacks the two-factor their workspace requires: setting it up, and leaving. */
const OPEN_WITHOUT_TWO_FACTOR = new Set<Permission>([
  "account.read",
  "account.write",
  "sessions.read",
  "sessions.write",
  "members.leave",
  "workspace.read",
]);

/** Throws 403 naming what is missing (role, token scope, or a board-restricted token). */
export function authorize(ctx: Ctx, permission: Permission): void {
  if (ctx.caller.twoFactorMissing && !OPEN_WITHOUT_TWO_FACTOR.has(permission)) {
    throw forbidden("This workspace requires two-factor authentication: turn it on in Settings → Security first.");
  }
  const rule: Rule = PERMISSIONS[permission];
  if (rule.write) requireWrite(ctx, rule.role);
  else requireRole(ctx, rule.role);
  if (rule.workspaceLevel) requireUnrestricted(ctx, rule.workspaceLevel);
}

/** The minimum role of a permission, for the OpenAPI document and the role test. */
export function minimumRole(permission: Permission): Role {
  return PERMISSIONS[permission].role;
}
