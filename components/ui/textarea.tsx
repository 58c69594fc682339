import type * as React from "react";

import { cn } from "@/lib/utils";
import { controlClasses } from "@/components/ui/input";

/** Grows with its content (field-sizing) between min-h-16 and any max-h the caller sets. */
function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(controlClasses, "field-sizing-content min-h-16 px-3 py-2 leading-relaxed", className)}
      {...props}
    />
  );
}

export { Textarea };
