import { route } from "@/lib/api/route";
import { ReportQuery, ReportSchema } from "@/lib/time-entries/schemas";
import { timeReport } from "@/lib/time-entries/time-report";

export const GET = route(
  {
    permission: "time_entries.read",
    tag: "Time entries",
    summary: "Time report",
    description: [
      "Finished entries (running timers excluded) summed in the database, overall and grouped by one or two of",
      "`user`, `board`, `card`, `tag`, `day`, `week` (ISO, from Monday), `month` (e.g. `group_by=user,day`).",
      "Days, weeks and months are those of each entry's start in `tz` (an IANA name, default UTC), which also places date-only `from`/`to`.",
      "An entry on a card with two tags counts under each tag, but once in `total_seconds`; untagged entries group under `tag_id: null`.",
      "Filters as on the list, plus `tag_id` and `billable`. At most 5000 groups (`truncated`).",
    ].join(" "),
    query: ReportQuery,
    responses: { 200: ReportSchema },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, query }) => timeReport({ ctx, query }),
);
