import { config } from "@/config";
import { embeddedScheduler } from "./embedded-scheduler";
import { inngestScheduler } from "./inngest-scheduler";

export interface DeliveryRef {
  id: string;
  webhookId: string;
}

/**
 * What runs webhook deliveries: the embedded worker or Inngest. Verbs tell the port what
 * happened, after commit, and never ask which provider runs. Every method is fire-and-forget and
 * never throws: all state is in webhook_deliveries, so a lost hand-off is only latency (the
 * embedded poll or the Inngest cron sweeper picks the delivery up).
 */
export interface DeliveryScheduler {
  readonly name: "embedded" | "inngest";
  /** At start-up: runs whatever delivers in this process (the embedded worker; nothing for Inngest). */
  start(): void;
  /**
   * Stops it, waiting for attempts in flight: at most `timeoutMs` (graceful shutdown), after which
   * the embedded worker releases the leases it still holds.
   */
  stop(options?: { timeoutMs?: number }): Promise<void>;
  /** Pending deliveries were committed (fan-out, recover): run them now. */
  dispatch(deliveries: readonly DeliveryRef[]): void;
  /** A paused webhook was enabled again. */
  webhookResumed(webhookId: string): void;
  /** A webhook was deleted (its deliveries with it): runs waiting for a retry may stop. */
  webhookDeleted(webhookId: string): void;
}

// On globalThis so instrumentation, the route bundles and Next's dev reloads share one choice.
const holder = globalThis as unknown as { __tasktideDeliveryScheduler?: DeliveryScheduler };

/** The process's scheduler, chosen once from the configuration (INNGEST_EVENT_KEY / INNGEST_DEV). */
export function deliveryScheduler(): DeliveryScheduler {
  holder.__tasktideDeliveryScheduler ??= config().webhooks.scheduler === "inngest" ? inngestScheduler : embeddedScheduler;
  return holder.__tasktideDeliveryScheduler;
}

/** Tests install one, or pass undefined so the next use chooses again from the configuration. */
export function setDeliveryScheduler(scheduler: DeliveryScheduler | undefined): void {
  holder.__tasktideDeliveryScheduler = scheduler;
}
