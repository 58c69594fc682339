import type { CustomFieldJson, MemberJson } from "@/lib/api-client/types";
import type { FieldPicker } from "./board-filters-bar";

const dot = (color: string, label: string) => (
  <span className="flex items-center gap-2">
    <span className="size-2 rounded-full" style={{ backgroundColor: color }} aria-hidden />
    {label}
  </span>
);

/**
 * Filter pickers for the board's fields that have a short list of values: select and
 * multi-select (their live options), checkbox (ticked or not) and person (me, or a member).
 * Other types are filtered by typing (`field.estimate:>3`).
 */
export function fieldPickersOf(fields: readonly CustomFieldJson[], members: readonly MemberJson[], viewerId: string): FieldPicker[] {
  return fields.flatMap((field): FieldPicker[] => {
    switch (field.type) {
      case "select":
      case "multi_select":
        return [
          {
            name: field.name,
            options: field.options.filter((o) => !o.archived).map((o) => ({ value: o.name, label: dot(o.color, o.name) })),
          },
        ];
      case "checkbox":
        return [
          {
            name: field.name,
            options: [
              { value: "yes", label: "Ticked" },
              { value: "no", label: "Not ticked" },
            ],
            single: true,
          },
        ];
      case "user":
        return [
          {
            name: field.name,
            options: [
              { value: "me", label: "Me" },
              { value: "none", label: "Nobody" },
              ...members.filter((m) => m.id !== viewerId).map((m) => ({ value: m.email, label: m.name })),
            ],
          },
        ];
      default:
        return [];
    }
  });
}
