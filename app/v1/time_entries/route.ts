import { parseBody, parseQuery } from "@/lib/api/parse";
import { created } from "@/lib/api/respond";
import { withApi } from "@/lib/api/with-api";
import { createTimeEntry } from "@/lib/time-entries/create-time-entry";
import { listTimeEntries } from "@/lib/time-entries/list-time-entries";
import { CreateTimeEntryInput, ListTimeEntriesQuery } from "@/lib/time-entries/schemas";

// GET /v1/time_entries – list time entries, newest first, with filters
export const GET = withApi(async ({ req, ctx }) => listTimeEntries({ ctx, query: parseQuery(req, ListTimeEntriesQuery) }));

// POST /v1/time_entries – record finished work by hand
export const POST = withApi(async ({ req, ctx }) => created(await createTimeEntry({ ctx, input: await parseBody(req, CreateTimeEntryInput) })));
