import { eq, isNotNull, ne, or, sql } from "drizzle-orm";
import { events } from "@/db/schema";
import { keysetPage } from "@/lib/core/keyset-page";
import type { Page } from "@/lib/core/pagination";
import { hasRole, requireBoardAccess, visibleBoards } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";
import type { EventJson, ListEventsQuery } from "./schemas";
import { serializeEvent } from "./serialize-event";

/**
 * The workspace's events, newest first (the activity feed). Board events are visible to anyone
 * who can see the board; workspace-level events (members, tokens, webhooks, sign-ins) only to
 * admins, since they reveal who holds access, and so is board.accessed (who read which board). A
 * board-restricted token sees its boards' events only.
 */
export function listEvents({ ctx, query }: { ctx: Ctx; query: ListEventsQuery }): Promise<Page<EventJson>> {
  if (query.board_id) requireBoardAccess(ctx, query.board_id);
  const admin = hasRole(ctx.caller.role, "admin");
  const filters = [
    eq(events.workspaceId, ctx.caller.workspaceId),
    query.board_id ? eq(events.boardId, query.board_id) : undefined,
    // Card events carry the card as `data`; comments, checklist items and time entries carry card_id.
    query.card_id ? or(sql`${events.data}->>'id' = ${query.card_id}`, sql`${events.data}->>'card_id' = ${query.card_id}`) : undefined,
    query.type ? eq(events.type, query.type) : undefined,
    // A restricted token's boards exclude workspace-level events (board_id null) by themselves.
    visibleBoards(ctx, events.boardId) ?? (admin ? undefined : isNotNull(events.boardId)),
    // Who opened which board is a security record, as sign-ins are: admins only.
    admin ? undefined : ne(events.type, "board.accessed"),
  ];
  return keysetPage(ctx.db, events, events.id, filters, query, serializeEvent);
}
