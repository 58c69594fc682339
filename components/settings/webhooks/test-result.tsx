import { ERROR_KIND_LABEL, formatDuration } from "./format";
import { DeliveryStatusBadge, HttpCode } from "./delivery-status-badge";
import type { DeliveryDetailJson } from "@/lib/api-client/types";

/** What the receiver did with a test delivery: code, time and excerpt, or why it failed. */
export function TestResult({ delivery }: { delivery: DeliveryDetailJson }) {
  const attempt = delivery.attempt_log.at(-1);
  const ok = delivery.status === "success";
  return (
    <div
      role="status"
      data-testid="test-result"
      className={
        ok
          ? "space-y-3 rounded-lg border border-success/40 bg-success/5 p-3"
          : "space-y-3 rounded-lg border border-destructive/40 bg-destructive/5 p-3"
      }
    >
      <dl className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <div className="flex items-center gap-2">
          <dt className="sr-only">Result</dt>
          <dd>
            <DeliveryStatusBadge status={delivery.status} />
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt className="text-muted-foreground">HTTP</dt>
          <dd>
            <HttpCode code={attempt?.status_code ?? null} />
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt className="text-muted-foreground">Time</dt>
          <dd>{formatDuration(attempt?.duration_ms ?? null)}</dd>
        </div>
        {attempt?.error_kind && attempt.error_kind !== "http" && (
          <div className="flex items-center gap-1.5">
            <dt className="text-muted-foreground">Error</dt>
            <dd className="font-medium text-destructive">{ERROR_KIND_LABEL[attempt.error_kind] ?? attempt.error_kind}</dd>
          </div>
        )}
      </dl>
      {attempt?.error_message && attempt.error_message !== `HTTP ${attempt.status_code}` && (
        <p className="text-sm text-destructive">{attempt.error_message}</p>
      )}
      {!attempt && delivery.failure_reason && <p className="text-sm text-destructive">{delivery.failure_reason}</p>}
      {attempt?.response_excerpt ? (
        <div>
          <p className="mb-1 text-xs font-medium text-muted-foreground">Response body (first 4 KiB)</p>
          <pre
            className="max-h-40 overflow-auto rounded-md border bg-background p-2 font-mono text-xs whitespace-pre-wrap"
            data-testid="test-response"
          >
            {attempt.response_excerpt}
          </pre>
        </div>
      ) : (
        attempt && <p className="text-xs text-muted-foreground">The response had no body.</p>
      )}
    </div>
  );
}
