import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardFieldValues, customFields, memberships, type CustomField } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";

/** What the caller asked per field id: a value, or null to clear. */
export type FieldValuesInput = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 10_000;
const MAX_URL = 2_000;

type Checked = { field: CustomField; value: unknown | null };

const bad = (field: CustomField, message: string) =>
  invalidRequest(`Field "${field.name}" (${field.type}): ${message}`, [{ field: `fields.${field.id}`, message }]);

/**
 * One value checked against its field's type, normalized to what is stored; null means "no value"
 * (also an empty text, an empty multi_select and an unticked checkbox: a field without a value is
 * absent from the card). Option and user references are checked by `checkReferences`.
 */
function normalize(field: CustomField, raw: unknown, previous: unknown): unknown | null {
  if (raw === null) return null;
  switch (field.type) {
    case "text":
      if (typeof raw !== "string") throw bad(field, "expected a string.");
      if (raw.length > MAX_TEXT) throw bad(field, `at most ${MAX_TEXT} characters.`);
      return raw === "" ? null : raw;
    case "url": {
      if (typeof raw !== "string") throw bad(field, "expected a URL string.");
      if (raw === "") return null;
      if (raw.length > MAX_URL) throw bad(field, `at most ${MAX_URL} characters.`);
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw bad(field, "expected an absolute http(s) URL.");
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw bad(field, "expected an http or https URL.");
      return raw;
    }
    case "number":
      if (typeof raw !== "number" || !Number.isFinite(raw)) throw bad(field, "expected a number.");
      if (Math.abs(raw) > 1e15) throw bad(field, "must be between -1e15 and 1e15.");
      return raw;
    case "date": {
      if (typeof raw !== "string" || !DATE.test(raw)) throw bad(field, "expected a date as YYYY-MM-DD.");
      const day = new Date(`${raw}T00:00:00Z`);
      if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== raw) throw bad(field, `${raw} is not a calendar date.`);
      return raw;
    }
    case "checkbox":
      if (typeof raw !== "boolean") throw bad(field, "expected true or false.");
      return raw ? true : null;
    case "select": {
      if (typeof raw !== "string") throw bad(field, "expected an option id.");
      requireOption(field, raw, previous === raw);
      return raw;
    }
    case "multi_select": {
      if (!Array.isArray(raw) || raw.some((v) => typeof v !== "string")) throw bad(field, "expected an array of option ids.");
      const ids = raw as string[];
      if (new Set(ids).size !== ids.length) throw bad(field, "each option may appear once.");
      const kept = new Set(Array.isArray(previous) ? (previous as string[]) : []);
      for (const id of ids) requireOption(field, id, kept.has(id));
      // Stored in the field's option order, so equal sets compare equal.
      const order = field.options.map((o) => o.id);
      return ids.length === 0 ? null : [...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    }
    case "user":
      if (typeof raw !== "string") throw bad(field, "expected a user id.");
      return raw;
  }
}

/** An option of the field; an archived one only when the card already has it. */
function requireOption(field: CustomField, id: string, alreadySet: boolean): void {
  const option = field.options.find((o) => o.id === id);
  if (!option) throw bad(field, `${id} is not one of its options.`);
  if (option.archived && !alreadySet) throw bad(field, `option "${option.name}" is archived.`);
}

/**
 * Checks `input` (field id → value) for a card of `boardId` and writes it: each id must be a field
 * of that board, each value of its type, each user a workspace member. Returns whether anything
 * changed. The card's JSON (`fields`) is read back by the caller, which also records the events.
 */
export async function writeFieldValues(
  tx: Tx,
  card: { id: string; boardId: string; workspaceId: string },
  input: FieldValuesInput,
  current: Record<string, unknown>,
): Promise<boolean> {
  const ids = Object.keys(input);
  if (ids.length === 0) return false;
  const fields = await tx
    .select()
    .from(customFields)
    .where(and(eq(customFields.boardId, card.boardId), inArray(customFields.id, ids)));
  const byId = new Map(fields.map((f) => [f.id, f]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    throw invalidRequest(
      `Not fields of this card's board: ${unknown.join(", ")}.`,
      unknown.map((id) => ({ field: `fields.${id}`, message: "Not a field of this card's board." })),
    );
  const checked: Checked[] = ids.map((id) => ({ field: byId.get(id)!, value: normalize(byId.get(id)!, input[id], current[id]) }));
  await checkUsers(tx, card.workspaceId, checked);

  let changed = false;
  for (const { field, value } of checked) {
    if (JSON.stringify(value ?? null) === JSON.stringify(current[field.id] ?? null)) continue;
    changed = true;
    if (value === null) {
      await tx.delete(cardFieldValues).where(and(eq(cardFieldValues.cardId, card.id), eq(cardFieldValues.fieldId, field.id)));
    } else {
      await tx
        .insert(cardFieldValues)
        .values({ cardId: card.id, fieldId: field.id, value })
        .onConflictDoUpdate({ target: [cardFieldValues.cardId, cardFieldValues.fieldId], set: { value } });
    }
  }
  return changed;
}

/** A user field's value must be a member of the card's workspace. */
async function checkUsers(tx: Tx, workspaceId: string, checked: Checked[]): Promise<void> {
  const wanted = checked.filter((c) => c.field.type === "user" && c.value !== null);
  if (wanted.length === 0) return;
  const ids = [...new Set(wanted.map((c) => c.value as string))];
  const found = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, ids)));
  const members = new Set(found.map((m) => m.userId));
  const stranger = wanted.find((c) => !members.has(c.value as string));
  if (stranger) throw bad(stranger.field, `${String(stranger.value)} is not a member of the workspace.`);
}
