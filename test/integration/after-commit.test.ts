// transact() and its commit hooks: after-commit work (handing deliveries to the scheduler) runs
// only once the change is committed, so it has no meaning outside transact() and refuses to run.
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { recordEvent } from "@/lib/events/record-event";
import { onCommit, transact } from "@/lib/events/transaction";
import { createUser } from "../support/factories";

describe("onCommit", () => {
  it("throws outside transact() instead of running the hook at once", async () => {
    const db = await getDb();
    let ran = false;
    expect(() => onCommit(db, () => (ran = true))).toThrow(/Not inside transact\(\)/);
    // A plain drizzle transaction has no commit hooks either.
    await expect(db.transaction(async (tx) => onCommit(tx, () => (ran = true)))).rejects.toThrow(/Not inside transact\(\)/);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toBe(false);
  });

  it("recordEvent refuses a transaction not opened by transact(), even with no webhook to deliver to", async () => {
    const user = await createUser();
    const db = await getDb();
    await expect(
      db.transaction((tx) =>
        recordEvent(tx, { workspaceId: user.workspaceId, type: "board.created", boardId: null, actor: null, data: {} }),
      ),
    ).rejects.toThrow(/Not inside transact\(\)/);
  });

  it("runs hooks after commit, never after a rollback, and a nested transact waits for the outer commit", async () => {
    const db = await getDb();
    const order: string[] = [];
    await transact(db, async (tx) => {
      onCommit(tx, () => order.push("outer"));
      await transact(tx, async (inner) => {
        onCommit(inner, () => order.push("inner"));
      });
      order.push("body done");
    });
    expect(order).toEqual(["body done", "outer", "inner"]);

    let rolledBack = false;
    await expect(
      transact(db, async (tx) => {
        onCommit(tx, () => (rolledBack = true));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(rolledBack).toBe(false);
  });
});
