import { describe, expect, it } from "vitest";
import { rankBetween } from "./rank-between";

// Byte order, as the "C" collation compares the rank column.
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("rankBetween", () => {
  it("orders appended, prepended and inserted ranks by byte order", () => {
    const ranks: string[] = [rankBetween(null, null)];
    for (let i = 0; i < 50; i++) ranks.push(rankBetween(ranks[ranks.length - 1], null));
    for (let i = 0; i < 50; i++) ranks.unshift(rankBetween(null, ranks[0]));
    // Repeatedly insert in the same gap: the worst case for key length.
    for (let i = 0; i < 50; i++) ranks.splice(1, 0, rankBetween(ranks[0], ranks[1]));
    expect([...ranks].sort(byteOrder)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});
