"use client";

import { useQuery } from "@tanstack/react-query";
import { HardDrive } from "lucide-react";
import { formatSize } from "@/components/card/card-attachments";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

/** The workspace's file storage: used against the quota, with the per-file and per-card limits. */
export function FileStorageUsage() {
  const { data, error } = useQuery({
    queryKey: queryKeys.fileUsage,
    queryFn: ({ signal }) => ok(api.GET("/v1/file_usage", { signal })),
  });
  const share = data ? Math.min(100, (data.used_bytes / Math.max(data.quota_bytes, 1)) * 100) : 0;
  return (
    <section aria-labelledby="file-storage-heading" className="space-y-3 rounded-xl border bg-card p-4" data-testid="file-storage-usage">
      <div className="flex items-start gap-4">
        <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-primary/10 text-primary">
          <HardDrive className="size-4" aria-hidden />
        </span>
        <div className="min-w-0 flex-1 space-y-2">
          <h2 id="file-storage-heading" className="font-medium">
            File storage
          </h2>
          {error ? (
            <p className="text-sm text-destructive">Could not load the storage use: {error.message}</p>
          ) : !data ? (
            <p className="text-sm text-muted-foreground">Loading…</p>
          ) : (
            <>
              <p className="text-sm">
                <span className="font-medium">{formatSize(data.used_bytes)}</span>{" "}
                <span className="text-muted-foreground">
                  of {formatSize(data.quota_bytes)} used · {data.file_count} attachment{data.file_count === 1 ? "" : "s"}
                </span>
              </p>
              <div
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(share)}
                aria-label="Share of the workspace's file storage used"
                className="h-2 w-full overflow-hidden rounded-full bg-muted"
              >
                <div className="h-full rounded-full bg-primary" style={{ width: `${share}%` }} />
              </div>
              <p className="text-xs text-muted-foreground">
                Files up to {formatSize(data.max_file_bytes)} each, at most {data.max_files_per_card} per card.
              </p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
