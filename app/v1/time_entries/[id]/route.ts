import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { deleteTimeEntry } from "@/lib/time-entries/delete-time-entry";
import { getTimeEntry } from "@/lib/time-entries/find-time-entry";
import { SPAN_RULES, TimeEntrySchema, UpdateTimeEntryInput } from "@/lib/time-entries/schemas";
import { updateTimeEntry } from "@/lib/time-entries/update-time-entry";

const tag = "Time entries";
const params = idParams("timeEntry");

export const GET = route(
  { permission: "time_entries.read", tag, summary: "Get a time entry", params, responses: { 200: TimeEntrySchema } },
  ({ ctx, params }) => getTimeEntry({ ctx, id: params.id }),
);

export const PATCH = route(
  {
    permission: "time_entries.write",
    tag,
    summary: "Correct a time entry",
    description: `Your own (admins and owners: anyone's). \`duration_seconds\` sets the end from the start. A running entry's end cannot be set (409). ${SPAN_RULES} Emits \`time_entry.updated\` with \`changes\`.`,
    params,
    body: UpdateTimeEntryInput,
    responses: { 200: TimeEntrySchema },
    errors: ["conflict"],
  },
  ({ ctx, params, body }) => updateTimeEntry({ ctx, id: params.id, input: body }),
);

export const DELETE = route(
  {
    permission: "time_entries.write",
    tag,
    summary: "Delete a time entry",
    description: "Your own (admins and owners: anyone's). Emits `time_entry.deleted` with the last state.",
    params,
    responses: { 204: null },
  },
  ({ ctx, params }) => deleteTimeEntry({ ctx, id: params.id }),
);
