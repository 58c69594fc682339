import { and, count, eq, sql, sum } from "drizzle-orm";
import { config } from "@/config";
import type { DbOrTx, Tx } from "@/db/client";
import { files } from "@/db/schema";
import { AppError, conflict } from "@/lib/core/errors";

/** Bytes the workspace's uploads take. */
export async function workspaceUsage(db: DbOrTx, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ bytes: sum(files.size) })
    .from(files)
    .where(eq(files.workspaceId, workspaceId));
  return Number(row?.bytes ?? 0);
}

async function cardFileCount(db: DbOrTx, cardId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(files)
    .where(and(eq(files.cardId, cardId)));
  return row?.n ?? 0;
}

export function quotaExceeded(quota: number): AppError {
  return new AppError(
    "payload_too_large",
    `The workspace's file storage quota (${formatBytes(quota)}) is used up; delete some files or ask an admin to raise FILE_WORKSPACE_QUOTA_BYTES.`,
  );
}

export function fileTooLarge(max: number): AppError {
  return new AppError("payload_too_large", `The file is larger than the limit of ${formatBytes(max)}.`);
}

/**
 * Throws unless the card can take another attachment (409 at FILE_MAX_PER_CARD) and the
 * workspace `extraBytes` more (413 over FILE_WORKSPACE_QUOTA_BYTES). Inside a transaction it
 * first takes the workspace's file lock, so two uploads cannot both fit the last bytes of the quota.
 */
export async function checkRoom(db: DbOrTx, { workspaceId, cardId }: { workspaceId: string; cardId: string }, extraBytes: number) {
  const { maxPerCard, workspaceQuotaBytes } = config().files;
  if ((await cardFileCount(db, cardId)) >= maxPerCard) {
    throw conflict(`A card holds at most ${maxPerCard} attachments; delete one before adding another.`);
  }
  const used = await workspaceUsage(db, workspaceId);
  if (used + extraBytes > workspaceQuotaBytes) throw quotaExceeded(workspaceQuotaBytes);
  return { remainingQuota: workspaceQuotaBytes - used };
}

export async function lockWorkspaceFiles(tx: Tx, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`files:${workspaceId}`}, 0))`);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
