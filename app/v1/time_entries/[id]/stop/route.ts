import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { TimeEntrySchema } from "@/lib/time-entries/schemas";
import { stopTimer } from "@/lib/time-entries/stop-timer";

export const POST = route(
  {
    permission: "time_entries.write",
    tag: "Time entries",
    summary: "Stop a running timer",
    description: "Your own (admins and owners: anyone's); 409 when it already stopped. Emits `time_entry.stopped`.",
    params: idParams("timeEntry"),
    responses: { 200: TimeEntrySchema },
    errors: ["conflict"],
  },
  ({ ctx, params }) => stopTimer({ ctx, id: params.id }),
);
