import { and, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { events } from "@/db/schema";
import { decodeCursor, toPage, type Page } from "@/lib/core/pagination";
import { hasRole, requireBoardAccess } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { EventJson, ListEventsQuery } from "./schemas";
import { serializeEvent } from "./serialize-event";

/**
 * The workspace's events, newest first (the activity feed). Board events are visible to anyone
 * who can see the board; workspace-level events (members, tokens, webhooks, sign-ins) only to
 * admins, since they reveal who holds access. A board-restricted token sees its boards' events only.
 */
export async function listEvents({ ctx, query }: { ctx: Ctx; query: ListEventsQuery }): Promise<Page<EventJson>> {
  const filters: SQL[] = [eq(events.workspaceId, ctx.caller.workspaceId)];
  const after = decodeCursor(query.cursor);
  if (after) filters.push(lt(events.id, after));
  if (query.board_id) {
    requireBoardAccess(ctx, query.board_id);
    filters.push(eq(events.boardId, query.board_id));
  }
  if (query.card_id) {
    // Card events carry the card as `data`; comments, checklist items and time entries carry card_id.
    filters.push(or(sql`${events.data}->>'id' = ${query.card_id}`, sql`${events.data}->>'card_id' = ${query.card_id}`)!);
  }
  if (query.type) filters.push(eq(events.type, query.type));
  const restricted = ctx.caller.token?.boardIds;
  if (restricted) filters.push(inArray(events.boardId, restricted.length ? restricted : [""]));
  else if (!hasRole(ctx.caller.role, "admin")) filters.push(isNotNull(events.boardId));
  const rows = await ctx.db
    .select()
    .from(events)
    .where(and(...filters))
    .orderBy(desc(events.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, serializeEvent);
}
