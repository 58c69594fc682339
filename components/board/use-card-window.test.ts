import { describe, expect, it } from "vitest";
import { windowIndexes } from "./use-card-window";

const range = (startIndex: number, endIndex: number, count = 50, overscan = 5) => ({ startIndex, endIndex, count, overscan, lanes: 1 });

describe("windowIndexes: which cards of a list are rendered", () => {
  it("renders the cards in view and the overscan on both sides, clamped to the list", () => {
    expect(windowIndexes(range(10, 19), true, -1)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]);
    expect(windowIndexes(range(0, 8), true, -1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(windowIndexes(range(44, 49), true, -1)).toEqual([39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  });

  it("stretches the run to keep the dragged card rendered, without gaps", () => {
    const indexes = windowIndexes(range(0, 8), true, 30);
    expect(indexes[0]).toBe(0);
    expect(indexes.at(-1)).toBe(30);
    expect(indexes).toHaveLength(31);
    expect(windowIndexes(range(30, 38), true, 2)).toEqual(Array.from({ length: 42 }, (_, i) => i + 2));
  });

  it("renders nothing for a list far off to the side, except the dragged card", () => {
    expect(windowIndexes(range(0, 8), false, -1)).toEqual([]);
    expect(windowIndexes(range(0, 8), false, 17)).toEqual([17]);
  });

  it("renders nothing for an empty list", () => {
    expect(windowIndexes(range(0, 0, 0), true, -1)).toEqual([]);
  });
});
