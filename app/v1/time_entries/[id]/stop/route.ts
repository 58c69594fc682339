import { withApi } from "@/lib/api/with-api";
import { stopTimer } from "@/lib/time-entries/stop-timer";

type Params = { id: string };

// POST /v1/time_entries/{id}/stop – stop a running timer
export const POST = withApi<Params>(async ({ ctx, params }) => stopTimer({ ctx, id: params.id }));
