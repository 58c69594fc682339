import type { Comparison, FilterNode, TermNode } from "./ast";
import { termsOf } from "./ast";
import { FilterSyntaxError } from "./errors";
import { fieldValueForms } from "./field-terms";

/**
 * What each term key means, checked before anything reaches the database. New keys are added
 * here and in compile.ts; until then they are unknown. `field` needs a name (`field.priority:`).
 */
export const TERM_KEYS = ["tag", "assignee", "due", "is", "list", "milestone", "sprint", "field"] as const;
export const IS_VALUES = ["open", "done", "archived"] as const;

export type DueBound =
  | { kind: "none" }
  | { kind: "overdue" }
  | { kind: "compare"; op: Exclude<Comparison, "=">; at: Date }
  | { kind: "day"; from: Date; to: Date };

const RELATIVE = /^(\d{1,4})([hdw])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/** `due:` values: overdue, none, <7d / >2w / <=24h (from now), or a date (<2026-12-31, 2026-12-31). */
export function dueBound(term: TermNode, now: Date): DueBound {
  const value = term.value.toLowerCase();
  const bad = () =>
    new FilterSyntaxError(
      `due:${term.op === "=" ? "" : term.op}${term.value} is not a due filter (use overdue, none, <7d, >2w, <=24h or a date such as 2026-12-31)`,
      term.pos,
    );
  if (term.op === "=" && (value === "none" || value === "overdue")) return { kind: value };
  const relative = RELATIVE.exec(value);
  if (relative && term.op !== "=") {
    const at = new Date(now.getTime() + Number(relative[1]) * UNIT_MS[relative[2] as keyof typeof UNIT_MS]);
    return { kind: "compare", op: term.op, at };
  }
  if (DATE.test(value)) {
    const from = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(from.getTime()) || from.toISOString().slice(0, 10) !== value) throw bad();
    const to = new Date(from.getTime() + UNIT_MS.d);
    if (term.op === "=") return { kind: "day", from, to };
    // "<2026-12-31" is before that day begins; "<=" includes the day, and so on.
    const at = term.op === "<" || term.op === ">=" ? from : to;
    return { kind: "compare", op: term.op === "<=" ? "<" : term.op === ">=" ? ">=" : term.op === ">" ? ">=" : "<", at };
  }
  throw bad();
}

/** Every problem of a parsed tree's terms (unknown keys, bad values), in query order. */
export function checkTerms(tree: FilterNode | null, now: Date): FilterSyntaxError[] {
  const errors: FilterSyntaxError[] = [];
  for (const term of termsOf(tree)) {
    const shown = term.name ? `${term.key}.${term.name}` : term.key;
    const named = term.key === "field";
    if (!(TERM_KEYS as readonly string[]).includes(term.key) || Boolean(term.name) !== named) {
      errors.push(
        new FilterSyntaxError(
          `Unknown filter "${shown}:" (known: ${TERM_KEYS.map((k) => (k === "field" ? "field.<name>:" : `${k}:`)).join(", ")})`,
          term.pos,
        ),
      );
      continue;
    }
    if (named) {
      try {
        fieldValueForms(term, now);
      } catch (error) {
        errors.push(error as FilterSyntaxError);
      }
      continue;
    }
    if (term.key !== "due" && term.op !== "=") {
      errors.push(new FilterSyntaxError(`${term.key}: does not compare with "${term.op}"`, term.pos));
      continue;
    }
    if (term.key === "is" && !(IS_VALUES as readonly string[]).includes(term.value.toLowerCase())) {
      errors.push(new FilterSyntaxError(`is:${term.value} is unknown (use ${IS_VALUES.map((v) => `is:${v}`).join(", ")})`, term.pos));
    }
    if (term.key === "due") {
      try {
        dueBound(term, now);
      } catch (error) {
        errors.push(error as FilterSyntaxError);
      }
    }
  }
  return errors;
}

/** Whether the query says anything about archiving: then the "archived left out" default is off. */
export function mentionsArchived(tree: FilterNode | null): boolean {
  return termsOf(tree).some((t) => t.key === "is" && t.value.toLowerCase() === "archived");
}
