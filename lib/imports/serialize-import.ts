import type { ImportRow } from "@/db/schema";
import type { ImportJson } from "./schemas";

export type ImportProgress = { done: number; total: number; phase: string };

export function serializeImport(row: ImportRow, live?: ImportProgress): ImportJson {
  const total = row.counts?.cards ?? 0;
  const progress =
    row.status === "completed"
      ? { done: total, total, phase: "done" }
      : (live ?? { done: 0, total, phase: row.status === "failed" ? "failed" : "queued" });
  return {
    id: row.id,
    kind: row.kind,
    file_name: row.fileName,
    status: row.status,
    progress,
    board_id: row.boardId,
    counts: row.counts ?? null,
    warnings: row.warnings ?? [],
    error: row.error,
    user_id: row.userId,
    created_at: row.createdAt.toISOString(),
    finished_at: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}
