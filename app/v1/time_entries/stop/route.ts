import { route } from "@/lib/api/route";
import { TimeEntrySchema } from "@/lib/time-entries/schemas";
import { stopMyTimer } from "@/lib/time-entries/stop-timer";

export const POST = route(
  {
    permission: "time_entries.write",
    tag: "Time entries",
    summary: "Stop your running timer",
    description: "Whatever card it is on; 404 when none runs. Emits `time_entry.stopped`.",
    responses: { 200: TimeEntrySchema },
    errors: ["not_found"],
  },
  ({ ctx }) => stopMyTimer({ ctx }),
);
