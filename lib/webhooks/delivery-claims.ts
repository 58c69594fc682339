import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { webhookDeliveries, webhooks, type Webhook, type WebhookDelivery } from "@/db/schema";

// A claim is a lease, not a lock held by a connection: it survives across the HTTP attempt
// without holding a transaction open, and a worker that crashes mid-attempt loses it once
// locked_until passes, after which any worker may claim the delivery again.

const notLocked = () => or(isNull(webhookDeliveries.lockedUntil), lt(webhookDeliveries.lockedUntil, sql`now()`));
const leaseUntil = (leaseMs: number) => sql`now() + ${`${Math.ceil(leaseMs)} milliseconds`}::interval`;

export interface ClaimedDelivery {
  token: string;
  delivery: WebhookDelivery;
  webhook: Webhook;
}

export interface ClaimBudgets {
  /** Slots a webhook may still take in this claim; 0 leaves its deliveries where they are. */
  perWebhook: ReadonlyMap<string, number>;
  /** For webhooks not in `perWebhook`. */
  otherwise: number;
}

/**
 * Claims up to `limit` due pending deliveries for one worker, in one statement. FOR UPDATE SKIP
 * LOCKED lets concurrent workers (other processes on PostgreSQL) pick disjoint rows without
 * waiting on each other; the lease then keeps them disjoint after this statement commits.
 * `budgets` caps how many each webhook gets (adaptive per-target concurrency), so a slow
 * receiver's backlog cannot fill the claim: its rows are skipped, the next ones taken.
 */
export async function claimDueDeliveries(
  db: Database,
  limit: number,
  leaseMs: number,
  budgets: ClaimBudgets = { perWebhook: new Map(), otherwise: limit },
): Promise<ClaimedDelivery[]> {
  const token = randomUUID();
  if (limit <= 0) return [];
  const perWebhook = JSON.stringify(Object.fromEntries(budgets.perWebhook));
  const budget = sql`coalesce((${perWebhook}::jsonb ->> webhook_id)::int, ${budgets.otherwise}::int)`;
  // Webhooks with no budget left are skipped by the scan itself; rows beyond a webhook's partial
  // budget are scanned (locked until this statement ends) but not taken. The scan locks no more
  // than `limit` rows, so concurrent workers skip no more than they would without budgets.
  const picked = sql`(
    SELECT id FROM (
      SELECT id, next_attempt_at, ${budget} AS budget,
             row_number() OVER (PARTITION BY webhook_id ORDER BY next_attempt_at, id) AS rank
      FROM (
        SELECT id, webhook_id, next_attempt_at FROM webhook_deliveries
        WHERE status = 'pending' AND next_attempt_at <= now()
          AND (locked_until IS NULL OR locked_until < now()) AND ${budget} > 0
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      ) due
    ) ranked
    WHERE rank <= budget
    ORDER BY next_attempt_at
    LIMIT ${limit}
  )`;
  // The claim also returns each delivery with its webhook: one round trip for the whole batch.
  const rows = await db
    .update(webhookDeliveries)
    .set({ lockedUntil: leaseUntil(leaseMs), lockToken: token })
    .from(webhooks)
    .where(and(eq(webhooks.id, webhookDeliveries.webhookId), inArray(webhookDeliveries.id, picked)))
    .returning({ delivery: webhookDeliveries, webhook: webhooks });
  return rows.map((row) => ({ token, ...row }) as ClaimedDelivery);
}

export type ClaimRefusal =
  { kind: "missing" } | { kind: "busy" } | { kind: "not_pending"; status: string } | { kind: "not_due"; delayMs: number };

/**
 * Claims one delivery. A scheduled attempt needs it pending and due; a manual one (retry, test)
 * takes it whatever its status and starts a fresh run of the retry schedule.
 */
export async function claimDelivery(
  db: Database,
  deliveryId: string,
  { leaseMs, manual }: { leaseMs: number; manual: boolean },
): Promise<{ token: string } | ClaimRefusal> {
  const token = randomUUID();
  const conditions = [eq(webhookDeliveries.id, deliveryId), notLocked()];
  if (!manual) {
    conditions.push(eq(webhookDeliveries.status, "pending"));
    // A little slack: Inngest's retry may arrive a moment before the time we wrote.
    conditions.push(lte(webhookDeliveries.nextAttemptAt, sql`now() + interval '1 second'`));
  }
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({
      lockedUntil: leaseUntil(leaseMs),
      lockToken: token,
      ...(manual ? { status: "pending" as const, runAttempts: 0, failureReason: null } : {}),
    })
    .where(and(...conditions))
    .returning({ id: webhookDeliveries.id });
  if (claimed) return { token };

  const [row] = await db
    .select({
      status: webhookDeliveries.status,
      locked: sql<boolean>`coalesce(${webhookDeliveries.lockedUntil} >= now(), false)`,
      dueInMs: sql<number>`coalesce(extract(epoch from (${webhookDeliveries.nextAttemptAt} - now())) * 1000, 0)`,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row) return { kind: "missing" };
  if (row.locked) return { kind: "busy" };
  if (row.status !== "pending") return { kind: "not_pending", status: row.status };
  return { kind: "not_due", delayMs: Math.max(0, Math.ceil(Number(row.dueInMs))) };
}

/**
 * Gives up leases this worker still holds (graceful shutdown): each delivery stays pending and
 * due as it was, and is claimable by any worker at once. Only rows still under the given claim
 * token are touched, so a lease that expired and was claimed again elsewhere is left alone.
 */
export async function releaseDeliveryLeases(db: Database, held: { id: string; token: string }[]): Promise<number> {
  if (held.length === 0) return 0;
  const rows = await db
    .update(webhookDeliveries)
    .set({ lockedUntil: null, lockToken: null })
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        or(...held.map((h) => and(eq(webhookDeliveries.id, h.id), eq(webhookDeliveries.lockToken, h.token)))),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.length;
}
