import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookPolicy } from "./current-policy";

/**
 * Deletes finished deliveries (and, by cascade, their attempts) older than their workspace keeps
 * them: its delivery_retention_days, never more than WEBHOOK_LOG_RETENTION_DAYS. Pending ones are
 * kept whatever their age: pruning must never lose an undelivered event.
 */
export async function pruneDeliveries(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const maxDays = webhookPolicy().retentionDays;
  const rows = await db.execute<{ id: string }>(sql`
    DELETE FROM webhook_deliveries d USING workspaces w
    WHERE w.id = d.workspace_id AND d.status <> 'pending'
      AND d.created_at < ${now.toISOString()}::timestamptz - make_interval(days => least(coalesce(w.webhook_log_retention_days, ${maxDays}::int), ${maxDays}::int))
    RETURNING d.id
  `);
  return rowCount(rows);
}

// postgres.js returns the rows as an array; PGlite returns { rows }.
const rowCount = (result: unknown) => (Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0));
