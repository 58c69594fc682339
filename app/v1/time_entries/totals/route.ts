import { route } from "@/lib/api/route";
import { TotalsQuery, TotalsSchema } from "@/lib/time-entries/schemas";
import { timeTotals } from "@/lib/time-entries/time-totals";

export const GET = route(
  {
    permission: "time_entries.read",
    tag: "Time entries",
    summary: "Total tracked time",
    description:
      "Sum of finished entries (running timers excluded) matching the same filters as the list, overall and, with `group_by=card|user`, per card or per user (largest first, at most 1000 groups).",
    query: TotalsQuery,
    responses: { 200: TotalsSchema },
    errors: ["not_found", "forbidden"],
  },
  ({ ctx, query }) => timeTotals({ ctx, query }),
);
