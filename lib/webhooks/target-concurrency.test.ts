import { describe, expect, it } from "vitest";
import { TargetConcurrency } from "./target-concurrency";

const quick = { durationMs: 5, status: 200 };
const slow = { durationMs: 2_000, status: 200 };

describe("TargetConcurrency (AIMD per webhook)", () => {
  it("starts each webhook at a quarter of the slots and grows by one per quick answer, up to all of them", () => {
    const t = new TargetConcurrency(8, () => 1_000);
    expect(t.limitOf("wh_a")).toBe(2);
    for (let i = 0; i < 20; i++) {
      t.started("wh_a");
      t.finished("wh_a", quick);
    }
    expect(t.limitOf("wh_a")).toBe(8);
  });

  it("halves on a slow answer, a timeout, a refused connection, a 429 or a 503, never below one; a 500 is an answer", () => {
    const t = new TargetConcurrency(64, () => 1_000);
    const limitAfter = (outcome: Parameters<TargetConcurrency["finished"]>[1]) => {
      t.started("wh_b");
      t.finished("wh_b", outcome);
      return t.limitOf("wh_b");
    };
    expect(limitAfter(slow)).toBe(8);
    expect(limitAfter({ durationMs: 10, errorKind: "timeout" })).toBe(4);
    expect(limitAfter({ durationMs: 10, errorKind: "connection" })).toBe(2);
    expect(limitAfter({ durationMs: 10, status: 429, errorKind: "http" })).toBe(1);
    expect(limitAfter({ durationMs: 10, status: 503, errorKind: "http" })).toBe(1);
    expect(limitAfter({ durationMs: 10, status: 500, errorKind: "http" })).toBe(2);
  });

  it("budgets are what each webhook may still take; idle webhooks back at the default are forgotten", () => {
    const t = new TargetConcurrency(8, () => 1_000);
    t.started("wh_c");
    t.started("wh_c");
    expect(t.budgets()).toEqual({ perWebhook: new Map([["wh_c", 0]]), otherwise: 2 });
    t.finished("wh_c", null); // no answer (skipped, busy): the limit stays
    expect(t.budgets().perWebhook.get("wh_c")).toBe(1);
    t.finished("wh_c", null);
    expect(t.budgets().perWebhook.size).toBe(0);
  });
});
