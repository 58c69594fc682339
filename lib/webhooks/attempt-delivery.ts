// One delivery attempt, the single function both schedulers (embedded worker, Inngest) and the
// manual endpoints (test, retry) call: claim → load → sign → POST → record → apply the policy.
import { observeAttempt } from "@/lib/metrics/metrics";
import { recordSpan } from "@/lib/tracing/tracing";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries, webhooks, type Webhook, type WebhookDelivery } from "@/db/schema";
import { newId } from "@/lib/ids";
import { webhookNetworkOptions, webhookPolicy } from "./current-policy";
import { claimDelivery, type ClaimedDelivery, type ClaimRefusal } from "./delivery-claims";
import { decryptHeaders, maskCustomHeaders } from "./custom-headers";
import { deliveryHeaders } from "./delivery-headers";
import { postWebhook } from "./http-post";
import {
  decideAfterAttempt,
  describeOutcome,
  exceedsPayloadLimit,
  type AttemptDecision,
  type AttemptErrorKind,
  type WebhookPolicy,
} from "./policy";
import { recordAttempt, type Sent } from "./record-attempt";
import { takePaceSlot } from "./pace";
import { parseWebhookUrl, type ResolveAll } from "./ssrf-guard";
import { signingSecrets } from "./webhook-secrets";

export type AttemptResult =
  /** An attempt was made; `decision` says what happens next. */
  | {
      kind: "attempted";
      attemptId: string;
      attemptNumber: number;
      statusCode: number | null;
      errorKind: string | null;
      durationMs: number;
      decision: AttemptDecision;
    }
  /** The webhook is inactive: kept pending, not due, until it is enabled again. */
  | { kind: "held" }
  | { kind: "missing" }
  /** Another worker holds the delivery's lease. */
  | { kind: "busy" }
  /** Already finished (a duplicate dispatch). */
  | { kind: "not_pending"; status: string }
  | { kind: "not_due"; delayMs: number }
  /** Over the webhook's rate_limit_per_second: put back, due in `delayMs`; no attempt was made or counted. */
  | { kind: "paced"; delayMs: number };

export interface AttemptOptions {
  /** A delivery the caller (the embedded worker) has already claimed, with its webhook. */
  claimed?: ClaimedDelivery;
  /** Retry and test from the API: any status, even while the webhook is inactive. */
  manual?: boolean;
  /** The policy and network rules to apply; the embedded worker reads them once per claim. */
  settings?: { policy: WebhookPolicy; network: ReturnType<typeof webhookNetworkOptions> };
  /** Writes the attempt (default recordAttempt); the embedded worker batches its writes. */
  record?: typeof recordAttempt;
  /** DNS resolver for this attempt (default: the system's); tests use it to play a rebinding DNS. */
  lookup?: ResolveAll;
}

export async function attemptDelivery(deliveryId: string, options: AttemptOptions = {}): Promise<AttemptResult> {
  const db = await getDb();
  const policy = options.settings?.policy ?? webhookPolicy();
  const claimed = options.claimed ?? (await claimAndLoad(deliveryId, options.manual ?? false, policy));
  if (!("token" in claimed)) return claimed;
  const { token, delivery, webhook } = claimed;

  if (!webhook.active && !options.manual) {
    // Queued or mid-retry when the webhook went off: held (pending, not due) rather than skipped,
    // so it is neither lost from "Replay missed events" nor sent while off; resuming releases it
    // (releaseHeldDeliveries). Events recorded while it is off are skipped by fan-out instead.
    await db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: null, lockedUntil: null, lockToken: null, updatedAt: new Date() })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.lockToken, token)));
    return { kind: "held" };
  }

  if (webhook.rateLimitPerSecond !== null && !options.manual) {
    const pace = takePaceSlot(webhook.id, webhook.rateLimitPerSecond);
    if ("deferMs" in pace) {
      // Over the webhook's rate: due again at its turn, no attempt counted.
      await db
        .update(webhookDeliveries)
        .set({ nextAttemptAt: new Date(Date.now() + pace.deferMs), lockedUntil: null, lockToken: null })
        .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.lockToken, token)));
      return { kind: "paced", delayMs: pace.deferMs };
    }
    if (pace.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, pace.waitMs));
  }

  const startedAt = new Date();
  const customHeaders = decryptHeaders(webhook.headersCiphertext);
  const headers = deliveryHeaders({
    webhookId: webhook.id,
    deliveryId: delivery.id,
    eventType: delivery.eventType,
    body: delivery.payload,
    secrets: signingSecrets(webhook, startedAt),
    signatureFormat: webhook.signatureFormat,
    customHeaders,
    now: startedAt,
  });
  const network = options.settings?.network ?? webhookNetworkOptions();
  const sent = await send(policy, network, webhook, delivery, headers, options.lookup);
  const attemptNumber = delivery.runAttempts + 1;
  let decision = decideAfterAttempt(policy, {
    attemptNumber,
    outcome: { status: sent.status, errorKind: sent.errorKind as AttemptErrorKind | undefined, retryAfter: sent.retryAfter },
  });
  // A test is one synchronous attempt that reports its result; it is never retried.
  if (delivery.isTest && decision.kind === "retry") decision = { kind: "failed", reason: describeOutcome(sent) };

  observeAttempt(decision.kind, sent.durationMs / 1000);
  recordSpan("webhook.attempt", {
    kind: "client",
    start: startedAt,
    attributes: {
      "tasktide.webhook_id": webhook.id,
      "tasktide.delivery_id": delivery.id,
      "tasktide.attempt": attemptNumber,
      "tasktide.outcome": decision.kind,
      ...(sent.status ? { "http.response.status_code": sent.status } : {}),
      ...(sent.errorKind ? { "error.type": sent.errorKind } : {}),
    },
    error: decision.kind !== "succeeded",
  });
  const attemptId = newId("attempt");
  // The log shows what was sent, but never a custom header's credential in clear.
  const loggedHeaders = maskCustomHeaders(headers, customHeaders);
  await (options.record ?? recordAttempt)(db, policy, {
    delivery,
    webhook,
    token,
    attemptId,
    attemptNumber,
    startedAt,
    headers: loggedHeaders,
    sent,
    decision,
  });
  return {
    kind: "attempted",
    attemptId,
    attemptNumber,
    statusCode: sent.status ?? null,
    errorKind: sent.errorKind ?? null,
    durationMs: sent.durationMs,
    decision,
  };
}

async function claimAndLoad(
  deliveryId: string,
  manual: boolean,
  policy: WebhookPolicy,
): Promise<ClaimedDelivery | ClaimRefusal | { kind: "missing" }> {
  const db = await getDb();
  const claim = await claimDelivery(db, deliveryId, { leaseMs: leaseMs(policy), manual });
  if (!("token" in claim)) return claim;
  const [row] = await db
    .select({ delivery: webhookDeliveries, webhook: webhooks })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(eq(webhookDeliveries.id, deliveryId));
  return row ? { token: claim.token, ...row } : { kind: "missing" };
}

/**
 * Longer than any attempt can take (postWebhook's deadline covers DNS, connect and response, so
 * twice that plus a margin for the database), so a live worker never loses its lease mid-attempt,
 * while a crashed worker's deliveries are claimable again soon after.
 */
export function leaseMs(policy: WebhookPolicy): number {
  return 2 * policy.timeoutMs + 5_000;
}

async function send(
  policy: WebhookPolicy,
  network: ReturnType<typeof webhookNetworkOptions>,
  webhook: Webhook,
  delivery: WebhookDelivery,
  headers: Record<string, string>,
  lookup?: ResolveAll,
): Promise<Sent> {
  const bytes = Buffer.byteLength(delivery.payload, "utf8");
  if (exceedsPayloadLimit(policy, bytes)) {
    return {
      durationMs: 0,
      errorKind: "payload_too_large",
      errorMessage: `The payload is ${bytes} bytes, over the ${policy.maxPayloadBytes / 1024} KiB limit; it was not sent.`,
    };
  }
  // Checked again at every delivery: the rules (production, WEBHOOKS_ALLOW_*) may have changed
  // since registration. DNS names are resolved and checked inside postWebhook.
  const url = parseWebhookUrl(webhook.url, network);
  if (!url.ok) return { durationMs: 0, errorKind: "blocked_address", errorMessage: url.message };
  return postWebhook({
    url: webhook.url,
    headers,
    body: delivery.payload,
    timeoutMs: policy.timeoutMs,
    allowPrivate: network.allowPrivate,
    proxyUrl: network.proxyUrl,
    excerptBytes: policy.responseExcerptBytes,
    lookup,
  });
}
