import { NonRetriableError, RetryAfterError } from "inngest";
import type { AttemptResult } from "@/lib/webhooks/attempt-delivery";

export type DeliveryOutcome = {
  deliveryId: string;
  outcome: "success" | "held" | "paced" | "missing" | "already_finished";
  statusCode?: number | null;
  /** For "paced": when the delivery's turn comes. */
  delayMs?: number;
};

/**
 * Turns attemptDelivery's result into what Inngest's step retries understand: a retry is a
 * RetryAfterError carrying the policy's delay (so Inngest, not a fixed backoff, follows the
 * webhook schedule and Retry-After), a permanent failure a NonRetriableError. The delivery row
 * has already been updated by attemptDelivery in every case.
 */
export function toInngestOutcome(deliveryId: string, result: AttemptResult): DeliveryOutcome {
  switch (result.kind) {
    case "attempted": {
      const { decision } = result;
      const what = result.errorKind
        ? `${result.errorKind}${result.statusCode ? ` (HTTP ${result.statusCode})` : ""}`
        : `HTTP ${result.statusCode}`;
      if (decision.kind === "succeeded") return { deliveryId, outcome: "success", statusCode: result.statusCode };
      if (decision.kind === "retry")
        throw new RetryAfterError(`attempt ${result.attemptNumber} failed: ${what}`, Math.max(1000, decision.delayMs));
      throw new NonRetriableError(decision.reason);
    }
    case "not_due":
      throw new RetryAfterError("not due yet", Math.max(1000, result.delayMs));
    case "busy":
      throw new RetryAfterError("another worker is attempting this delivery", 5000);
    case "held":
      // Released (and dispatched again) when the webhook is enabled again.
      return { deliveryId, outcome: "held" };
    case "paced":
      // Not a failure: the function sleeps until the turn and attempts again, spending no retry.
      return { deliveryId, outcome: "paced", delayMs: result.delayMs };
    case "missing":
      return { deliveryId, outcome: "missing" };
    case "not_pending":
      return { deliveryId, outcome: "already_finished" };
  }
}
