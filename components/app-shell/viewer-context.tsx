"use client";

import { createContext, useContext } from "react";
import type { Role } from "@/lib/api-client/types";
import { pinWorkspace } from "@/lib/api-client/pinned-workspace";

export type ViewerInfo = {
  id: string;
  name: string;
  email: string;
  role: Role;
  workspaceId: string;
  workspaceName: string;
  workspaces: { id: string; name: string; role: Role }[];
};

const ViewerContext = createContext<ViewerInfo | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: ViewerInfo; children: React.ReactNode }) {
  // Set while rendering, not in an effect: children's queries start in their own effects, which
  // run before this component's, and must already carry this page's workspace.
  pinWorkspace(viewer.workspaceId);
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in user and their role in the current workspace (for showing or hiding actions). */
export function useViewer(): ViewerInfo {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer must be used inside the signed-in layout");
  return viewer;
}

const RANK: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };
export const roleAtLeast = (role: Role, atLeast: Role) => RANK[role] >= RANK[atLeast];
