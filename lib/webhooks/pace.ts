// rate_limit_per_second: attempts to one webhook are spaced 1/rate seconds apart — paced, never
// failed. Slots are kept in this process (the embedded worker, or the Inngest handler's process):
// several app instances each pace on their own, so the receiver may see up to rate × instances.

/** Longer than this and the attempt is not made now but put back, due at its slot, so waiting attempts do not hold the worker's slots. */
export const MAX_PACE_WAIT_MS = 1000;

const holder = globalThis as unknown as { __tasktidePaceSlots?: Map<string, number> };
const slots = () => (holder.__tasktidePaceSlots ??= new Map());

export type Pace = { waitMs: number } | { deferMs: number };

/**
 * Takes the webhook's next slot: `waitMs` to sleep before sending (0: send now), or, when the
 * slot is further off than MAX_PACE_WAIT_MS, `deferMs` after which to try again (no slot taken).
 */
export function takePaceSlot(webhookId: string, ratePerSecond: number, now = Date.now()): Pace {
  const next = Math.max(now, slots().get(webhookId) ?? 0);
  if (next - now > MAX_PACE_WAIT_MS) return { deferMs: next - now };
  slots().set(webhookId, next + 1000 / ratePerSecond);
  // Forget idle webhooks' slots, so the map holds only webhooks sending now.
  if (slots().size > 10_000) for (const [id, at] of slots()) if (at < now) slots().delete(id);
  return { waitMs: next - now };
}
