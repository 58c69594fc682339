import { z } from "zod";
import { idOf } from "@/lib/core/fields";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";

/** A manual entry or an edit longer than this is almost certainly a typo (a stopped timer is not capped). */
export const MAX_ENTRY_SECONDS = 7 * 24 * 3600;
export const MAX_NOTE_LENGTH = 2000;

/** The span rules checkSpan enforces, as the API documents them. */
export const SPAN_RULES =
  "Times must lie between 2000-01-01 and now (5 minutes of clock skew allowed); the end must be after the start; one entry lasts at most 7 days.";

export const TimeEntrySchema = z
  .object({
    id: z.string(),
    card_id: z.string(),
    user_id: z.string(),
    user: z.object({ id: z.string(), name: z.string() }),
    started_at: z.string(),
    ended_at: z.string().nullable().meta({ description: "Null while the timer runs." }),
    duration_seconds: z.number().int().nullable().meta({ description: "Whole seconds from start to end; null while running." }),
    note: z.string(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "TimeEntry" });
export type TimeEntryJson = z.infer<typeof TimeEntrySchema>;

const cardId = idOf("card");
const instant = z.iso.datetime({ offset: true, error: "Must be an ISO-8601 date-time with a time zone, e.g. 2026-04-17T14:23:00Z." });
const duration = z
  .number()
  .int("duration_seconds must be a whole number.")
  .min(1, "duration_seconds must be positive.")
  .max(MAX_ENTRY_SECONDS, `duration_seconds must be at most ${MAX_ENTRY_SECONDS} (7 days).`);
const note = z.string().max(MAX_NOTE_LENGTH, `Note must be at most ${MAX_NOTE_LENGTH} characters.`);

export const StartTimerInput = z.strictObject({ card_id: cardId, note: note.optional() }).meta({ id: "StartTimerInput" });
export type StartTimerInput = z.infer<typeof StartTimerInput>;

const oneEnd = (v: { ended_at?: string; duration_seconds?: number }) => !(v.ended_at !== undefined && v.duration_seconds !== undefined);
const oneEndMessage = { message: "Send ended_at or duration_seconds, not both.", path: ["duration_seconds"] };

export const CreateTimeEntryInput = z
  .strictObject({
    card_id: cardId,
    started_at: instant,
    ended_at: instant.optional(),
    duration_seconds: duration.optional(),
    note: note.optional(),
  })
  .refine(oneEnd, oneEndMessage)
  .refine((v) => v.ended_at !== undefined || v.duration_seconds !== undefined, {
    message: "Send ended_at or duration_seconds (a running timer is started with POST /v1/time_entries/start).",
    path: ["ended_at"],
  })
  .meta({ id: "CreateTimeEntryInput" });
export type CreateTimeEntryInput = z.infer<typeof CreateTimeEntryInput>;

export const UpdateTimeEntryInput = z
  .strictObject({
    card_id: cardId.optional(),
    started_at: instant.optional(),
    ended_at: instant.optional(),
    duration_seconds: duration.optional(),
    note: note.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change.")
  .refine(oneEnd, oneEndMessage)
  .meta({ id: "UpdateTimeEntryInput" });
export type UpdateTimeEntryInput = z.infer<typeof UpdateTimeEntryInput>;

/** A date (the whole day, UTC) or a date-time. */
const dayOrInstant = z.union([instant, z.iso.date()], { error: "Must be a date (2026-04-17) or an ISO-8601 date-time." });
const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");

/** Filters shared by the list and the totals. */
export const TimeEntryFilters = z.object({
  board_id: idOf("board").optional(),
  card_id: cardId.optional(),
  user_id: idOf("user").optional(),
  from: dayOrInstant.optional().meta({ description: "Entries started at or after this instant (a date means its start, UTC)." }),
  to: dayOrInstant.optional().meta({ description: "Entries started before this instant; a date includes that whole day (UTC)." }),
});
export type TimeEntryFilters = z.infer<typeof TimeEntryFilters>;

export const ListTimeEntriesQuery = PaginationQuery.extend(TimeEntryFilters.shape).extend({ running: booleanQuery.optional() }).strict();
export type ListTimeEntriesQuery = z.infer<typeof ListTimeEntriesQuery>;

export const TotalsQuery = TimeEntryFilters.extend({
  group_by: z.enum(["card", "user"], { error: "group_by must be card or user." }).optional(),
}).strict();
export type TotalsQuery = z.infer<typeof TotalsQuery>;

export const TotalsSchema = z
  .object({
    group_by: z.enum(["card", "user"]).nullable(),
    total_seconds: z.number().int(),
    entry_count: z.number().int(),
    items: z.array(
      z.object({
        card_id: z.string().optional(),
        user_id: z.string().optional(),
        total_seconds: z.number().int(),
        entry_count: z.number().int(),
      }),
    ),
  })
  .meta({ id: "TimeTotals" });
export type TotalsJson = z.infer<typeof TotalsSchema>;

export const TimeEntryPage = pageOf(TimeEntrySchema, "TimeEntryPage");
