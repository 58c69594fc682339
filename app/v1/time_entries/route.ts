import { route } from "@/lib/api/route";
import { createTimeEntry } from "@/lib/time-entries/create-time-entry";
import { listTimeEntries } from "@/lib/time-entries/list-time-entries";
import { CreateTimeEntryInput, ListTimeEntriesQuery, SPAN_RULES, TimeEntryPage, TimeEntrySchema } from "@/lib/time-entries/schemas";

const tag = "Time entries";

export const GET = route(
  {
    permission: "time_entries.read",
    tag,
    summary: "List time entries",
    description:
      "Newest first. Filter by board, card, user, start date range (`from` inclusive, `to` exclusive; a date `to` includes that day) and `running`.",
    query: ListTimeEntriesQuery,
    responses: { 200: TimeEntryPage },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, query }) => listTimeEntries({ ctx, query }),
);

export const POST = route(
  {
    permission: "time_entries.write",
    tag,
    summary: "Record time by hand",
    description: `For the caller (or, for admins and owners, another member named by \`user_id\`), with \`ended_at\` or \`duration_seconds\`, optionally \`billable\`. ${SPAN_RULES} Emits \`time_entry.created\`.`,
    body: CreateTimeEntryInput,
    responses: { 201: TimeEntrySchema },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, body }) => createTimeEntry({ ctx, input: body }),
);
