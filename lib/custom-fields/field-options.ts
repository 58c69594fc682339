import type { CustomFieldOption, CustomFieldType } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { newId } from "@/lib/ids";

type OptionInput = { id?: string; name: string; color: string; archived?: boolean };

export const hasOptions = (type: CustomFieldType) => type === "select" || type === "multi_select";

/**
 * The options a field will have after a create or update: new entries get ids, entries with an id
 * change that option, and every existing option must still be listed (options are archived,
 * never removed, so cards that carry one never point at nothing).
 */
export function nextOptions(type: CustomFieldType, current: CustomFieldOption[], input: OptionInput[] | undefined): CustomFieldOption[] {
  if (input === undefined) return current;
  if (!hasOptions(type)) {
    if (input.length === 0) return [];
    throw invalidRequest(`A ${type} field has no options.`, [
      { field: "options", message: "Only select and multi_select fields have options." },
    ]);
  }
  const known = new Map(current.map((o) => [o.id, o]));
  const next = input.map((o, index) => {
    if (o.id !== undefined && !known.has(o.id))
      throw invalidRequest(`Option ${o.id} is not an option of this field.`, [
        { field: `options.${index}.id`, message: "Unknown option id." },
      ]);
    return { id: o.id ?? newId("fieldOption"), name: o.name, color: o.color, archived: o.archived ?? false };
  });
  const listed = new Set(next.map((o) => o.id));
  const dropped = current.filter((o) => !listed.has(o.id));
  if (dropped.length > 0)
    throw invalidRequest(
      `Options are archived, not removed: list ${dropped.map((o) => `"${o.name}"`).join(", ")} again (with "archived": true to retire it).`,
      [{ field: "options", message: `Missing existing options: ${dropped.map((o) => o.id).join(", ")}.` }],
    );
  return next;
}
