import { route } from "@/lib/api/route";
import { exportTimeEntries } from "@/lib/time-entries/export-time-entries";
import { ExportQuery } from "@/lib/time-entries/schemas";

export const GET = route(
  {
    permission: "time_entries.read",
    tag: "Time entries",
    summary: "Export time entries as CSV",
    description: [
      "One row per finished entry (running timers excluded) matching the report's filters, oldest first, streamed.",
      "RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte order mark and a header row:",
      "`date,start,end,started_at_utc,duration_seconds,duration,hours,person,email,board,list,card,card_id,tags,note,billable,entry_id`.",
      "`date`, `start` and `end` are wall-clock times in `tz` (default UTC); `tags` are joined with `; `.",
      "A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so spreadsheets never run it as a formula.",
    ].join(" "),
    query: ExportQuery,
    responses: { 200: { schema: null, description: "The CSV file.", binary: "text/csv" } },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, query }) => exportTimeEntries({ ctx, query }),
);
