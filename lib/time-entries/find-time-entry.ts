import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { cards, timeEntries, users } from "@/db/schema";
import { forbidden, notFound } from "@/lib/core/errors";
import { isIdOf } from "@/lib/ids";
import { canSeeBoard, hasRole } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { TimeEntryJson } from "./schemas";
import { serializeTimeEntry, type TimeEntryRow } from "./serialize-time-entry";

export type FoundTimeEntry = TimeEntryRow & { boardId: string };

const columns = { entry: timeEntries, userName: users.name, boardId: cards.boardId };

/** A time entry of the caller's workspace, with its user's name and its card's board. */
export async function findTimeEntry(ctx: Ctx, db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<FoundTimeEntry> {
  if (!isIdOf("timeEntry", id)) throw notFound("Time entry");
  const query = db
    .select(columns)
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .where(and(eq(timeEntries.id, id), eq(timeEntries.workspaceId, ctx.caller.workspaceId)));
  const [row] = options.forUpdate ? await query.for("update", { of: timeEntries }) : await query;
  if (!row || !canSeeBoard(ctx, row.boardId)) throw notFound("Time entry");
  return row;
}

/** `GET /v1/time_entries/{id}`: the entry as the API shows it. */
export async function getTimeEntry({ ctx, id }: { ctx: Ctx; id: string }): Promise<TimeEntryJson> {
  return serializeTimeEntry(await findTimeEntry(ctx, ctx.db, id));
}

/** The caller's running timer in this workspace, if any (whatever board it is on). */
export async function findRunningEntry(ctx: Ctx, db: DbOrTx, options: { forUpdate?: boolean } = {}): Promise<FoundTimeEntry | undefined> {
  const query = db
    .select(columns)
    .from(timeEntries)
    .innerJoin(cards, eq(cards.id, timeEntries.cardId))
    .innerJoin(users, eq(users.id, timeEntries.userId))
    .where(
      and(eq(timeEntries.workspaceId, ctx.caller.workspaceId), eq(timeEntries.userId, ctx.caller.user.id), isNull(timeEntries.endedAt)),
    );
  const [row] = options.forUpdate ? await query.for("update", { of: timeEntries }) : await query;
  return row;
}

/** People change their own time; admins and owners may correct anyone's. */
export function requireOwnEntryOrAdmin(ctx: Ctx, found: FoundTimeEntry, action: string): void {
  if (found.entry.userId === ctx.caller.user.id || hasRole(ctx.caller.role, "admin")) return;
  throw forbidden(`Only the entry's own user or an admin or owner can ${action} it; your role is ${ctx.caller.role}.`);
}
