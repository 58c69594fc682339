import { parseBody } from "@/lib/api/parse";
import { withApi } from "@/lib/api/with-api";
import { deleteTimeEntry } from "@/lib/time-entries/delete-time-entry";
import { findTimeEntry } from "@/lib/time-entries/find-time-entry";
import { UpdateTimeEntryInput } from "@/lib/time-entries/schemas";
import { serializeTimeEntry } from "@/lib/time-entries/serialize-time-entry";
import { updateTimeEntry } from "@/lib/time-entries/update-time-entry";

type Params = { id: string };

// GET /v1/time_entries/{id} – get a time entry
export const GET = withApi<Params>(async ({ ctx, params }) => serializeTimeEntry(await findTimeEntry(ctx, ctx.db, params.id)));

// PATCH /v1/time_entries/{id} – correct a time entry (own; admins any)
export const PATCH = withApi<Params>(async ({ req, ctx, params }) =>
  updateTimeEntry({ ctx, id: params.id, input: await parseBody(req, UpdateTimeEntryInput) }),
);

// DELETE /v1/time_entries/{id} – delete a time entry (own; admins any)
export const DELETE = withApi<Params>(async ({ ctx, params }) => deleteTimeEntry({ ctx, id: params.id }));
