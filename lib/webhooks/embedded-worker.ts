// The default scheduler: an in-process worker that claims due deliveries from the database and
// runs several at once. All state lives in webhook_deliveries (status, next_attempt_at, lease),
// so a restart or crash loses nothing: unfinished claims expire and are claimed again.
// Per batch, not per delivery: one claim statement fills the free slots (within each webhook's
// adaptive limit, target-concurrency.ts), and the attempts' log is written by group commit
// (record-attempts-batch.ts). Woken in-process on dispatch, by NOTIFY from other processes on
// PostgreSQL, and by a fallback poll.
import { describeError } from "@/lib/core/describe-error";
import { config } from "@/config";
import { getDb } from "@/db/client";
import { attemptDelivery, leaseMs, type AttemptOptions } from "./attempt-delivery";
import { webhookNetworkOptions, webhookPolicy } from "./current-policy";
import { claimDueDeliveries, releaseDeliveryLeases, type ClaimedDelivery } from "./delivery-claims";
import { listenForDeliveries } from "./delivery-notifications";
import { pruneIdempotencyKeys } from "@/lib/idempotency/idempotency";
import { pruneDeliveries } from "./prune-deliveries";
import type { recordAttempt } from "./record-attempt";
import { AttemptRecorder } from "./record-attempts-batch";
import { TargetConcurrency } from "./target-concurrency";
import { onDeliveriesDispatched } from "./worker-wakers";
import { log } from "@/lib/log/logger";
import { metrics, onScrape } from "@/lib/metrics/metrics";

export interface WorkerOptions {
  /** Attempts in flight at once (WEBHOOK_WORKER_CONCURRENCY, default 64), within per-webhook limits. */
  concurrency?: number;
  /** Fallback poll when nothing wakes the worker (WEBHOOK_WORKER_POLL_MS, default 1000). */
  pollMs?: number;
  /** How often old deliveries are pruned (default hourly). */
  pruneEveryMs?: number;
  /**
   * Woken by this process's dispatches (default). False: only by NOTIFY (its own process's too)
   * and the poll, as a worker in another process would be; for tests of the cross-process path.
   */
  wakeInProcess?: boolean;
  onError?: (error: unknown) => void;
}

export class EmbeddedWorker {
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly pruneEveryMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly wakeInProcess: boolean;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly recorder = new AttemptRecorder();
  private readonly records = new Set<Promise<void>>();
  readonly targets: TargetConcurrency;
  private unlisten: Promise<() => Promise<void>> | null = null;
  private running = false;
  private loopDone: Promise<void> = Promise.resolve();
  private woken = false;
  private wakeWaiter: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private lastPrune = 0;
  private wakeTimer: ReturnType<typeof setTimeout> | null = null;
  private offScrape: (() => void) | null = null;

  constructor(options: WorkerOptions = {}) {
    const { workerConcurrency, workerPollMs } = config().webhooks;
    this.concurrency = Math.max(1, options.concurrency ?? workerConcurrency);
    this.pollMs = Math.max(10, options.pollMs ?? workerPollMs);
    this.pruneEveryMs = options.pruneEveryMs ?? 60 * 60 * 1000;
    this.onError = options.onError ?? ((error) => log().error({ component: "webhook-worker" }, `webhook worker: ${describeError(error)}`));
    this.wakeInProcess = options.wakeInProcess ?? true;
    this.targets = new TargetConcurrency(this.concurrency, () => webhookPolicy().timeoutMs / 10);
  }

  start(): this {
    if (this.running) return this;
    this.running = true;
    if (this.wakeInProcess) this.unsubscribe = onDeliveriesDispatched(() => this.wake());
    this.offScrape = onScrape(() => {
      metrics().gauges.workerSlots.set({ state: "in_use" }, this.inFlight.size);
      metrics().gauges.workerSlots.set({ state: "capacity" }, this.concurrency);
    });
    this.unlisten = listenForDeliveries(() => this.wake(), { includeOwn: !this.wakeInProcess }).catch((error) => {
      this.onError(error);
      return async () => {};
    });
    this.loopDone = this.loop();
    return this;
  }

  /**
   * Stops claiming and waits for the attempts in flight to finish and be recorded. With
   * `timeoutMs` (graceful shutdown) it waits that long at most, then releases the leases of the
   * deliveries still unfinished, so another instance claims them at once rather than after the
   * lease expires; those attempts' outcomes are not recorded (the receiver may see them again).
   */
  async stop(options: { timeoutMs?: number } = {}): Promise<{ released: number }> {
    if (!this.running) return { released: 0 };
    this.running = false;
    this.unsubscribe?.();
    this.offScrape?.();
    this.wake();
    const deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs;
    const within = (work: Promise<unknown>) => settleBy(work, deadline);
    await within(this.loopDone);
    await within(Promise.allSettled([...this.inFlight]));
    await within(Promise.allSettled([...this.records]));
    await within(this.recorder.drain());
    const released = this.leases.size > 0 ? await this.releaseLeases() : 0;
    await within((async () => await (await this.unlisten)?.())());
    return { released };
  }

  /** Deliveries this worker has claimed and not yet finished (recorded, or put back): id → claim token. */
  private readonly leases = new Map<string, string>();

  private async releaseLeases(): Promise<number> {
    const held = [...this.leases];
    this.leases.clear();
    try {
      return await releaseDeliveryLeases(
        await getDb(),
        held.map(([id, token]) => ({ id, token })),
      );
    } catch (error) {
      this.onError(error);
      return 0;
    }
  }

  /** True once the worker listens for other processes' NOTIFY (at once on PGlite). */
  async listening(): Promise<void> {
    await this.unlisten;
  }

  /**
   * After an attempt finishes: a moment's delay lets several slots free up so one claim query
   * fills them all, rather than one query per finished attempt.
   */
  private wakeSoon(): void {
    if (this.wakeTimer) return;
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      this.wake();
    }, 2);
  }

  wake(): void {
    this.woken = true;
    this.wakeWaiter?.();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      this.woken = false;
      try {
        await this.pruneIfDue();
        const free = this.concurrency - this.inFlight.size;
        if (free > 0) {
          // When this fills every slot, the next finished attempt wakes the loop to claim more.
          // The settings are read once per claim, not per attempt (config() reads the environment).
          const settings = { policy: webhookPolicy(), network: webhookNetworkOptions() };
          const claimed = await claimDueDeliveries(await getDb(), free, leaseMs(settings.policy), this.targets.budgets());
          for (const one of claimed) this.run(one, settings);
          // A claim that found work may have left rows behind a webhook's budget; ask again at
          // once rather than after the next wake. An empty claim ends the round.
          if (claimed.length > 0 && claimed.length < free) this.woken = true;
        }
      } catch (error) {
        this.onError(error);
      }
      await this.sleep(this.pollMs);
    }
  }

  /**
   * The attempt's slot is freed once the receiver has answered: its log entry is then only queued
   * for the recorder's next batch (stop() waits for those), and the delivery stays leased until it
   * is written, so nobody can claim it meanwhile.
   */
  private readonly recordLater: typeof recordAttempt = (db, policy, input) => {
    const { decision } = input;
    const write = this.recorder
      .record(db, policy, input)
      .then(() => {
        // Recorded: the write released the lease.
        this.leases.delete(input.delivery.id);
        // Short retries (compressed schedules, Retry-After) are woken for precisely, once the
        // delivery's lease is released; longer ones are found by the poll.
        if (decision.kind === "retry" && decision.delayMs < this.pollMs) setTimeout(() => this.wake(), decision.delayMs + 1).unref?.();
      })
      .catch((error) => this.onError(error));
    this.records.add(write);
    void write.finally(() => this.records.delete(write));
    return Promise.resolve();
  };

  private run(claimed: ClaimedDelivery, settings: AttemptOptions["settings"]): void {
    const webhookId = claimed.webhook.id;
    this.targets.started(webhookId);
    this.leases.set(claimed.delivery.id, claimed.token);
    let answered = false;
    const task = attemptDelivery(claimed.delivery.id, { claimed, settings, record: this.recordLater })
      .then((result) => {
        // Not attempted (held, paced…): attemptDelivery put the delivery back itself.
        if (result.kind !== "attempted") this.leases.delete(claimed.delivery.id);
        if (result.kind === "attempted") {
          answered = true;
          this.targets.finished(webhookId, {
            durationMs: result.durationMs,
            status: result.statusCode ?? undefined,
            errorKind: result.errorKind,
          });
        }
      })
      .catch((error) => this.onError(error))
      .finally(() => {
        if (!answered) this.targets.finished(webhookId, null);
        this.inFlight.delete(task);
        this.wakeSoon();
      });
    this.inFlight.add(task);
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeWaiter = () => {
        this.wakeWaiter = null;
        done();
      };
    });
  }

  private async pruneIfDue(): Promise<void> {
    if (Date.now() - this.lastPrune < this.pruneEveryMs) return;
    this.lastPrune = Date.now();
    await pruneDeliveries();
    await pruneIdempotencyKeys(await getDb());
  }
}

// One worker per process, kept on globalThis so Next's dev reloads don't start a second one.
const holder = globalThis as unknown as { __tasktideWebhookWorker?: EmbeddedWorker };

export function startEmbeddedWorker(options?: WorkerOptions): EmbeddedWorker {
  holder.__tasktideWebhookWorker ??= new EmbeddedWorker(options).start();
  return holder.__tasktideWebhookWorker;
}

export async function stopEmbeddedWorker(options: { timeoutMs?: number } = {}): Promise<void> {
  const worker = holder.__tasktideWebhookWorker;
  holder.__tasktideWebhookWorker = undefined;
  await worker?.stop(options);
}

/** Resolves when `work` settles or at `deadline` (epoch ms), whichever comes first. */
async function settleBy(work: Promise<unknown>, deadline: number | undefined): Promise<void> {
  const settled = work.then(
    () => {},
    () => {},
  );
  if (deadline === undefined) return settled;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))));
  await Promise.race([settled, late]);
  clearTimeout(timer);
}
