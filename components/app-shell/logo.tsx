import { Waves } from "lucide-react";
import { cn } from "@/lib/utils";

/** `compact`: the wordmark only from the sm breakpoint, so a phone header has room for its controls. */
export function Logo({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <span className="grid size-7 place-items-center rounded-md bg-primary text-primary-foreground">
        <Waves className="size-4" aria-hidden />
      </span>
      <span className={compact ? "max-sm:sr-only" : undefined}>Tasktide</span>
    </span>
  );
}
