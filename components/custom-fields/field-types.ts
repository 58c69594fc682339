import { Calendar, CheckSquare, CircleDot, Hash, Link2, ListChecks, Type, User, type LucideIcon } from "lucide-react";
import type { CustomFieldType } from "@/lib/api-client/types";

/** Each field type's name in the UI and its icon, in the order the "Add field" picker lists them. */
export const FIELD_TYPES: { type: CustomFieldType; label: string; icon: LucideIcon }[] = [
  { type: "text", label: "Text", icon: Type },
  { type: "number", label: "Number", icon: Hash },
  { type: "date", label: "Date", icon: Calendar },
  { type: "checkbox", label: "Checkbox", icon: CheckSquare },
  { type: "select", label: "Select", icon: CircleDot },
  { type: "multi_select", label: "Multi-select", icon: ListChecks },
  { type: "user", label: "Person", icon: User },
  { type: "url", label: "URL", icon: Link2 },
];

export const fieldTypeInfo = (type: CustomFieldType) => FIELD_TYPES.find((t) => t.type === type) ?? FIELD_TYPES[0];

export const hasOptions = (type: CustomFieldType) => type === "select" || type === "multi_select";

/** The option colours offered (the tag palette, so a board's colours match). */
export const OPTION_COLORS = ["#ef4444", "#f97316", "#eab308", "#22c55e", "#14b8a6", "#3b82f6", "#8b5cf6", "#ec4899", "#64748b"];

export const COLOR_NAMES: Record<string, string> = {
  "#ef4444": "Red",
  "#f97316": "Orange",
  "#eab308": "Yellow",
  "#22c55e": "Green",
  "#14b8a6": "Teal",
  "#3b82f6": "Blue",
  "#8b5cf6": "Violet",
  "#ec4899": "Pink",
  "#64748b": "Slate",
};

/** The colour for the n-th option added: the palette in turn. */
export const nextColor = (n: number) => OPTION_COLORS[n % OPTION_COLORS.length];
