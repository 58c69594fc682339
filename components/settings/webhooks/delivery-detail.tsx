"use client";

import { CodeBlock } from "@/components/ui/code-block";
import { LoadError } from "@/components/ui/load-states";
import { Skeleton } from "@/components/ui/skeleton";
import { HttpCode } from "./delivery-status-badge";
import { ERROR_KIND_LABEL, formatDateTime, formatDuration, prettyJson } from "./format";
import { useDelivery } from "./use-deliveries";
import type { AttemptJson } from "@/lib/api-client/types";

/** Payload, signed request headers and every attempt of one delivery. */
export function DeliveryDetail({ webhookId, deliveryId, pending }: { webhookId: string; deliveryId: string; pending: boolean }) {
  const detail = useDelivery(webhookId, deliveryId, pending);
  if (detail.isPending) return <Skeleton className="h-40" />;
  if (detail.isError) return <LoadError what="the delivery" error={detail.error} />;
  const delivery = detail.data;
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="delivery-detail">
      <div className="min-w-0 space-y-4">
        <section className="space-y-1.5">
          <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Payload</h3>
          <CodeBlock
            code={prettyJson(delivery.payload)}
            language="json"
            copyLabel="Copy payload"
            className="[&_pre]:max-h-80 [&_pre]:overflow-y-auto"
          />
        </section>
        <section className="space-y-1.5">
          <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Request headers (latest attempt)</h3>
          {delivery.request_headers ? (
            <dl
              className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 rounded-lg border bg-muted/40 p-3 font-mono text-xs"
              data-testid="request-headers"
            >
              {Object.entries(delivery.request_headers).map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="text-muted-foreground">{name}</dt>
                  <dd className="break-all">{value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="text-sm text-muted-foreground">Not sent yet.</p>
          )}
        </section>
      </div>
      <section className="min-w-0 space-y-1.5">
        <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Attempts ({delivery.attempt_log.length})</h3>
        {delivery.failure_reason && <p className="text-sm text-destructive">{delivery.failure_reason}</p>}
        {delivery.attempt_log.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            {delivery.status === "skipped" ? "Not sent: the webhook was inactive." : "No attempt yet."}
          </p>
        ) : (
          <ol className="space-y-2" data-testid="attempt-log">
            {[...delivery.attempt_log].reverse().map((attempt) => (
              <AttemptItem key={attempt.id} attempt={attempt} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

function AttemptItem({ attempt }: { attempt: AttemptJson }) {
  const ok = attempt.error_kind === null;
  return (
    <li className="space-y-1.5 rounded-lg border bg-background p-3 text-sm" data-testid="attempt">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className="font-medium">#{attempt.number}</span>
        <time className="text-muted-foreground" dateTime={attempt.started_at}>
          {formatDateTime(attempt.started_at)}
        </time>
        {attempt.status_code !== null ? (
          <span>
            HTTP <HttpCode code={attempt.status_code} />
          </span>
        ) : null}
        {!ok && attempt.error_kind !== "http" && (
          <span className="font-medium text-destructive">{ERROR_KIND_LABEL[attempt.error_kind!] ?? attempt.error_kind}</span>
        )}
        <span className="text-muted-foreground">{formatDuration(attempt.duration_ms)}</span>
      </div>
      {attempt.error_message && attempt.error_message !== `HTTP ${attempt.status_code}` && (
        <p className="text-destructive">{attempt.error_message}</p>
      )}
      {attempt.response_excerpt && (
        <pre className="max-h-32 overflow-auto rounded-md bg-muted/50 p-2 font-mono text-xs whitespace-pre-wrap">
          {attempt.response_excerpt}
        </pre>
      )}
    </li>
  );
}
