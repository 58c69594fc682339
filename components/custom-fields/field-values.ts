import type { CardJson, CustomFieldJson, CustomFieldOptionJson, MemberJson } from "@/lib/api-client/types";

export type FieldValue = CardJson["fields"][string];

/** "2026-04-17" as "Apr 17" (with the year when it is not this year), read as a calendar day. */
export function formatFieldDate(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  const day = new Date(y, m - 1, d);
  if (Number.isNaN(day.getTime())) return value;
  const thisYear = new Date().getFullYear() === y;
  return day.toLocaleDateString(undefined, { month: "short", day: "numeric", ...(thisYear ? {} : { year: "numeric" }) });
}

/** The options a value names, in the field's order (unknown ids dropped). */
export function chosenOptions(field: CustomFieldJson, value: FieldValue | undefined): CustomFieldOptionJson[] {
  if (value === undefined) return [];
  const ids = new Set(Array.isArray(value) ? value : [String(value)]);
  return field.options.filter((o) => ids.has(o.id));
}

/** A value as plain text (read-only views, titles): option names, the member's name, a date. */
export function fieldValueText(field: CustomFieldJson, value: FieldValue | undefined, membersById: Map<string, MemberJson>): string {
  if (value === undefined) return "";
  switch (field.type) {
    case "select":
    case "multi_select":
      return chosenOptions(field, value)
        .map((o) => o.name)
        .join(", ");
    case "user":
      return membersById.get(String(value))?.name ?? "Former member";
    case "date":
      return formatFieldDate(String(value));
    case "checkbox":
      return value === true ? "Yes" : "";
    case "number":
      return typeof value === "number" ? value.toLocaleString() : String(value);
    default:
      return String(value);
  }
}
