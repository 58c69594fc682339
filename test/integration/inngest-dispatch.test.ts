// Inngest mode end to end, with a stand-in for Inngest's Event API on 127.0.0.1 (INNGEST_DEV=<url>):
// a committed change sends webhook/delivery.requested, that event run through the real serve()
// handler delivers, deleting a webhook sends webhook/deleted (cancelOn), and the cron sweeper
// re-sends stuck deliveries.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { inngestScheduler } from "@/lib/webhooks/inngest-scheduler";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, deliveriesOf, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

type SentEvent = { name: string; data: Record<string, string> };
const sent: SentEvent[] = [];
const sendRequests: SentEvent[][] = [];
const eventApi: Server = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const events = JSON.parse(body) as SentEvent[];
    sent.push(...events);
    sendRequests.push(events);
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ ids: events.map((_, i) => `01FAKE${i}`), status: 200 }));
  });
});
await new Promise<void>((resolve) => eventApi.listen(0, "127.0.0.1", resolve));
process.env.INNGEST_DEV = `http://127.0.0.1:${(eventApi.address() as AddressInfo).port}`;
const { POST } = await import("@/app/api/inngest/route");
const { sweepDeliveries } = await import("@/inngest/functions/sweep-deliveries");

let receiver: WebhookReceiver;
let user: TestUser;

beforeAll(async () => {
  allowLoopbackWebhooks();
  receiver = await startReceiver("ok");
  user = await createUser();
});
afterAll(async () => {
  delete process.env.INNGEST_DEV;
  await receiver.stop();
  eventApi.close();
});

const run = (ev: SentEvent) =>
  POST(
    new Request("http://localhost:3000/api/inngest?fnId=tasktide-deliver-webhook&stepId=step", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        event: ev,
        events: [ev],
        steps: {},
        ctx: { run_id: "01JRUN", attempt: 0, max_attempts: 8, stack: { stack: [], current: 0 } },
      }),
    }) as never,
    undefined,
  );

describe("Inngest mode", () => {
  it("dispatches committed deliveries to Inngest, and the served function delivers them", async () => {
    const webhook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
    const board = (await api("POST", "/v1/boards", { as: user, body: { name: "Via Inngest" } })).body;
    const [delivery] = await deliveriesOf(webhook.id);
    const requested = await eventually(
      async () => sent.filter((e) => e.name === "webhook/delivery.requested"),
      (e) => e.length === 1,
      5000,
    );
    expect(requested[0].data).toEqual({ deliveryId: delivery.id, webhookId: webhook.id });
    expect(receiver.requests).toHaveLength(0); // no embedded worker in this mode

    const res = await run(requested[0]);
    expect(res.status).toBe(206);
    expect((await res.json())[0]).toMatchObject({ op: "StepRun", data: { deliveryId: delivery.id, outcome: "success", statusCode: 200 } });
    expect(verifySignatures(receiver.requests[0], webhook.secret).data).toEqual(board);
    expect((await deliveriesOf(webhook.id))[0]).toMatchObject({ status: "success", attempts: 1 });

    // A duplicate run (a re-sent event) finds the delivery finished and sends nothing.
    const again = await run(requested[0]);
    expect((await again.json())[0]).toMatchObject({ op: "StepRun", data: { outcome: "already_finished" } });
    expect(receiver.requests).toHaveLength(1);
  });

  it("delivery requests dispatched together go to Inngest in one send", async () => {
    const before = sendRequests.length;
    const refs = Array.from({ length: 3 }, (_, i) => ({ id: `msg_batch${i}`, webhookId: "wh_batch" }));
    // Three commits' hand-offs in the same turn of the event loop: one request carries them all.
    for (const ref of refs) inngestScheduler.dispatch([ref]);
    await inngestScheduler.stop();
    const requests = sendRequests.slice(before).filter((events) => events.some((e) => e.data.webhookId === "wh_batch"));
    expect(requests).toHaveLength(1);
    expect(requests[0].map((e) => e.data.deliveryId)).toEqual(refs.map((r) => r.id));
  });

  it("deleting a webhook sends webhook/deleted so its waiting runs are cancelled", async () => {
    const webhook = await registerWebhook(user, { url: receiver.url, events: ["board.updated"] });
    expect((await api("DELETE", `/v1/webhooks/${webhook.id}`, { as: user })).status).toBe(204);
    await eventually(
      async () => sent.filter((e) => e.name === "webhook/deleted"),
      (e) => e.some((x) => x.data.webhookId === webhook.id),
      5000,
    );
  });

  it("the cron sweeper re-sends deliveries stuck past their time", async () => {
    const webhook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
    await api("POST", "/v1/boards", { as: user, body: { name: "Lost send" } });
    const [delivery] = await deliveriesOf(webhook.id);
    await (
      await getDb()
    )
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(webhookDeliveries.id, delivery.id));
    const { result, ctx } = await new InngestTestEngine({
      function: sweepDeliveries,
      events: [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" } }] as never,
    }).execute();
    expect(result).toMatchObject({ redispatched: 1 });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("redispatch", [
      expect.objectContaining({ name: "webhook/delivery.requested", data: { deliveryId: delivery.id, webhookId: webhook.id } }),
    ]);
  });
});
