"use client";

import * as React from "react";
import { CheckIcon, CopyIcon, XIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { Button } from "@/components/ui/button";

type CopyState = "idle" | "copied" | "failed";

type CopyButtonProps = Omit<React.ComponentProps<typeof Button>, "value" | "onClick" | "asChild"> & {
  /** The text put on the clipboard. */
  value: string;
  /** Accessible name of an icon-only button (no children). */
  label?: string;
  /** Shown (and announced) after a successful copy. */
  copiedLabel?: string;
  onCopied?: () => void;
};

const RESET_AFTER_MS = 2000;

/**
 * Copies `value`. Icon-only unless given children (the visible label). The result is announced
 * through a polite live region, because a changed aria-label on a focused button is not.
 */
function CopyButton({
  value,
  label = "Copy",
  copiedLabel = "Copied",
  onCopied,
  children,
  variant = "ghost",
  size,
  className,
  ...props
}: CopyButtonProps) {
  const [state, setState] = React.useState<CopyState>("idle");
  const resetTimer = React.useRef<number | undefined>(undefined);
  const buttonRef = React.useRef<HTMLButtonElement>(null);
  const iconOnly = children === undefined || children === null;

  React.useEffect(() => () => window.clearTimeout(resetTimer.current), []);

  async function handleClick() {
    try {
      await copyText(value, buttonRef.current);
      setState("copied");
      onCopied?.();
    } catch {
      setState("failed");
    }
    window.clearTimeout(resetTimer.current);
    resetTimer.current = window.setTimeout(() => setState("idle"), RESET_AFTER_MS);
  }

  const Icon = state === "copied" ? CheckIcon : state === "failed" ? XIcon : CopyIcon;

  return (
    <>
      <Button
        ref={buttonRef}
        type="button"
        variant={variant}
        size={size ?? (iconOnly ? "icon-sm" : "sm")}
        aria-label={iconOnly ? label : undefined}
        data-slot="copy-button"
        data-state={state}
        className={cn(
          "data-[state=copied]:text-success data-[state=failed]:text-destructive",
          iconOnly && "text-muted-foreground hover:text-foreground",
          className,
        )}
        onClick={handleClick}
        {...props}
      >
        <Icon aria-hidden="true" />
        {!iconOnly && (state === "copied" ? copiedLabel : children)}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied" ? copiedLabel : state === "failed" ? "Copy failed" : ""}
      </span>
    </>
  );
}

async function copyText(text: string, near: HTMLElement | null): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // A self-hosted instance served over plain http on a LAN address has no Clipboard API.
  // Fall back to selecting a hidden textarea. It is placed next to the button, not at the end of
  // <body>, so a dialog's focus trap does not pull focus away before the copy happens.
  const textarea = document.createElement("textarea");
  textarea.value = text;
  textarea.setAttribute("readonly", "");
  textarea.setAttribute("aria-hidden", "true");
  textarea.style.cssText = "position:fixed;top:0;left:0;opacity:0;pointer-events:none;";
  (near?.parentElement ?? document.body).appendChild(textarea);
  textarea.select();
  const copied = document.execCommand("copy");
  textarea.remove();
  near?.focus();
  if (!copied) throw new Error("Copy command was rejected");
}

export { CopyButton, type CopyButtonProps };
