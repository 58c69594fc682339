"use client";

import { ShieldAlert } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * Webhooks see every board's events, so only admins and owners manage them (the API refuses
 * everyone else with 403). Others get a plain explanation instead of a page of errors.
 */
export function AdminOnly({ children }: { children: React.ReactNode }) {
  const viewer = useViewer();
  if (roleAtLeast(viewer.role, "admin")) return <>{children}</>;
  return (
    <EmptyState
      icon={<ShieldAlert />}
      title="Only admins can manage webhooks"
      description={`Your role in ${viewer.workspaceName} is ${viewer.role}. Webhooks send every board's changes to other systems, so only workspace admins and owners can see and change them. Ask an admin if you need one.`}
      data-testid="webhooks-admin-only"
    />
  );
}
