import { route } from "@/lib/api/route";
import { StartTimerInput, TimeEntrySchema } from "@/lib/time-entries/schemas";
import { startTimer } from "@/lib/time-entries/start-timer";

export const POST = route(
  {
    permission: "time_entries.write",
    tag: "Time entries",
    summary: "Start a timer on a card",
    description:
      "One running timer per user and workspace: while one runs, this answers **409** naming it (stop it first). Emits `time_entry.started`.",
    body: StartTimerInput,
    responses: { 201: TimeEntrySchema },
    errors: ["not_found", "conflict"],
  },
  ({ ctx, body }) => startTimer({ ctx, input: body }),
);
