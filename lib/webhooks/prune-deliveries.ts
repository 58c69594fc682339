import { and, lt, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { webhookPolicy } from "./current-policy";

/**
 * Deletes finished deliveries (and, by cascade, their attempts) older than
 * WEBHOOK_LOG_RETENTION_DAYS. Pending ones are kept whatever their age: pruning must never lose
 * an undelivered event.
 */
export async function pruneDeliveries(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - webhookPolicy().retentionDays * 24 * 60 * 60 * 1000);
  const rows = await db
    .delete(webhookDeliveries)
    .where(and(lt(webhookDeliveries.createdAt, cutoff), ne(webhookDeliveries.status, "pending")))
    .returning({ id: sql`1` });
  return rows.length;
}
