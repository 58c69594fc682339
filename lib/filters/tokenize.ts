import type { Comparison } from "./ast";
import { FilterSyntaxError } from "./errors";

export type Token =
  | { type: "lparen" | "rparen" | "or" | "and" | "not" | "minus"; pos: number }
  | { type: "word"; value: string; quoted: boolean; pos: number }
  | { type: "term"; key: string; name?: string; op: Comparison; value: string; pos: number };

const SPACE = /\s/;
const STOP = /[\s()"]/;
const KEY = /^[a-z][a-z0-9_]*(\.[A-Za-z0-9_-]+)?$/i;

/**
 * Splits a query into tokens. `-` negates only when glued to what follows (`-tag:x`); `OR`,
 * `AND` and `NOT` are operators only in capitals, so "or" stays a word. Positions are 1-based.
 */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const readQuoted = (start: number): string => {
    // i points at the opening quote.
    const close = input.indexOf('"', i + 1);
    if (close < 0) throw new FilterSyntaxError("Unterminated quote", start + 1);
    const value = input.slice(i + 1, close);
    i = close + 1;
    return value;
  };
  while (i < input.length) {
    const ch = input[i];
    const pos = i + 1;
    if (SPACE.test(ch)) {
      i++;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ type: ch === "(" ? "lparen" : "rparen", pos });
      i++;
    } else if (ch === "-" && i + 1 < input.length && !SPACE.test(input[i + 1]) && input[i + 1] !== ")") {
      tokens.push({ type: "minus", pos });
      i++;
    } else if (ch === '"') {
      const start = i;
      const value = readQuoted(start);
      if (!value.trim()) throw new FilterSyntaxError("Empty phrase", pos);
      tokens.push({ type: "word", value, quoted: true, pos });
    } else {
      const start = i;
      while (i < input.length && !STOP.test(input[i])) {
        if (input[i] === ":") break;
        i++;
      }
      const head = input.slice(start, i);
      if (input[i] === ":" && KEY.test(head)) {
        i++;
        let op: Comparison = "=";
        const two = input.slice(i, i + 2);
        if (two === "<=" || two === ">=") {
          op = two;
          i += 2;
        } else if (input[i] === "<" || input[i] === ">") {
          op = input[i] as Comparison;
          i++;
        }
        let value: string;
        if (input[i] === '"') value = readQuoted(i);
        else {
          const from = i;
          while (i < input.length && !STOP.test(input[i])) i++;
          value = input.slice(from, i);
        }
        if (!value.trim()) throw new FilterSyntaxError(`Missing value after "${head}:"`, pos);
        const [key, name] = head.split(".", 2);
        tokens.push({ type: "term", key: key.toLowerCase(), ...(name ? { name } : {}), op, value, pos });
      } else {
        // Not a term (no key, or a colon inside a word such as a time "10:30"): one word.
        while (i < input.length && !STOP.test(input[i])) i++;
        const word = input.slice(start, i);
        if (word === "OR") tokens.push({ type: "or", pos });
        else if (word === "AND") tokens.push({ type: "and", pos });
        else if (word === "NOT") tokens.push({ type: "not", pos });
        else tokens.push({ type: "word", value: word, quoted: false, pos });
      }
    }
  }
  return tokens;
}
