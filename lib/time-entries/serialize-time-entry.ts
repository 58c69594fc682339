import type { TimeEntry } from "@/db/schema";
import type { TimeEntryJson } from "./schemas";

export type TimeEntryRow = { entry: TimeEntry; userName: string };

export function durationSeconds(startedAt: Date, endedAt: Date): number {
  return Math.floor((endedAt.getTime() - startedAt.getTime()) / 1000);
}

export function serializeTimeEntry({ entry, userName }: TimeEntryRow): TimeEntryJson {
  return {
    id: entry.id,
    card_id: entry.cardId,
    user_id: entry.userId,
    user: { id: entry.userId, name: userName },
    started_at: entry.startedAt.toISOString(),
    ended_at: entry.endedAt ? entry.endedAt.toISOString() : null,
    duration_seconds: entry.endedAt ? durationSeconds(entry.startedAt, entry.endedAt) : null,
    note: entry.note,
    billable: entry.billable,
    created_at: entry.createdAt.toISOString(),
    updated_at: entry.updatedAt.toISOString(),
  };
}
