import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";

/** A query that failed: "Could not load <what>: <server's message>", announced to screen readers. */
export function LoadError({ what, error, className }: { what: string; error: Error; className?: string }) {
  return (
    <p role="alert" className={cn("text-sm text-destructive", className)}>
      Could not load {what}: {error.message}
    </p>
  );
}

/** Placeholder rows while a list loads, labelled for assistive technology. */
export function RowsSkeleton({ label, rows, rowClassName }: { label: string; rows: number; rowClassName: string }) {
  return (
    <div className="space-y-2" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className={rowClassName} />
      ))}
    </div>
  );
}
