import { z } from "zod";
import { ID_PREFIXES, idPattern, type IdKind } from "@/lib/ids";

/**
 * A prefixed id of one kind, the one validator for ids in bodies, queries and paths: anything
 * else is refused (400 in a body or query, 404 in a path) before it reaches the database.
 */
export const idOf = (kind: IdKind) => z.string().regex(idPattern(kind), `Expected a ${ID_PREFIXES[kind]}_… id.`);

/** Path parameters `{ id }` of one kind. */
export const idParams = (kind: IdKind) => z.object({ id: idOf(kind).meta({ description: `The ${ID_PREFIXES[kind]}_… id.` }) });

/** A target 0-based index; larger than the list means the end. */
export const position = z.number().int("Position must be a whole number.").min(0, "Position must be 0 or more.").max(1_000_000);

/** ISO-8601 date-time with a zone ("2026-04-17T14:23:00Z"), parsed to a Date. */
export const isoDateTime = z.iso
  .datetime({ offset: true, message: "Expected an ISO-8601 date-time with a time zone, e.g. 2026-04-17T14:23:00Z." })
  .transform((value) => new Date(value));
