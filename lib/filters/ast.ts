/**
 * The card filter language's syntax tree (docs/filter-language.md). Positions are 1-based
 * character offsets into the query, so errors can say where.
 *
 * A term is `key:value` with an optional comparison (`due:<7d`); dotted keys keep their name
 * apart (`field.priority:high` → key "field", name "priority") so custom fields and milestones
 * can be added as new keys without touching the parser.
 */
export type Comparison = "=" | "<" | ">" | "<=" | ">=";

export type TermNode = { kind: "term"; key: string; name?: string; op: Comparison; value: string; pos: number };
/** A bare word, or a quoted phrase: matched as a substring of the title or description. */
export type TextNode = { kind: "text"; value: string; phrase: boolean; pos: number };
export type NotNode = { kind: "not"; child: FilterNode; pos: number };
export type AndNode = { kind: "and"; children: FilterNode[] };
export type OrNode = { kind: "or"; children: FilterNode[] };

export type FilterNode = TermNode | TextNode | NotNode | AndNode | OrNode;

/** Every term of a tree, in query order. */
export function termsOf(node: FilterNode | null): TermNode[] {
  if (!node) return [];
  switch (node.kind) {
    case "term":
      return [node];
    case "text":
      return [];
    case "not":
      return termsOf(node.child);
    default:
      return node.children.flatMap(termsOf);
  }
}
