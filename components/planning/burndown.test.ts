import { describe, expect, it } from "vitest";
import type { CardJson } from "@/lib/api-client/types";
import { burndown } from "./burndown";

const card = (id: string, extra: Partial<CardJson>): CardJson =>
  ({ id, sprint_id: "spr_1", estimate: null, completed: false, completed_at: null, ...extra }) as CardJson;

describe("burndown", () => {
  const sprint = { id: "spr_1", start_date: "2026-12-01", end_date: "2026-12-05" };
  const now = new Date("2026-12-03T12:00:00Z");

  it("burns estimate points down from the committed total, per day, with no actuals after today", () => {
    const cards = [
      card("a", { estimate: 5, completed: true, completed_at: "2026-12-01T15:00:00Z" }),
      card("b", { estimate: 3, completed: true, completed_at: "2026-12-03T09:00:00Z" }),
      card("c", { estimate: 2 }),
      card("elsewhere", { sprint_id: "spr_2", estimate: 8 }),
    ];
    expect(burndown(sprint, cards, now)).toEqual([
      { day: "2026-12-01", ideal: 10, remaining: 5 },
      { day: "2026-12-02", ideal: 7.5, remaining: 5 },
      { day: "2026-12-03", ideal: 5, remaining: 2 },
      { day: "2026-12-04", ideal: 2.5, remaining: null },
      { day: "2026-12-05", ideal: 0, remaining: null },
    ]);
  });

  it("counts cards when no card has an estimate, and has nothing to draw without a start date", () => {
    const cards = [card("a", { completed: true, completed_at: "2026-12-02T10:00:00Z" }), card("b", {})];
    expect(burndown(sprint, cards, now).map((p) => p.remaining)).toEqual([2, 1, 1, null, null]);
    expect(burndown({ ...sprint, start_date: null }, cards, now)).toEqual([]);
  });
});
