// WEBHOOK_PROXY_URL: deliveries leave through an HTTP CONNECT proxy (a real one on 127.0.0.1),
// tunnelled to the address the SSRF guard checked; the guard still refuses private targets.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postWebhook } from "@/lib/webhooks/http-post";
import { api } from "../support/api";
import { startConnectProxy, type ConnectProxy } from "../support/connect-proxy";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook, verifySignatures } from "./webhook-test-kit";

const bed = deliveryTestBed({ schedule: "50ms,100ms", concurrency: 4 });
let proxy: ConnectProxy;
beforeEach(async () => {
  proxy = await startConnectProxy();
  process.env.WEBHOOK_PROXY_URL = proxy.url;
});
afterEach(async () => {
  delete process.env.WEBHOOK_PROXY_URL;
  await proxy.stop();
});

describe("deliveries through an egress proxy", () => {
  it("tunnel to the checked address, keep the original Host, and verify as usual", async () => {
    const url = bed.receiver.url.replace("127.0.0.1", "localhost");
    const webhook = await registerWebhook(bed.user, { url, events: ["board.created"] });
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Via proxy" } });
    const [request] = await bed.receiver.waitFor(1, 5000);
    verifySignatures(request, webhook.secret);
    expect(request.headers.host).toBe(`localhost:${bed.receiver.port}`);
    // The proxy was asked for the address the guard resolved and checked, not the name.
    expect(proxy.tunnels.map((t) => t.target)).toContain(`127.0.0.1:${bed.receiver.port}`);
    expect(proxy.tunnels.some((t) => t.target.startsWith("localhost"))).toBe(false);
  });

  it("send the proxy's credentials from the URL, and report a refusing proxy as a connection failure", async () => {
    const withCredentials = proxy.url.replace("http://", "http://egress:s%3Acret@");
    proxy.requireAuthorization = `Basic ${Buffer.from("egress:s:cret").toString("base64")}`;
    const post = (proxyUrl: string, allowPrivate = true) =>
      postWebhook({ url: bed.receiver.url, headers: {}, body: "{}", timeoutMs: 2000, allowPrivate, excerptBytes: 100, proxyUrl });
    const ok = await post(withCredentials);
    expect(ok.status).toBe(200);
    expect(proxy.tunnels[0].authorization).toBe(proxy.requireAuthorization);

    const refused = await post(proxy.url);
    expect(refused).toMatchObject({ errorKind: "connection", errorMessage: expect.stringMatching(/407/) });
    expect(bed.receiver.requests).toHaveLength(1);
  });

  it("still refuse a private target (no tunnel is opened), and retry while the proxy is down", async () => {
    const blocked = await postWebhook({
      url: bed.receiver.url,
      headers: {},
      body: "{}",
      timeoutMs: 2000,
      allowPrivate: false,
      excerptBytes: 100,
      proxyUrl: proxy.url,
    });
    expect(blocked.errorKind).toBe("blocked_address");
    expect(proxy.tunnels).toHaveLength(0);

    await proxy.stop();
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Proxy down" } });
    const [delivery] = await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds[0]?.status === "failed",
    );
    expect(delivery.lastStatusCode).toBeNull();
    const detail = (await api("GET", `/v1/webhooks/${webhook.id}/deliveries/${delivery.id}`, { as: bed.user })).body;
    expect(detail.attempt_log.length).toBeGreaterThan(1);
    for (const attempt of detail.attempt_log)
      expect(attempt).toMatchObject({ error_kind: "connection", error_message: expect.stringMatching(/proxy/) });
    expect(bed.receiver.requests).toHaveLength(0);
    proxy = await startConnectProxy();
  });
});
