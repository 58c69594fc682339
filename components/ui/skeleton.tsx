import type * as React from "react";

import { cn } from "@/lib/utils";

/**
 * Loading placeholder. Hidden from assistive tech: announce loading once for the region
 * (e.g. aria-busy on the list, or a <Spinner />), not once per grey bar.
 */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div data-slot="skeleton" aria-hidden="true" className={cn("animate-pulse rounded-md bg-muted dark:bg-accent", className)} {...props} />
  );
}

export { Skeleton };
