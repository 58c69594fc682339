import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import type { MemberJson } from "./schemas";
import { serializeMember, type MemberRow } from "./serialize-member";

export const memberColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  joinedAt: memberships.createdAt,
};

/** A member of the caller's workspace by user id; anyone else (or any other id) is 404. */
export async function findMember(ctx: Ctx, db: DbOrTx, userId: string): Promise<MemberRow> {
  if (!isIdOf("user", userId)) throw notFound("Member");
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.caller.workspaceId), eq(memberships.userId, userId)));
  if (!row) throw notFound("Member");
  return row;
}

/** `GET /v1/users/{id}`: the member as the API shows it. */
export async function getMember({ ctx, id }: { ctx: Ctx; id: string }): Promise<MemberJson> {
  return serializeMember(await findMember(ctx, ctx.db, id));
}
