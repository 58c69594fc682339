import { describe, expect, it } from "vitest";
import type { CustomFieldJson, EventJson, MemberJson } from "@/lib/api-client/types";
import { describeEvent } from "@/components/card/describe-event";
import { chosenOptions, fieldValueText, formatFieldDate } from "./field-values";

const field = (type: CustomFieldJson["type"], extra: Partial<CustomFieldJson> = {}): CustomFieldJson => ({
  id: "fld_1",
  workspace_id: "ws",
  board_id: "b",
  name: "Priority",
  type,
  options: [],
  show_on_card: true,
  position: 0,
  created_at: "",
  updated_at: "",
  ...extra,
});
const options = [
  { id: "opt_a", name: "High", color: "#ef4444", archived: false },
  { id: "opt_b", name: "Low", color: "#22c55e", archived: true },
];
const members = new Map<string, MemberJson>([["usr_1", { id: "usr_1", name: "Ada Lovelace" } as MemberJson]]);

describe("custom field values as text", () => {
  it("names options in the field's order, archived ones included, unknown ids dropped", () => {
    const multi = field("multi_select", { options });
    expect(chosenOptions(multi, ["opt_b", "opt_x", "opt_a"]).map((o) => o.name)).toEqual(["High", "Low"]);
    expect(fieldValueText(multi, ["opt_b", "opt_a"], members)).toBe("High, Low");
    expect(fieldValueText(field("select", { options }), "opt_b", members)).toBe("Low");
    expect(chosenOptions(multi, undefined)).toEqual([]);
  });

  it("shows members by name, checkboxes, numbers and missing values", () => {
    expect(fieldValueText(field("user"), "usr_1", members)).toBe("Ada Lovelace");
    expect(fieldValueText(field("user"), "usr_gone", members)).toBe("Former member");
    expect(fieldValueText(field("checkbox"), true, members)).toBe("Yes");
    expect(fieldValueText(field("number"), 3, members)).toBe("3");
    expect(fieldValueText(field("text"), undefined, members)).toBe("");
    expect(fieldValueText(field("url"), "https://example.test/a", members)).toBe("https://example.test/a");
  });

  it("reads a date as a calendar day, with the year only when it is not this year", () => {
    const year = new Date().getFullYear();
    expect(formatFieldDate(`${year}-03-05`)).not.toContain(String(year));
    expect(formatFieldDate("1999-12-31")).toContain("1999");
    expect(formatFieldDate("1999-12-31")).toContain("31");
    expect(formatFieldDate("garbage")).toBe("garbage");
  });
});

describe("activity lines for custom fields", () => {
  const names = {
    listName: () => undefined,
    tagName: () => undefined,
    fieldName: (id: string) => (id === "fld_1" ? "Priority" : undefined),
  };
  const event = (type: string, data: object, changes: EventJson["changes"] = null) => ({ type, data, changes }) as unknown as EventJson;

  it("names a changed or cleared value by its field, and unknown fields generically", () => {
    const set = event("card.updated", { title: "T" }, { "fields.fld_1": { from: null, to: "opt_a" } });
    expect(describeEvent(set, names, false)).toBe("set “Priority”");
    const cleared = event("card.updated", { title: "T" }, { "fields.fld_1": { from: "opt_a", to: null } });
    expect(describeEvent(cleared, names, false)).toBe("cleared “Priority”");
    const gone = event("card.updated", { title: "T" }, { "fields.fld_9": { from: null, to: 3 } });
    expect(describeEvent(gone, names, false)).toBe("set a custom field");
  });

  it("describes field definitions being added, renamed and deleted", () => {
    expect(describeEvent(event("custom_field.created", { name: "Estimate" }), names)).toBe("added field “Estimate”");
    expect(describeEvent(event("custom_field.updated", { name: "Size" }, { name: { from: "Estimate", to: "Size" } }), names)).toBe(
      "renamed field “Estimate” to “Size”",
    );
    expect(describeEvent(event("custom_field.deleted", { name: "Size" }), names)).toBe("deleted field “Size”");
  });
});
