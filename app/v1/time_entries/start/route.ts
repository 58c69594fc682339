import { parseBody } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { StartTimerInput } from "@/lib/time-entries/schemas";
import { startTimer } from "@/lib/time-entries/start-timer";

// POST /v1/time_entries/start – start the caller's timer on a card (409 while another runs)
export const POST = withApi(async ({ req, ctx }) => created(await startTimer({ ctx, input: await parseBody(req, StartTimerInput) })));
