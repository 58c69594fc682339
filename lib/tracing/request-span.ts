import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, TraceFlags, type Attributes, type Context } from "@opentelemetry/api";
import { instrumentQueries } from "./query-spans";
import { activeTracer, spanStorage } from "./tracing";

/** A W3C `traceparent` (version 00) as the remote parent of a request's span; anything else starts a new trace. */
export function parentFromTraceparent(header: string | null): Context {
  const match = header ? /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(header.trim()) : null;
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, {
    traceId: match[1],
    spanId: match[2],
    traceFlags: Number.parseInt(match[3], 16) & TraceFlags.SAMPLED,
    isRemote: true,
  });
}

/**
 * Runs `work` inside a server span (continuing the caller's trace when it sent `traceparent`);
 * `finish` names it and adds what is known only at the end. Tracing off: just runs `work`.
 */
export async function withServerSpan<T>(
  traceparent: string | null,
  work: (finish: (name: string, attributes: Attributes, error: boolean) => void) => Promise<T>,
): Promise<T> {
  const tracer = activeTracer();
  if (!tracer) return work(() => {});
  instrumentQueries();
  const span = tracer.startSpan("request", { kind: SpanKind.SERVER }, parentFromTraceparent(traceparent));
  let finished = false;
  const finish = (name: string, attributes: Attributes, error: boolean) => {
    span.updateName(name);
    span.setAttributes(attributes);
    if (error) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    finished = true;
  };
  try {
    return await spanStorage.run(span, () => work(finish));
  } finally {
    if (!finished) span.end();
  }
}
