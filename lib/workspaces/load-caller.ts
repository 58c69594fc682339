import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberships, users, workspaces } from "@/db/schema";
import type { Caller } from "./context";

/**
 * Loads the user's current membership on every request, so a role change or a removal from the
 * workspace takes effect at once for sessions and tokens alike. With no workspace named, the
 * user's oldest membership is used.
 */
export async function loadCaller(
  db: Database,
  userId: string,
  options: { workspaceId?: string; via: Caller["via"]; token?: Caller["token"] },
): Promise<Caller | null> {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      workspaceId: memberships.workspaceId,
      role: memberships.role,
      twoFactorMissing: sql<boolean>`(${workspaces.requireTwoFactor} AND ${users.totpSecret} IS NULL)`,
    })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(options.workspaceId ? and(eq(users.id, userId), eq(memberships.workspaceId, options.workspaceId)) : eq(users.id, userId))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return {
    user: { id: row.id, name: row.name, email: row.email },
    workspaceId: row.workspaceId,
    role: row.role,
    via: options.via,
    ...(options.token ? { token: options.token } : {}),
    ...(row.twoFactorMissing && options.via === "session" ? { twoFactorMissing: true } : {}),
  };
}
