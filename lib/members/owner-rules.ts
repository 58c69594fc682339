import { and, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { memberships, workspaces, type Role } from "@/db/schema";
import { conflict, forbidden } from "@/lib/core/errors";
import type { Ctx } from "@/lib/workspaces/context";

/** Only owners may hand out the owner role or take it away (an admin cannot promote or depose). */
export function requireOwnerForOwnerRole(ctx: Ctx, roles: (Role | undefined)[]): void {
  if (roles.includes("owner") && ctx.caller.role !== "owner") {
    throw forbidden(`Your role (${ctx.caller.role}) cannot grant or remove the owner role; only owners can.`);
  }
}

/**
 * Serializes membership changes of one workspace by locking its row, so two owners demoting or
 * removing each other at the same time cannot leave the workspace without an owner.
 */
export async function lockWorkspaceMembers(tx: Tx, workspaceId: string): Promise<void> {
  await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, workspaceId)).for("update");
}

/** 409 when the change would take away the workspace's last owner. Call after lockWorkspaceMembers. */
export async function assertNotLastOwner(tx: Tx, workspaceId: string, what: string): Promise<void> {
  const [{ owners }] = await tx
    .select({ owners: count() })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")));
  if (owners <= 1) throw conflict(`The last owner cannot be ${what}; make another member owner first.`);
}
