"use client";

import { useId } from "react";
import { TriangleAlert } from "lucide-react";
import { CopyButton } from "@/components/ui/copy-button";

/**
 * A secret shown this one time (an API token, a webhook signing secret): the value with a copy
 * button, and a warning that it will not be shown again followed by what to do with it.
 */
export function ShownOnce({
  label,
  value,
  copyLabel,
  testId,
  children,
}: {
  label: string;
  value: string;
  copyLabel: string;
  testId: string;
  children: React.ReactNode;
}) {
  const labelId = useId();
  return (
    <>
      <div className="space-y-2">
        <p className="text-sm font-medium" id={labelId}>
          {label}
        </p>
        <div className="flex items-center gap-2 rounded-lg border bg-muted/50 py-1 pr-1 pl-3">
          <code className="min-w-0 flex-1 font-mono text-[13px] break-all" data-testid={testId} aria-labelledby={labelId}>
            {value}
          </code>
          <CopyButton value={value} variant="outline" copiedLabel="Copied">
            {copyLabel}
          </CopyButton>
        </div>
      </div>
      <div role="note" className="flex gap-2.5 rounded-lg border border-warning/40 bg-warning/10 p-3 text-sm">
        <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
        <p>
          <strong className="font-semibold">Copy it now: it will not be shown again.</strong> {children}
        </p>
      </div>
    </>
  );
}
