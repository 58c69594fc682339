import { describe, expect, it } from "vitest";
import { partLabels, pickedValues, removePart, setPickedValues } from "./edit-query";
import { parseFilter } from "./parse";
import { printFilter } from "./print";

const strip = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (key, value) => (key === "pos" ? undefined : value)));

describe("printFilter", () => {
  it.each([
    "tag:design",
    'list:"In review" -tag:blocked',
    "tag:a OR tag:b",
    "(tag:a OR tag:b) is:open",
    "NOT (is:done OR is:archived) word",
    '"exact phrase" due:<7d field.priority:high field.estimate:>=3',
    '"OR" "re-open" -"x y"',
    "a b OR c",
  ])("prints %s back to the same tree", (query) => {
    const tree = parseFilter(query)!;
    expect(strip(parseFilter(printFilter(tree)))).toEqual(strip(tree));
  });
});

describe("editing a query from pickers and chips", () => {
  it("adds, widens, narrows and removes a picker's part in place", () => {
    let q = "pay is:open";
    q = setPickedValues(q, { key: "tag" }, ["design"]);
    expect(q).toBe("pay is:open tag:design");
    q = setPickedValues(q, { key: "tag" }, ["design", "needs review"]);
    expect(q).toBe('pay is:open (tag:design OR tag:"needs review")');
    expect(pickedValues(q, { key: "tag" })).toEqual(["design", "needs review"]);
    q = setPickedValues(q, { key: "field", name: "priority" }, ["high"]);
    expect(q).toBe('pay is:open (tag:design OR tag:"needs review") field.priority:high');
    expect(pickedValues(q, { key: "field", name: "Priority" })).toEqual(["high"]);
    q = setPickedValues(q, { key: "tag" }, []);
    expect(q).toBe("pay is:open field.priority:high");
    expect(partLabels(q)).toEqual(["pay", "is:open", "field.priority:high"]);
    expect(removePart(q, 1)).toBe("pay field.priority:high");
  });

  it("leaves a query that does not parse alone, and does not take over mixed ORs", () => {
    expect(setPickedValues("tag:x (", { key: "tag" }, ["y"])).toBe("tag:x (");
    expect(pickedValues("tag:a OR is:done", { key: "tag" })).toEqual([]);
    expect(setPickedValues("tag:a OR is:done", { key: "tag" }, ["b"])).toBe("(tag:a OR is:done) tag:b");
    expect(partLabels("tag:x (")).toEqual([]);
  });

  it("keeps a comparison in a picker's value", () => {
    const q = setPickedValues("is:open", { key: "due" }, ["<7d"]);
    expect(q).toBe("is:open due:<7d");
    expect(pickedValues(q, { key: "due" })).toEqual(["<7d"]);
    expect(setPickedValues(q, { key: "due" }, ["overdue"])).toBe("is:open due:overdue");
  });
});
