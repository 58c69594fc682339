import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flushTracing, startTracing, stopTracing } from "@/lib/tracing/tracing";
import { api } from "../support/api";
import { deliveryTestBed, deliveriesOf, eventually, registerWebhook } from "./webhook-test-kit";

// A collector stand-in on 127.0.0.1: records every OTLP/HTTP export it receives.
type Received = { path: string; contentType: string; body: any };
const received: Received[] = [];
let collector: Server;

const bed = deliveryTestBed({ schedule: "50ms", concurrency: 4 });

beforeAll(async () => {
  collector = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "", contentType: String(req.headers["content-type"]), body: JSON.parse(raw) });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await stopTracing();
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  await new Promise((resolve) => collector.close(resolve));
});

type Span = {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
};
const spans = (): Span[] =>
  received.flatMap((r) => r.body.resourceSpans.flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans)));
const attr = (span: Span, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value ? (value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.boolValue)) : undefined;
};

describe("OpenTelemetry export (OTEL_EXPORTER_OTLP_ENDPOINT)", () => {
  it("is off without an endpoint", () => {
    expect(startTracing()).toBe(false);
  });

  it("exports a span per /v1 request and per delivery attempt to the collector over OTLP/HTTP", async () => {
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    process.env.OTEL_SERVICE_NAME = "tasktide-test";
    expect(startTracing()).toBe(true);
    const webhook = await registerWebhook(bed.user, { url: bed.receiver.url, events: ["board.created"] });
    const board = await api("POST", "/v1/boards", { as: bed.user, body: { name: "Traced" } });
    expect(board.status).toBe(201);
    expect((await api("GET", `/v1/boards/${board.body.id}`, { as: bed.user })).status).toBe(200);
    await eventually(
      () => deliveriesOf(webhook.id),
      (ds) => ds.length === 1 && ds[0].status === "success",
    );
    await flushTracing();

    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.path === "/v1/traces" && r.contentType.startsWith("application/json"))).toBe(true);
    const resource = received[0].body.resourceSpans[0].resource.attributes;
    expect(resource).toContainEqual({ key: "service.name", value: { stringValue: "tasktide-test" } });

    const created = spans().find((s) => s.name === "POST /v1/boards");
    expect(created).toBeDefined();
    expect(created!.kind).toBe(2); // SERVER
    expect(created!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(attr(created!, "http.response.status_code")).toBe(201);
    expect(attr(created!, "tasktide.request_id")).toBe(board.headers.get("x-request-id"));
    expect(attr(created!, "enduser.id")).toBe(bed.user.id);
    const read = spans().find((s) => s.name === "GET /v1/boards/{id}");
    expect(attr(read!, "http.route")).toBe("/v1/boards/{id}");

    const attempt = spans().find((s) => s.name === "webhook.attempt" && attr(s, "tasktide.webhook_id") === webhook.id);
    expect(attempt).toBeDefined();
    expect(attempt!.kind).toBe(3); // CLIENT
    expect(attr(attempt!, "tasktide.outcome")).toBe("succeeded");
    expect(attr(attempt!, "http.response.status_code")).toBe(200);
    expect(attr(attempt!, "tasktide.attempt")).toBe(1);
    // Ids and codes only: no names, bodies or secrets.
    expect(JSON.stringify(received)).not.toContain("Traced");
    expect(JSON.stringify(received)).not.toContain(webhook.secret);
  });

  it("continues a caller's traceparent and puts each SQL statement of the request under its span, without values", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const callerSpan = "00f067aa0ba902b7";
    const res = await api("POST", "/v1/boards", {
      as: bed.user,
      body: { name: "Parented secret name" },
      headers: { traceparent: `00-${traceId}-${callerSpan}-01` },
    });
    expect(res.status).toBe(201);
    await flushTracing();
    const server = spans().find((s) => s.name === "POST /v1/boards" && s.traceId === traceId);
    expect(server, "the request's span joins the caller's trace").toBeDefined();
    expect(server!.parentSpanId).toBe(callerSpan);
    const queries = spans().filter((s) => s.parentSpanId === server!.spanId);
    expect(queries.length).toBeGreaterThanOrEqual(2);
    expect(queries.every((q) => q.kind === 3 && q.traceId === traceId && q.name.startsWith("db "))).toBe(true);
    const insert = queries.find((q) => attr(q, "db.operation.name") === "INSERT" && String(attr(q, "db.query.text")).includes('"boards"'));
    expect(insert).toBeDefined();
    expect(attr(insert!, "db.system")).toMatch(/^(postgresql|pglite)$/);
    expect(JSON.stringify(queries)).not.toContain("Parented secret name");

    // A malformed traceparent starts a trace of its own.
    const fresh = await api("GET", `/v1/boards/${res.body.id}`, { as: bed.user, headers: { traceparent: "00-zz-11-01" } });
    expect(fresh.status).toBe(200);
    await flushTracing();
    const read = spans()
      .filter((s) => s.name === "GET /v1/boards/{id}")
      .at(-1)!;
    expect(read.traceId).not.toBe(traceId);
    expect(read.parentSpanId ?? "").toBe("");
  });
});
