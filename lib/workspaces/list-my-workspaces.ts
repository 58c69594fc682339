import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, workspaces, type Role } from "@/db/schema";

export type MyWorkspace = { id: string; name: string; role: Role };

/** The workspaces a user belongs to, oldest membership first (the default one comes first). */
export async function listMyWorkspaces(db: Database, userId: string): Promise<MyWorkspace[]> {
  return db
    .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
}
