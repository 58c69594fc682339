import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { PglitePreparedQuery } from "drizzle-orm/pglite/session";
import { PostgresJsPreparedQuery } from "drizzle-orm/postgres-js/session";
import { activeTracer, currentSpan } from "./tracing";

let instrumented = false;

type Executable = { prototype: Record<string, unknown> };

/**
 * A span per SQL statement run under a request's span: drizzle's prepared query classes (every
 * builder, raw statement and prepared statement of both drivers ends in their `execute` or
 * `all`) are wrapped once, at the first traced request. The statement text is recorded (it holds `$1`
 * placeholders, never values); statements outside a request (workers polling) make no spans.
 */
export function instrumentQueries(): void {
  if (instrumented) return;
  instrumented = true;
  for (const [cls, system] of [
    [PostgresJsPreparedQuery, "postgresql"],
    [PglitePreparedQuery, "pglite"],
  ] as unknown as [Executable, string][]) {
    for (const method of ["execute", "all"]) {
      const original = cls.prototype[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      if (typeof original !== "function") continue;
      cls.prototype[method] = async function traced(this: { queryString?: string }, ...args: unknown[]) {
        const parent = currentSpan();
        const tracer = parent && activeTracer();
        if (!tracer) return original.apply(this, args);
        const text = this.queryString ?? "";
        const operation = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "QUERY";
        const span = tracer.startSpan(
          `db ${operation}`,
          {
            kind: SpanKind.CLIENT,
            attributes: { "db.system": system, "db.operation.name": operation, "db.query.text": text.slice(0, 2000) },
          },
          trace.setSpan(ROOT_CONTEXT, parent),
        );
        try {
          return await original.apply(this, args);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      };
    }
  }
}
