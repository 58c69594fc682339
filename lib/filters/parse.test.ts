import { describe, expect, it } from "vitest";
import { FilterSyntaxError } from "./errors";
import { parseFilter } from "./parse";
import { checkTerms } from "./terms";

const errorOf = (q: string) => {
  try {
    parseFilter(q);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error.message;
    throw error;
  }
  throw new Error(`parsed: ${q}`);
};

describe("parseFilter", () => {
  it("reads every kind of term", () => {
    expect(parseFilter('tag:design assignee:me due:<7d list:"In review" -tag:blocked "exact phrase" free')).toEqual({
      kind: "and",
      children: [
        { kind: "term", key: "tag", op: "=", value: "design", pos: 1 },
        { kind: "term", key: "assignee", op: "=", value: "me", pos: 12 },
        { kind: "term", key: "due", op: "<", value: "7d", pos: 24 },
        { kind: "term", key: "list", op: "=", value: "In review", pos: 32 },
        { kind: "not", pos: 49, child: { kind: "term", key: "tag", op: "=", value: "blocked", pos: 50 } },
        { kind: "text", value: "exact phrase", phrase: true, pos: 62 },
        { kind: "text", value: "free", phrase: false, pos: 77 },
      ],
    });
  });

  it("gives OR a lower precedence than juxtaposition, and parentheses group", () => {
    expect(parseFilter("a b OR c")).toMatchObject({ kind: "or", children: [{ kind: "and" }, { kind: "text", value: "c" }] });
    expect(parseFilter("a (b OR c)")).toMatchObject({ kind: "and", children: [{ kind: "text" }, { kind: "or" }] });
    expect(parseFilter("NOT (is:done OR is:archived)")).toMatchObject({ kind: "not", child: { kind: "or" } });
    expect(parseFilter("a AND b")).toMatchObject({ kind: "and", children: [{ value: "a" }, { value: "b" }] });
  });

  it("keeps lower-case or/and/not, hyphenated words and colons inside words as text", () => {
    expect(parseFilter("rock or roll")).toMatchObject({ kind: "and", children: [{ value: "rock" }, { value: "or" }, { value: "roll" }] });
    expect(parseFilter("re-open 10:30 - x")).toMatchObject({
      kind: "and",
      children: [{ value: "re-open" }, { value: "10:30" }, { value: "-" }, { value: "x" }],
    });
  });

  it("keeps dotted keys apart for custom fields", () => {
    expect(parseFilter("field.estimate:>3")).toEqual({ kind: "term", key: "field", name: "estimate", op: ">", value: "3", pos: 1 });
    expect(parseFilter("milestone:Beta")).toMatchObject({ key: "milestone", value: "Beta" });
  });

  it("answers an empty query with null", () => {
    expect(parseFilter("")).toBeNull();
    expect(parseFilter("   ")).toBeNull();
  });

  it.each([
    ['tag:"open', "Unterminated quote at position 5"],
    ["(tag:x", 'Missing ")" for "(" at position 1 at position 7'],
    ["tag:x)", 'Unmatched ")" at position 6'],
    ["()", "Empty parentheses at position 1"],
    ["a OR", "Expected a term after OR at position 5"],
    ["OR a", 'Unexpected "OR" at position 1'],
    ["a AND OR b", "Expected a term after AND at position 7"],
    ["NOT", "Expected a term after NOT at position 4"],
    ["tag: x", 'Missing value after "tag:" at position 1'],
    ['""', "Empty phrase at position 1"],
    ["a (b OR ) c", "Expected a term after OR at position 9"],
  ])("refuses %j: %s", (q, message) => {
    expect(errorOf(q)).toBe(message);
  });

  it("refuses overlong and over-nested queries", () => {
    expect(errorOf("x".repeat(1001))).toMatch(/longer than 1000/);
    expect(errorOf("(".repeat(30) + "a" + ")".repeat(30))).toMatch(/nested deeper than 20 at position 21/);
  });
});

describe("checkTerms", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const messages = (q: string) => checkTerms(parseFilter(q), now).map((e) => e.message);

  it("accepts the known terms", () => {
    expect(
      messages("tag:x assignee:me due:<7d due:>=2w due:overdue due:none due:2026-12-31 due:<2026-12-31 is:open is:done is:archived list:y"),
    ).toEqual([]);
  });

  it("names unknown keys and bad values with their positions", () => {
    const known = "(known: tag:, assignee:, due:, is:, list:, milestone:, sprint:, field.<name>:)";
    expect(messages("colour:red field:high priority:Beta tag.x:y milestone:Beta sprint:none")).toEqual([
      `Unknown filter "colour:" ${known} at position 1`,
      `Unknown filter "field:" ${known} at position 12`,
      `Unknown filter "priority:" ${known} at position 23`,
      `Unknown filter "tag.x:" ${known} at position 37`,
    ]);
    expect(messages("field.priority:high field.estimate:>3 field.due:<=2026-12-31 field.when:>7d field.done:no")).toEqual([]);
    expect(messages("field.priority:>high")).toEqual([
      "field.priority:>high compares with a number or a date (such as >3, <2026-12-31 or <7d) at position 1",
    ]);
    expect(messages("x is:closed")).toEqual(["is:closed is unknown (use is:open, is:done, is:archived) at position 3"]);
    expect(messages("due:soon")[0]).toMatch(/^due:soon is not a due filter .* at position 1$/);
    expect(messages("due:7d")[0]).toMatch(/at position 1$/);
    expect(messages("due:2026-02-30")[0]).toMatch(/not a due filter/);
    expect(messages("tag:<x")).toEqual(['tag: does not compare with "<" at position 1']);
  });
});
