import type { FilterNode, TermNode } from "./ast";

const BARE = /^[^\s()":]+$/;
const OPERATOR = new Set(["OR", "AND", "NOT"]);

/** A value as the tokenizer reads it back: bare when it can be, quoted otherwise (a value never holds a quote). */
export function quoteValue(value: string): string {
  return BARE.test(value) && !OPERATOR.has(value) && !value.startsWith("-") ? value : `"${value}"`;
}

export function printTerm(term: Pick<TermNode, "key" | "name" | "op" | "value">): string {
  const key = term.name ? `${term.key}.${term.name}` : term.key;
  return `${key}:${term.op === "=" ? "" : term.op}${quoteValue(term.value)}`;
}

/**
 * A tree back to query text that parses to the same tree: the filter bar's chips and pickers
 * rewrite a query through this. Side-by-side binds tighter than OR, so an OR inside an AND (or
 * under a negation) gets parentheses, and nothing else does.
 */
export function printFilter(node: FilterNode): string {
  switch (node.kind) {
    case "term":
      return printTerm(node);
    case "text":
      return node.phrase || !BARE.test(node.value) || OPERATOR.has(node.value) ? `"${node.value}"` : node.value;
    case "not": {
      const inner = printFilter(node.child);
      return node.child.kind === "term" || node.child.kind === "text" ? `-${inner}` : `NOT (${inner})`;
    }
    case "and":
      return node.children.map((c) => (c.kind === "or" ? `(${printFilter(c)})` : printFilter(c))).join(" ");
    case "or":
      return node.children.map(printFilter).join(" OR ");
  }
}
