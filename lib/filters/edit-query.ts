import type { FilterNode, TermNode } from "./ast";
import { parseFilter } from "./parse";
import { printFilter, printTerm } from "./print";

/** What a picker edits: one key (and field name) whose values are ORed in one part of the query. */
export type PickerKey = { key: string; name?: string };

/** The parts of a query that must all match (its top-level AND), each printable as a chip. */
export function conjuncts(tree: FilterNode | null): FilterNode[] {
  if (!tree) return [];
  return tree.kind === "and" ? tree.children : [tree];
}

const isPickerTerm = (node: FilterNode, picker: PickerKey): node is TermNode =>
  node.kind === "term" && node.key === picker.key && (node.name ?? "").toLowerCase() === (picker.name ?? "").toLowerCase();

/** A picker's value is the term's comparison and value as typed after the colon: `high`, `<7d`, `>=3`. */
const valueOf = (node: TermNode) => `${node.op === "=" ? "" : node.op}${node.value}`;

/** A conjunct a picker owns: `tag:a`, or `tag:a OR tag:b` with nothing else in the OR. */
function pickerValuesOf(node: FilterNode, picker: PickerKey): string[] | null {
  if (isPickerTerm(node, picker)) return [valueOf(node)];
  if (node.kind === "or" && node.children.every((c) => isPickerTerm(c, picker))) return node.children.map((c) => valueOf(c as TermNode));
  return null;
}

/** Parses without throwing: a query someone is halfway through typing has no chips. */
export function tryParse(query: string): FilterNode | null | undefined {
  try {
    return parseFilter(query);
  } catch {
    return undefined;
  }
}

/** The values a picker shows as chosen (compared ignoring case by the caller). */
export function pickedValues(query: string, picker: PickerKey): string[] {
  const tree = tryParse(query);
  if (!tree) return [];
  for (const part of conjuncts(tree)) {
    const values = pickerValuesOf(part, picker);
    if (values) return values;
  }
  return [];
}

/**
 * The query with a picker's part replaced by `values` ORed (removed when empty), in place, or
 * appended when the query had none. A query that does not parse is returned as it is: the person
 * typing it sees the error instead of a rewrite.
 */
export function setPickedValues(query: string, picker: PickerKey, values: string[]): string {
  const tree = tryParse(query);
  if (tree === undefined) return query;
  const parts = conjuncts(tree);
  const replacement: FilterNode | null = values.length
    ? values.length === 1
      ? term(picker, values[0])
      : { kind: "or", children: values.map((v) => term(picker, v)) }
    : null;
  const at = parts.findIndex((p) => pickerValuesOf(p, picker));
  const next = [...parts];
  if (at >= 0) next.splice(at, 1, ...(replacement ? [replacement] : []));
  else if (replacement) next.push(replacement);
  return printParts(next);
}

/** The query without its `index`th part: a chip's ×. */
export function removePart(query: string, index: number): string {
  const tree = tryParse(query);
  if (!tree) return query;
  return printParts(conjuncts(tree).filter((_, i) => i !== index));
}

/** The chips of a query: each part's text. */
export function partLabels(query: string): string[] {
  return conjuncts(tryParse(query) ?? null).map(printFilter);
}

function term(picker: PickerKey, value: string): TermNode {
  const [, op = "", rest] = /^(<=|>=|<|>)?(.*)$/s.exec(value)!;
  return {
    kind: "term",
    key: picker.key,
    ...(picker.name ? { name: picker.name } : {}),
    op: (op || "=") as TermNode["op"],
    value: rest,
    pos: 0,
  };
}

function printParts(parts: FilterNode[]): string {
  if (parts.length === 0) return "";
  return printFilter(parts.length === 1 ? parts[0] : { kind: "and", children: parts });
}

export { printTerm };
