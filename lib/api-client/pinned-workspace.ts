let pageWorkspaceId: string | null = null;

/**
 * Pins this page's /v1 calls to the workspace it was rendered for. The workspace cookie is shared
 * by every tab, so without this, switching workspace in one tab would send another tab's edits
 * (still showing the old workspace) to the new one.
 */
export function pinWorkspace(workspaceId: string | null): void {
  // Server renders share this module between requests (and never call /v1 from here).
  if (typeof window === "undefined") return;
  pageWorkspaceId = workspaceId;
}

export function pinnedWorkspace(): string | null {
  return pageWorkspaceId;
}
