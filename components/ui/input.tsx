import type * as React from "react";

import { cn } from "@/lib/utils";

/** Shared look of text-like controls (input, textarea, select trigger). */
const controlClasses = cn(
  "w-full min-w-0 rounded-md border border-input bg-background text-sm shadow-xs transition-[color,border-color,box-shadow]",
  "placeholder:text-muted-foreground dark:bg-input/20",
  "focus-visible:border-ring focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ring/40",
  "aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive/50",
  "disabled:cursor-not-allowed disabled:opacity-50",
);

function Input({ className, type = "text", ...props }: React.ComponentProps<"input">) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        controlClasses,
        "h-9 px-3 py-1",
        "file:mr-3 file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        className,
      )}
      {...props}
    />
  );
}

export { Input, controlClasses };
