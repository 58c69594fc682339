import { withApi } from "@/lib/api/with-api";
import { stopMyTimer } from "@/lib/time-entries/stop-timer";

// POST /v1/time_entries/stop – stop the caller's running timer, whichever card it is on
export const POST = withApi(async ({ ctx }) => stopMyTimer({ ctx }));
