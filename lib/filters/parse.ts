import type { FilterNode } from "./ast";
import { FilterSyntaxError } from "./errors";
import { tokenize, type Token } from "./tokenize";

export const MAX_QUERY_LENGTH = 1000;
const MAX_DEPTH = 20;

/**
 * Parses a filter query to its tree (null for an empty query, which matches everything).
 *
 *   query   := or EOF
 *   or      := and ( "OR" and )*
 *   and     := unary ( "AND"? unary )*      juxtaposition is AND
 *   unary   := ( "NOT" | "-" ) unary | primary
 *   primary := "(" or ")" | term | word | "phrase"
 *
 * Throws FilterSyntaxError with a 1-based position.
 */
export function parseFilter(input: string): FilterNode | null {
  if (input.length > MAX_QUERY_LENGTH)
    throw new FilterSyntaxError(`Query longer than ${MAX_QUERY_LENGTH} characters`, MAX_QUERY_LENGTH + 1);
  const tokens = tokenize(input);
  let at = 0;
  const end = input.length + 1;
  const peek = (): Token | undefined => tokens[at];
  const describe = (t: Token) =>
    t.type === "word" || t.type === "term"
      ? `"${input.slice(t.pos - 1).split(/\s/)[0]}"`
      : { lparen: '"("', rparen: '")"', or: '"OR"', and: '"AND"', not: '"NOT"', minus: '"-"' }[t.type];

  function parseOr(depth: number): FilterNode {
    const children = [parseAnd(depth)];
    while (peek()?.type === "or") {
      at++;
      if (!startsOperand(peek())) throw new FilterSyntaxError("Expected a term after OR", peek()?.pos ?? end);
      children.push(parseAnd(depth));
    }
    return children.length === 1 ? children[0] : { kind: "or", children };
  }

  function parseAnd(depth: number): FilterNode {
    const children = [parseUnary(depth)];
    for (;;) {
      const next = peek();
      if (next?.type === "and") {
        at++;
        if (!startsOperand(peek())) throw new FilterSyntaxError("Expected a term after AND", peek()?.pos ?? end);
        children.push(parseUnary(depth));
      } else if (startsOperand(next)) {
        children.push(parseUnary(depth));
      } else break;
    }
    return children.length === 1 ? children[0] : { kind: "and", children };
  }

  function parseUnary(depth: number): FilterNode {
    const t = peek();
    if (t && (t.type === "not" || t.type === "minus")) {
      at++;
      if (!startsOperand(peek()))
        throw new FilterSyntaxError(`Expected a term after ${t.type === "not" ? "NOT" : '"-"'}`, peek()?.pos ?? end);
      return { kind: "not", child: parseUnary(depth), pos: t.pos };
    }
    return parsePrimary(depth);
  }

  function parsePrimary(depth: number): FilterNode {
    const t = peek();
    if (!t) throw new FilterSyntaxError("Expected a term", end);
    at++;
    switch (t.type) {
      case "lparen": {
        if (depth >= MAX_DEPTH) throw new FilterSyntaxError(`Parentheses nested deeper than ${MAX_DEPTH}`, t.pos);
        if (peek()?.type === "rparen") throw new FilterSyntaxError("Empty parentheses", t.pos);
        const inner = parseOr(depth + 1);
        const close = peek();
        if (close?.type !== "rparen") throw new FilterSyntaxError(`Missing ")" for "(" at position ${t.pos}`, close?.pos ?? end);
        at++;
        return inner;
      }
      case "term":
        return { kind: "term", key: t.key, ...(t.name ? { name: t.name } : {}), op: t.op, value: t.value, pos: t.pos };
      case "word":
        return { kind: "text", value: t.value, phrase: t.quoted, pos: t.pos };
      default:
        throw new FilterSyntaxError(`Unexpected ${describe(t)}`, t.pos);
    }
  }

  if (tokens.length === 0) return null;
  const tree = parseOr(0);
  const rest = peek();
  if (rest) throw new FilterSyntaxError(rest.type === "rparen" ? 'Unmatched ")"' : `Unexpected ${describe(rest)}`, rest.pos);
  return tree;
}

function startsOperand(t: Token | undefined): boolean {
  return !!t && t.type !== "rparen" && t.type !== "or" && t.type !== "and";
}
