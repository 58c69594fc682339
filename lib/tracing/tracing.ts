// Optional OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT): a span per /v1 request and per
// webhook delivery attempt, exported over OTLP/HTTP (JSON) in batches. Off, nothing is recorded.
// The provider is ours, not the global one (a library such as Inngest's may install its own).
import { AsyncLocalStorage } from "node:async_hooks";
import { SpanKind, SpanStatusCode, trace, type Attributes, type Span, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { config } from "@/config";

const holder = globalThis as unknown as { __tasktideTracing?: { provider: BasicTracerProvider; tracer: Tracer; endpoint: string } };

/** Starts exporting when OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation calls this at start-up). */
export function startTracing(): boolean {
  const { endpoint, serviceName } = config().otel;
  if (!endpoint) return false;
  if (holder.__tasktideTracing?.endpoint === endpoint) return true;
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, "")}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  holder.__tasktideTracing = { provider, tracer: provider.getTracer("tasktide"), endpoint };
  return true;
}

/** Sends what is buffered (tests; shutdown). */
export async function flushTracing(): Promise<void> {
  await holder.__tasktideTracing?.provider.forceFlush();
}

export async function stopTracing(): Promise<void> {
  const current = holder.__tasktideTracing;
  holder.__tasktideTracing = undefined;
  await current?.provider.shutdown();
}

/** The tracer while tracing is on (spans are made only then). */
export const activeTracer = (): Tracer | undefined => holder.__tasktideTracing?.tracer;

/** The span work is running under (a /v1 request), for the spans it makes (queries) to hang from. */
export const spanStorage = new AsyncLocalStorage<Span>();
export const currentSpan = (): Span | undefined => spanStorage.getStore();

/** Records a finished operation as one span (no-op while tracing is off). */
export function recordSpan(
  name: string,
  options: { kind: "server" | "client" | "internal"; start: Date; end?: Date; attributes: Attributes; error?: boolean },
): void {
  const tracer = holder.__tasktideTracing?.tracer;
  if (!tracer) return;
  const kind = options.kind === "server" ? SpanKind.SERVER : options.kind === "client" ? SpanKind.CLIENT : SpanKind.INTERNAL;
  const span = tracer.startSpan(name, { kind, startTime: options.start, attributes: options.attributes });
  if (options.error) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(options.end ?? new Date());
}

export { trace };
