import { z } from "zod";
import { ID_PREFIXES, isIdOf, type IdKind } from "@/lib/ids";

/** A prefixed id of one kind; anything else is 400 before it reaches the database. */
export const idOf = (kind: IdKind) =>
  z.string().refine((value) => isIdOf(kind, value), `Expected a ${ID_PREFIXES[kind]}_… id.`);

/** A target 0-based index; larger than the list means the end. */
export const position = z.number().int("Position must be a whole number.").min(0, "Position must be 0 or more.").max(1_000_000);

/** ISO-8601 date-time with a zone ("2026-04-17T14:23:00Z"), parsed to a Date. */
export const isoDateTime = z.iso
  .datetime({ offset: true, message: "Expected an ISO-8601 date-time with a time zone, e.g. 2026-04-17T14:23:00Z." })
  .transform((value) => new Date(value));
