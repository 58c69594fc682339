// Adaptive concurrency per webhook (its receiver is the target), for the embedded worker.
//
// Without it, the worker's slots go to whatever is due first, and a receiver taking 2 s per
// request soon holds every slot while fast receivers' deliveries wait behind it. Each webhook
// gets a limit on attempts in flight, adjusted like TCP's congestion window (AIMD): +1 for each
// quick answer, halved for each slow one, a timeout, a refused connection or a 429/503. A slow
// receiver settles at one or two slots; fast ones grow to use what is free. The claim skips the
// deliveries of webhooks at their limit, so the order of the queue never blocks anyone.
import type { AttemptErrorKind } from "./policy";

export interface TargetOutcome {
  durationMs: number;
  status?: number;
  errorKind?: AttemptErrorKind | string | null;
}

interface Target {
  inFlight: number;
  limit: number;
}

export class TargetConcurrency {
  private readonly targets = new Map<string, Target>();
  readonly initial: number;

  /**
   * @param total the worker's slots: no webhook may take more.
   * @param slowMs an answer slower than this counts as congestion (read on every answer, so a
   *   changed timeout applies at once).
   */
  constructor(
    private readonly total: number,
    private readonly slowMs: () => number,
  ) {
    this.initial = Math.max(1, Math.ceil(total / 4));
  }

  started(webhookId: string): void {
    const target = this.targets.get(webhookId) ?? { inFlight: 0, limit: this.initial };
    target.inFlight++;
    this.targets.set(webhookId, target);
  }

  finished(webhookId: string, outcome: TargetOutcome | null): void {
    const target = this.targets.get(webhookId);
    if (!target) return;
    target.inFlight = Math.max(0, target.inFlight - 1);
    if (outcome) {
      if (this.isCongested(outcome)) target.limit = Math.max(1, Math.floor(target.limit / 2));
      else target.limit = Math.min(this.total, target.limit + 1);
    }
    // Forget targets that are idle and back at the default, so the map stays small.
    if (target.inFlight === 0 && target.limit === this.initial) this.targets.delete(webhookId);
  }

  limitOf(webhookId: string): number {
    return this.targets.get(webhookId)?.limit ?? this.initial;
  }

  /** What each known webhook may still take, for the claim (others get `initial`). */
  budgets(): { perWebhook: Map<string, number>; otherwise: number } {
    const perWebhook = new Map<string, number>();
    for (const [id, target] of this.targets) perWebhook.set(id, Math.max(0, target.limit - target.inFlight));
    return { perWebhook, otherwise: this.initial };
  }

  private isCongested({ durationMs, status, errorKind }: TargetOutcome): boolean {
    if (errorKind === "timeout" || errorKind === "connection") return true;
    if (status === 429 || status === 503) return true;
    return durationMs > this.slowMs();
  }
}
