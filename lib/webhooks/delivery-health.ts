import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { webhookDeliveries, webhooks, type DeliveryStatus } from "@/db/schema";

/** The newest real (non-test) delivery of a webhook: what the API shows as its health. */
export interface DeliveryHealth {
  status: DeliveryStatus | null;
  /** When it was last attempted, or created if it never was (skipped, or still queued). */
  at: Date | null;
  statusCode: number | null;
}

export const NO_DELIVERIES: DeliveryHealth = { status: null, at: null, statusCode: null };

/**
 * Read, not stored: the newest delivery by id is one step down the (webhook_id, id) index, so a
 * list of webhooks costs one lateral join and attempt recording never has to touch (and lock) the
 * webhook's row. Tests are left out: they are not events and say nothing about real traffic.
 */
export function latestDeliverySubquery(db: DbOrTx) {
  return db
    .select({
      status: webhookDeliveries.status,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      createdAt: webhookDeliveries.createdAt,
      statusCode: webhookDeliveries.lastStatusCode,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhooks.id), eq(webhookDeliveries.isTest, false)))
    .orderBy(desc(webhookDeliveries.id))
    .limit(1)
    .as("latest_delivery");
}

type LatestDeliveryRow = { status: DeliveryStatus | null; lastAttemptAt: Date | null; createdAt: Date | null; statusCode: number | null };

export function toDeliveryHealth(row: LatestDeliveryRow | null | undefined): DeliveryHealth {
  if (!row?.status) return NO_DELIVERIES;
  return { status: row.status, at: row.lastAttemptAt ?? row.createdAt, statusCode: row.statusCode };
}

export async function deliveryHealth(db: DbOrTx, webhookId: string): Promise<DeliveryHealth> {
  const [row] = await db
    .select({
      status: webhookDeliveries.status,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      createdAt: webhookDeliveries.createdAt,
      statusCode: webhookDeliveries.lastStatusCode,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.isTest, false)))
    .orderBy(desc(webhookDeliveries.id))
    .limit(1);
  return toDeliveryHealth(row);
}
