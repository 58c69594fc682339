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
    billable: z.boolean().meta({ description: "Work to invoice; false unless set." }),
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

const billable = z.boolean({ error: "billable must be true or false." });

export const StartTimerInput = z
  .strictObject({ card_id: cardId, note: note.optional(), billable: billable.optional() })
  .meta({ id: "StartTimerInput" });
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
    billable: billable.optional(),
    user_id: idOf("user")
      .optional()
      .meta({ description: "Whose time it is (default: the caller). Another member's time can be logged by admins and owners only." }),
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
    billable: billable.optional(),
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
  tag_id: idOf("tag").optional().meta({ description: "Entries on cards that carry this tag." }),
  billable: booleanQuery.optional().meta({ description: "`true`: billable entries only; `false`: non-billable only." }),
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

export const REPORT_DIMENSIONS = ["user", "board", "card", "tag", "day", "week", "month"] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
export const TIME_DIMENSIONS: readonly ReportDimension[] = ["day", "week", "month"];

/** Whether the name is an IANA time zone both this server and the database understand. */
export function isTimeZone(name: string): boolean {
  // Letters, digits, "_", "+", "-" and "/" only: the name reaches SQL as a bound parameter anyway.
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(name) || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const timeZone = z.string().refine(isTimeZone, { error: "tz must be an IANA time zone name such as Europe/Berlin or UTC." }).meta({
  description: "IANA time zone for days, weeks and months and for date-only `from`/`to` (default UTC).",
  example: "Europe/Berlin",
});

const groupBy = z
  .string()
  .transform((value, c) => {
    const parts = value.split(",").map((p) => p.trim());
    const bad = parts.filter((p) => !(REPORT_DIMENSIONS as readonly string[]).includes(p));
    if (bad.length > 0 || parts.length > 2 || new Set(parts).size !== parts.length) {
      c.addIssue({ code: "custom", message: `group_by must be one or two distinct of ${REPORT_DIMENSIONS.join(", ")}, comma-separated.` });
      return z.NEVER;
    }
    return parts as ReportDimension[];
  })
  .meta({ description: `One or two of ${REPORT_DIMENSIONS.join(", ")}, comma-separated (e.g. \`user,day\`).`, example: "user,day" });

/** The report's filters: the list's, a time zone, and the grouping. */
export const ReportQuery = TimeEntryFilters.extend({ tz: timeZone.optional(), group_by: groupBy.optional() }).strict();
export type ReportQuery = z.infer<typeof ReportQuery>;

/** The CSV export's filters: the report's, without a grouping. */
export const ExportQuery = TimeEntryFilters.extend({ tz: timeZone.optional() }).strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

export const ReportGroupSchema = z
  .object({
    user_id: z.string().optional(),
    user_name: z.string().optional(),
    board_id: z.string().optional(),
    board_name: z.string().optional(),
    card_id: z.string().optional(),
    card_title: z.string().optional(),
    tag_id: z.string().nullable().optional().meta({ description: "Null for entries on untagged cards." }),
    tag_name: z.string().nullable().optional(),
    day: z.string().optional().meta({ description: "YYYY-MM-DD in the report's time zone." }),
    week: z.string().optional().meta({ description: "The Monday (YYYY-MM-DD) starting the ISO week, in the report's time zone." }),
    month: z.string().optional().meta({ description: "YYYY-MM in the report's time zone." }),
    total_seconds: z.number().int(),
    entry_count: z.number().int(),
  })
  .meta({ id: "TimeReportGroup" });
export type ReportGroupJson = z.infer<typeof ReportGroupSchema>;

export const ReportSchema = z
  .object({
    group_by: z.array(z.enum(REPORT_DIMENSIONS)),
    tz: z.string(),
    from: z.string().nullable().meta({ description: "The first instant counted (ISO), null when open." }),
    to: z.string().nullable().meta({ description: "The instant after the last counted (ISO), null when open." }),
    total_seconds: z.number().int().meta({ description: "Every matching finished entry once (an entry with two tags counts once here)." }),
    entry_count: z.number().int(),
    items: z.array(ReportGroupSchema),
    truncated: z.boolean().meta({ description: "True when there were more groups than the 5000 returned." }),
  })
  .meta({ id: "TimeReport" });
export type ReportJson = z.infer<typeof ReportSchema>;
