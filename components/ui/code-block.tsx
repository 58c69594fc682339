import type * as React from "react";

import { cn } from "@/lib/utils";
import { CopyButton } from "@/components/ui/copy-button";

type CodeBlockProps = Omit<React.ComponentProps<"div">, "children" | "title"> & {
  code: string;
  /** Informational only (data-language); there is no syntax highlighting. */
  language?: string;
  /** Optional header, e.g. a file name or "cURL". */
  title?: React.ReactNode;
  /** Accessible name of the copy button. */
  copyLabel?: string;
};

/** Monospace, horizontally scrolling code with a copy button. Usable from server components. */
function CodeBlock({ code, language, title, copyLabel = "Copy code", className, ...props }: CodeBlockProps) {
  return (
    <div
      data-slot="code-block"
      data-language={language}
      className={cn("relative overflow-hidden rounded-lg border bg-muted/50 text-foreground", className)}
      {...props}
    >
      {title && (
        <div className="flex h-9 items-center justify-between gap-2 border-b pr-1 pl-3 text-xs font-medium text-muted-foreground">
          <span className="truncate">{title}</span>
          <CopyButton value={code} label={copyLabel} />
        </div>
      )}
      {/* tabIndex: keyboard users can scroll a long line sideways. */}
      <pre
        tabIndex={0}
        className={cn(
          "overflow-x-auto px-3 py-2.5 font-mono text-[13px] leading-relaxed",
          "focus-visible:outline-offset-[-2px]",
          !title && "pr-12",
        )}
      >
        <code>{code}</code>
      </pre>
      {!title && <CopyButton value={code} label={copyLabel} className="absolute top-1.5 right-1.5" />}
    </div>
  );
}

export { CodeBlock, type CodeBlockProps };
