// SSRF through the whole stack: the registration API refuses blocked addresses in every notation,
// and a delivery re-checks after its own DNS lookup — so a name that resolved to a public address
// at registration and to a private one later (DNS rebinding) is never connected to.
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { newId } from "@/lib/ids";
import { attemptDelivery } from "@/lib/webhooks/attempt-delivery";
import { validateWebhookUrl } from "@/lib/webhooks/validate-webhook-url";
import type { ResolveAll } from "@/lib/webhooks/ssrf-guard";
import { api } from "../support/api";
import { createUser, type TestUser } from "../support/factories";
import { startReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { allowLoopbackWebhooks, registerWebhook } from "./webhook-test-kit";

const BLOCKED = [
  "http://127.0.0.1/",
  "http://127.1/",
  "http://2130706433/",
  "http://0x7f000001/",
  "http://0177.0.0.1/",
  "http://017700000001/",
  "http://0.0.0.0/",
  "http://0/",
  "http://10.0.0.1/",
  "http://10.255.255.255/",
  "http://172.16.0.1/",
  "http://172.31.255.254/",
  "http://192.168.1.1/",
  "http://169.254.169.254/latest/meta-data/",
  "http://169.254.0.1/",
  "http://168.63.129.16/",
  "http://100.100.100.200/",
  "http://100.64.0.1/",
  "http://100.127.255.254/",
  "http://224.0.0.1/",
  "http://239.255.255.250/",
  "http://255.255.255.255/",
  "http://192.0.2.1/",
  "http://198.18.0.1/",
  "http://240.0.0.1/",
  "http://[::1]/",
  "http://[::]/",
  "http://[::ffff:127.0.0.1]/",
  "http://[::ffff:7f00:1]/",
  "http://[::ffff:169.254.169.254]/",
  "http://[::ffff:10.0.0.1]/",
  "http://[fd00::1]/",
  "http://[fc00::1]/",
  "http://[fe80::1]/",
  "http://[fd00:ec2::254]/",
  "http://[ff02::1]/",
  "http://[64:ff9b::7f00:1]/",
  "http://[2002:7f00:1::]/",
  "http://[::127.0.0.1]/",
  "http://localhost/",
  "http://api.localhost/",
  "https://LOCALHOST./",
];
const ALLOWED = [
  "https://8.8.8.8/hook",
  "https://1.1.1.1/",
  "https://[2606:4700:4700::1111]/",
  "https://[::ffff:8.8.8.8]/",
  "https://93.184.216.34:8443/x",
];

let user: TestUser;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startReceiver("ok");
  user = await createUser();
  process.env.WEBHOOKS_MAX_PER_WORKSPACE = "100";
});
afterEach(() => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
});
afterAll(async () => {
  delete process.env.WEBHOOKS_MAX_PER_WORKSPACE;
  await receiver.stop();
});

describe("SSRF at registration (POST /v1/webhooks)", () => {
  it("has a table worth the name", () => {
    expect(BLOCKED.length + ALLOWED.length).toBeGreaterThanOrEqual(40);
  });
  it.each(BLOCKED)("refuses %s", async (url) => {
    const res = await api("POST", "/v1/webhooks", { as: user, body: { url } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: "invalid_request", details: [{ field: "url" }] });
  });
  it.each(ALLOWED)("accepts %s", async (url) => {
    const res = await api("POST", "/v1/webhooks", { as: user, body: { url } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
  it("refuses a name whose DNS answers include a private address", async () => {
    const lookup: ResolveAll = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    await expect(validateWebhookUrl("https://mixed.example/", lookup)).rejects.toMatchObject({
      message: expect.stringContaining("10.1.2.3"),
    });
  });
});

describe("SSRF at delivery", () => {
  async function pending(webhookId: string): Promise<string> {
    const id = newId("delivery");
    await (await getDb()).insert(webhookDeliveries).values({
      id,
      webhookId,
      workspaceId: user.workspaceId,
      eventType: "board.created",
      payload: JSON.stringify({ id: newId("event"), event: "board.created" }),
      status: "pending",
      nextAttemptAt: new Date(),
    });
    return id;
  }

  it("a resolver that answers public at registration and private at delivery is never connected to", async () => {
    const answers = ["93.184.216.34", "127.0.0.1"];
    const rebinding: ResolveAll = async () => [{ address: answers.shift() ?? "127.0.0.1", family: 4 }];
    const url = `http://rebind.example:${receiver.port}/webhook`;
    expect(await validateWebhookUrl(url, rebinding)).toBe(url); // public: accepted
    allowLoopbackWebhooks();
    const hook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    // Point the stored webhook at the rebinding name (its registration check passed above).
    const { webhooks } = await import("@/db/schema");
    await (await getDb()).update(webhooks).set({ url }).where(eq(webhooks.id, hook.id));

    const id = await pending(hook.id);
    const result = await attemptDelivery(id, { lookup: rebinding });
    expect(result).toMatchObject({ kind: "attempted", errorKind: "blocked_address", decision: { kind: "retry" } });
    expect(receiver.requests).toHaveLength(0);
    const detail = await api("GET", `/v1/webhooks/${hook.id}/deliveries/${id}`, { as: user });
    expect(detail.body.attempt_log[0]).toMatchObject({ error_kind: "blocked_address", status_code: null });
    expect(detail.body.attempt_log[0].error_message).toContain("127.0.0.1");
  });

  it("a loopback webhook registered under test configuration is blocked once the configuration is gone", async () => {
    allowLoopbackWebhooks();
    const hook = await registerWebhook(user, { url: receiver.url, events: ["board.created"] });
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    const id = await pending(hook.id);
    expect(await attemptDelivery(id)).toMatchObject({ errorKind: "blocked_address" });
    expect(receiver.requests).toHaveLength(0);
    allowLoopbackWebhooks();
    expect(await attemptDelivery(id, { manual: true })).toMatchObject({ errorKind: null, statusCode: 200 });
    expect(receiver.requests).toHaveLength(1);
  });
});
