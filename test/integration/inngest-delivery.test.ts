// The Inngest path: the function's logic with @inngest/test, and the real serve() handler of
// app/api/inngest driven over the SDK's HTTP protocol — both calling the same attemptDelivery
// against a real receiver.
import { createHash } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhooks } from "@/db/schema";
import { newId } from "@/lib/ids";
import { takePaceSlot } from "@/lib/webhooks/pace";
import { createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, registerWebhook, verifySignatures } from "./webhook-test-kit";

// Dev mode: the serve handler skips Inngest's request signatures (no signing key in tests).
process.env.INNGEST_DEV = "1";
const { deliverWebhook } = await import("@/inngest/functions/deliver-webhook");
const { POST } = await import("@/app/api/inngest/route");

let receiver: WebhookReceiver;
let user: TestUser;
let webhook: { id: string; secret: string };

beforeAll(async () => {
  allowLoopbackWebhooks();
  receiver = await startReceiver("ok");
  user = await createUser();
  webhook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
});
afterAll(async () => {
  await receiver.stop();
  delete process.env.INNGEST_DEV;
});
beforeEach(() => {
  process.env.WEBHOOK_RETRY_SCHEDULE = "30s,2m";
  receiver.clear();
});

/** A pending delivery due now (inserted directly: fan-out in this mode would call Inngest). */
async function pendingDelivery(): Promise<string> {
  const db = await getDb();
  const id = newId("delivery");
  const payload = JSON.stringify({ id: newId("event"), event: "board.created", data: { name: "via inngest" } });
  await db.insert(webhookDeliveries).values({
    id,
    webhookId: webhook.id,
    workspaceId: user.workspaceId,
    eventType: "board.created",
    payload,
    status: "pending",
    nextAttemptAt: new Date(),
  });
  return id;
}
const deliveryRow = async (id: string) => (await (await getDb()).select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)))[0];
const event = (deliveryId: string) => ({ name: "webhook/delivery.requested" as const, data: { deliveryId, webhookId: webhook.id } });
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

describe("deliver-webhook with @inngest/test", () => {
  it("runs the attempt in step.run and delivers a signed request", async () => {
    const id = await pendingDelivery();
    const engine = new InngestTestEngine({ function: deliverWebhook, events: [event(id)] });
    const { result, ctx, state } = await engine.execute();
    expect(ctx.step.run).toHaveBeenCalledWith("attempt", expect.any(Function));
    expect(result).toEqual({ deliveryId: id, outcome: "success", statusCode: 200 });
    await expect(state[sha1("attempt")]).resolves.toEqual(result);
    verifySignatures(receiver.requests[0], webhook.secret);
    expect(await deliveryRow(id)).toMatchObject({ status: "success", attempts: 1 });
  });

  it("a failed attempt is a RetryAfterError (StepError: Inngest retries); 410 is NonRetriableError (StepFailed)", async () => {
    receiver.setMode("error");
    const failing = await pendingDelivery();
    const out = await new InngestTestEngine({ function: deliverWebhook, events: [event(failing)] }).executeStep("attempt");
    expect(out.step.op).toBe("StepError");
    expect(out.error).toMatchObject({ name: "RetryAfterError", message: "attempt 1 failed: http (HTTP 500)" });
    expect(await deliveryRow(failing)).toMatchObject({ status: "pending", attempts: 1 });

    receiver.setMode("gone");
    const gone = await pendingDelivery();
    const out410 = await new InngestTestEngine({ function: deliverWebhook, events: [event(gone)] }).executeStep("attempt");
    expect(out410.step.op).toBe("StepFailed");
    expect(out410.error).toMatchObject({ name: "NonRetriableError" });
    expect(await deliveryRow(gone)).toMatchObject({ status: "failed" });
    // 410 disabled the webhook; re-enable for the next tests.
    await (await getDb()).update(webhooks).set({ active: true, disabledReason: null }).where(eq(webhooks.id, webhook.id));
    receiver.setMode("ok");
  });

  it("over the webhook's rate limit, the attempt step is paced (no retry spent, nothing sent) and the run sleeps until its turn", async () => {
    const db = await getDb();
    await db.update(webhooks).set({ rateLimitPerSecond: 1 }).where(eq(webhooks.id, webhook.id));
    // Three turns already taken in this process: the next one is about three seconds away.
    for (let i = 0; i < 3; i++) takePaceSlot(webhook.id, 1);
    try {
      const id = await pendingDelivery();
      const out = await new InngestTestEngine({ function: deliverWebhook, events: [event(id)] }).executeStep("attempt");
      expect(out.result).toMatchObject({ deliveryId: id, outcome: "paced", delayMs: expect.any(Number) });
      expect((out.result as { delayMs: number }).delayMs).toBeGreaterThan(1000);
      const row = await deliveryRow(id);
      expect(row).toMatchObject({ status: "pending", attempts: 0, lockToken: null });
      expect(row.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 500);
      expect(receiver.requests).toHaveLength(0);
    } finally {
      await db.update(webhooks).set({ rateLimitPerSecond: null }).where(eq(webhooks.id, webhook.id));
    }
  });
});

describe("the real serve() handler over Inngest's HTTP protocol", () => {
  const call = (fnId: string, ev: unknown, attempt = 0) =>
    POST(
      new Request(`http://localhost:3000/api/inngest?fnId=${fnId}&stepId=step`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          event: ev,
          events: [ev],
          steps: {},
          ctx: { run_id: "01JRUN", attempt, max_attempts: 3, stack: { stack: [], current: 0 } },
        }),
      }) as never,
      undefined,
    );

  it("answers a failed attempt with a retry after the policy's delay", async () => {
    receiver.setMode("error");
    const id = await pendingDelivery();
    const res = await call("tasktide-deliver-webhook", event(id));
    expect(res.status).toBe(206);
    expect(res.headers.get("x-inngest-no-retry")).toBe("false");
    // The schedule's first delay is 30 s with ±10 % jitter; next_attempt_at in the row agrees.
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(27);
    expect(retryAfter).toBeLessThanOrEqual(33);
    const row = await deliveryRow(id);
    expect(Math.abs(row.nextAttemptAt!.getTime() - Date.now() - retryAfter * 1000)).toBeLessThan(2000);
    const [op] = await res.json();
    expect(op).toMatchObject({ op: "StepError", error: { name: "RetryAfterError" } });
    expect(receiver.requests).toHaveLength(1);
  });

  it("honours the receiver's Retry-After (429) in the answer to Inngest", async () => {
    receiver.setMode("rate_limited", { retryAfter: "45" });
    const res = await call("tasktide-deliver-webhook", event(await pendingDelivery()));
    expect(res.headers.get("retry-after")).toBe("45");
  });

  it("answers a 410 with no retry, and onFailure leaves the already-failed delivery (counted once)", async () => {
    receiver.setMode("gone");
    const id = await pendingDelivery();
    const res = await call("tasktide-deliver-webhook", event(id));
    expect(res.status).toBe(206);
    expect(res.headers.get("x-inngest-no-retry")).toBe("true");
    expect(res.headers.get("retry-after")).toBeNull();
    expect((await res.json())[0]).toMatchObject({ op: "StepFailed", error: { name: "NonRetriableError" } });
    const db = await getDb();
    const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    expect(hook).toMatchObject({ active: false, disabledReason: expect.stringContaining("410") });
    const failures = hook.consecutiveFailures;

    const failed = {
      name: "inngest/function.failed",
      data: {
        function_id: "tasktide-deliver-webhook",
        run_id: "01JRUN",
        error: { name: "NonRetriableError", message: "gone" },
        event: event(id),
      },
    };
    const onFailure = await call("tasktide-deliver-webhook-failure", failed);
    expect(onFailure.status).toBe(206);
    await db.update(webhooks).set({ active: true }).where(eq(webhooks.id, webhook.id));
    receiver.setMode("ok");
    const [after] = await db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    expect(after.consecutiveFailures).toBe(failures);
  });

  it("onFailure fails a delivery Inngest gave up on and counts it toward deactivation", async () => {
    const db = await getDb();
    await db.update(webhooks).set({ consecutiveFailures: 0 }).where(eq(webhooks.id, webhook.id));
    const id = await pendingDelivery();
    const failed = {
      name: "inngest/function.failed",
      data: {
        function_id: "tasktide-deliver-webhook",
        run_id: "01JRUN",
        error: { name: "Error", message: "retries exhausted" },
        event: event(id),
      },
    };
    // The first call runs the "mark-failed" step and reports it; the step's result is the mark.
    const res = await call("tasktide-deliver-webhook-failure", failed);
    expect([200, 206]).toContain(res.status);
    expect(await deliveryRow(id)).toMatchObject({ status: "failed", failureReason: "retries exhausted" });
    const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, webhook.id));
    expect(hook.consecutiveFailures).toBe(1);
  });
});
