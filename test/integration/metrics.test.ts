import { afterEach, describe, expect, it } from "vitest";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_MARK } from "@/lib/api/client-ip";
import { api } from "../support/api";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook } from "./webhook-test-kit";

const bed = deliveryTestBed({ schedule: "50ms,100ms", concurrency: 8 });
const marks = globalThis as Record<symbol, unknown>;

afterEach(() => {
  delete process.env.METRICS_TOKEN;
  delete marks[CLIENT_ADDRESS_MARK];
});

/** GET /api/metrics as the app's server passes it on: the socket's address in the internal header. */
function scrape(headers: Record<string, string> = {}, socket = "127.0.0.1") {
  marks[CLIENT_ADDRESS_MARK] = true;
  return metricsRoute(new Request("http://localhost:3000/api/metrics", { headers: { [CLIENT_ADDRESS_HEADER]: socket, ...headers } }));
}

/** The value of one sample (`name{labels} value`), or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe("GET /api/metrics", () => {
  it("counts real requests and a real delivery to a receiver on 127.0.0.1, with the backlog read from the database", async () => {
    const before = await (await scrape()).text();
    const boardsBefore = sample(before, "tasktide_http_requests_total", { route: "/v1/boards", method: "GET", status: "200" }) ?? 0;
    for (let i = 0; i < 3; i++) expect((await api("GET", "/v1/boards", { as: bed.user })).status).toBe(200);
    expect((await api("GET", "/v1/boards/brd_00000000000000000000000000", { as: bed.user, undocumented: true })).status).toBe(404);

    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Measured" } });
    await bed.receiver.waitFor(1, 5000);
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && ds[0].status === "success",
    );

    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(sample(text, "tasktide_http_requests_total", { route: "/v1/boards", method: "GET", status: "200" })).toBe(boardsBefore + 3);
    expect(sample(text, "tasktide_http_requests_total", { route: "/v1/boards/{id}", method: "GET", status: "404" })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(text, "tasktide_http_request_duration_seconds_count", { route: "/v1/boards", method: "GET" })).toBeGreaterThanOrEqual(3);
    expect(
      sample(text, "tasktide_http_request_duration_seconds_bucket", { route: "/v1/boards", method: "GET", le: "+Inf" }),
    ).toBeGreaterThanOrEqual(3);
    expect(sample(text, "tasktide_webhook_attempts_total", { outcome: "succeeded" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "tasktide_webhook_attempt_duration_seconds_count")).toBeGreaterThanOrEqual(1);
    expect(sample(text, "tasktide_webhook_backlog", { state: "pending" })).toBe(0);
    expect(sample(text, "tasktide_webhook_oldest_pending_age_seconds")).toBe(0);
    expect(sample(text, "tasktide_webhook_worker_slots", { state: "capacity" })).toBe(8);
    expect(sample(text, "tasktide_webhook_worker_slots", { state: "in_use" })).toBe(0);
    expect(sample(text, "tasktide_database_pool_connections", { state: "max" })).toBeGreaterThanOrEqual(1);
    expect(sample(text, "tasktide_database_pool_connections", { state: "open" })).toBeGreaterThanOrEqual(1);
    // Never a value of a path, a body or a credential.
    expect(text).not.toContain(bed.user.workspaceId);
    expect(text).not.toContain("Measured");
  });

  it("shows the backlog and its oldest pending age while a receiver is down", async () => {
    await bed.receiver.stop();
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    process.env.WEBHOOK_RETRY_SCHEDULE = "1h";
    await api("POST", "/v1/boards", { as: bed.user, body: { name: "Queued" } });
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && ds[0].attempts >= 1,
    );
    const text = await (await scrape()).text();
    expect(sample(text, "tasktide_webhook_backlog", { state: "pending" })).toBe(1);
    expect(sample(text, "tasktide_webhook_backlog", { state: "due" })).toBe(0);
    expect(sample(text, "tasktide_webhook_oldest_pending_age_seconds")).toBeGreaterThan(0);
    expect(sample(text, "tasktide_webhook_attempts_total", { outcome: "retry" })).toBeGreaterThanOrEqual(1);
  });

  it("counts rate-limit rejections by limit", async () => {
    process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE = "1";
    try {
      const anonymous = () => api("GET", "/v1/boards", { as: null, headers: { "x-real-ip": "203.0.113.9" } });
      await anonymous();
      expect((await anonymous()).status).toBe(429);
      const text = await (await scrape()).text();
      expect(sample(text, "tasktide_rate_limit_rejections_total", { limit: "anonymous" })).toBeGreaterThanOrEqual(1);
    } finally {
      delete process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE;
    }
  });

  it("without METRICS_TOKEN: this machine only — not another address, not a request a local proxy forwarded", async () => {
    expect((await scrape({}, "127.0.0.1")).status).toBe(200);
    expect((await scrape({}, "::1")).status).toBe(200);
    expect((await scrape({}, "203.0.113.5")).status).toBe(403);
    expect((await scrape({ "x-forwarded-for": "203.0.113.5" })).status).toBe(403);
    expect((await scrape({ "x-forwarded-for": "127.0.0.1, 203.0.113.5" })).status).toBe(403);
    expect((await scrape({ forwarded: "for=203.0.113.5" })).status).toBe(403);
    // Next itself adds X-Forwarded-For with the socket's own address.
    expect((await scrape({ "x-forwarded-for": "127.0.0.1" })).status).toBe(200);
    // Under a bare `next start` there is no socket address to trust.
    delete marks[CLIENT_ADDRESS_MARK];
    expect(
      (await metricsRoute(new Request("http://localhost:3000/api/metrics", { headers: { [CLIENT_ADDRESS_HEADER]: "127.0.0.1" } }))).status,
    ).toBe(403);
  });

  it("with METRICS_TOKEN: the Bearer token only, from anywhere", async () => {
    process.env.METRICS_TOKEN = "metrics-secret-0123456789";
    const refused = await scrape({}, "127.0.0.1");
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await scrape({ authorization: "Bearer wrong" })).status).toBe(401);
    const ok = await scrape({ authorization: "Bearer metrics-secret-0123456789" }, "203.0.113.5");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("tasktide_http_requests_total");
  });
});
