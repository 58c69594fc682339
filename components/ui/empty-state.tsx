import type * as React from "react";

import { cn } from "@/lib/utils";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** A lucide icon element, e.g. <InboxIcon />. Decorative. */
  icon?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Usually one <Button>, e.g. "Create board". */
  action?: React.ReactNode;
  /** Heading level of the title, so it fits the page outline. */
  titleAs?: "h2" | "h3" | "h4" | "p";
};

function EmptyState({ className, icon, title, description, action, titleAs = "h2", children, ...props }: EmptyStateProps) {
  const Title = titleAs;
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-4 rounded-xl border border-dashed px-6 py-12 text-center text-balance",
        className,
      )}
      {...props}
    >
      {icon && (
        <div
          data-slot="empty-state-icon"
          aria-hidden="true"
          className="flex size-10 items-center justify-center rounded-lg border bg-card text-muted-foreground shadow-xs [&_svg:not([class*='size-'])]:size-5"
        >
          {icon}
        </div>
      )}
      <div className="flex max-w-sm flex-col gap-1.5">
        <Title data-slot="empty-state-title" className="text-base font-semibold">
          {title}
        </Title>
        {description && (
          <p data-slot="empty-state-description" className="text-sm text-muted-foreground">
            {description}
          </p>
        )}
      </div>
      {action && (
        <div data-slot="empty-state-action" className="flex flex-wrap items-center justify-center gap-2">
          {action}
        </div>
      )}
      {children}
    </div>
  );
}

export { EmptyState, type EmptyStateProps };
