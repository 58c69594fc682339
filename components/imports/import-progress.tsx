"use client";

import Link from "next/link";
import type { ImportJson } from "@/lib/api-client/types";

/** Upload progress, then the import's own, then the outcome: a link to the board, or the reason it failed. */
export function ImportProgress({ upload, status }: { upload: number | null; status: ImportJson | undefined }) {
  if (upload === null && !status) return null;
  const running = !status || status.status === "queued" || status.status === "running";
  const fraction = !status ? (upload ?? 0) : status.progress.total > 0 ? status.progress.done / status.progress.total : running ? 0 : 1;
  const label = !status
    ? `Uploading… ${Math.round((upload ?? 0) * 100)}%`
    : status.status === "completed"
      ? `Imported ${status.counts?.cards ?? 0} cards in ${status.counts?.lists ?? 0} lists.`
      : status.status === "failed"
        ? `The import failed and changed nothing: ${status.error}`
        : `Importing… ${status.progress.done} of ${status.progress.total} cards`;
  return (
    <div className="space-y-2" data-testid="import-progress">
      {running && (
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(fraction * 100)}
          className="h-2 w-full overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full bg-primary transition-[width]" style={{ width: `${Math.round(fraction * 100)}%` }} />
        </div>
      )}
      <p role="status" className={status?.status === "failed" ? "text-sm text-destructive" : "text-sm text-muted-foreground"}>
        {label}
      </p>
      {status?.warnings.map((w) => (
        <p key={w} className="text-xs text-muted-foreground">
          {w}
        </p>
      ))}
      {status?.status === "completed" && status.board_id && (
        <Link href={`/boards/${status.board_id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          Open the board
        </Link>
      )}
    </div>
  );
}
