import { parseQuery } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { TotalsQuery } from "@/lib/time-entries/schemas";
import { timeTotals } from "@/lib/time-entries/time-totals";

// GET /v1/time_entries/totals – tracked time overall and per card or user (group_by)
export const GET = withApi(async ({ req, ctx }) => timeTotals({ ctx, query: parseQuery(req, TotalsQuery) }));
