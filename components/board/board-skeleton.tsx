import { Skeleton } from "@/components/ui/skeleton";

const HEIGHTS = [[64, 88, 64], [88, 64], [64, 64, 88, 64], [88]];

/** The board's shape while it loads, so nothing jumps when it arrives. */
export function BoardSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true" aria-label="Loading board">
      <div className="flex items-center gap-3 px-4 sm:px-6">
        <Skeleton className="h-7 w-52" />
        <Skeleton className="ml-auto h-8 w-64" />
      </div>
      <div className="flex gap-3 overflow-hidden px-4 sm:px-6">
        {HEIGHTS.map((cards, i) => (
          <div key={i} className="w-[18.5rem] shrink-0 space-y-2 rounded-xl bg-muted/60 p-2">
            <Skeleton className="h-5 w-28" />
            {cards.map((h, j) => (
              <Skeleton key={j} className="w-full rounded-lg bg-card" style={{ height: h }} />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
