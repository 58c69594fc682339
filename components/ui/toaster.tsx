"use client";

import type * as React from "react";
import { Toaster as Sonner, toast, type ToasterProps } from "sonner";
import { CircleAlertIcon, CircleCheckIcon, InfoIcon, TriangleAlertIcon } from "lucide-react";

import { Spinner } from "@/components/ui/spinner";

/**
 * Sonner, coloured by our tokens so it follows the light/dark theme of the page. Mounted once in
 * components/providers.tsx; call `toast("Saved")`, `toast.error(…)`, `toast.promise(…)` anywhere
 * on the client. Sonner renders an aria-live region, so toasts are announced.
 */
function Toaster(props: ToasterProps) {
  return (
    <Sonner
      theme="system"
      position="bottom-right"
      closeButton
      icons={{
        success: <CircleCheckIcon className="size-4 text-success" aria-hidden="true" />,
        info: <InfoIcon className="size-4 text-primary" aria-hidden="true" />,
        warning: <TriangleAlertIcon className="size-4 text-warning" aria-hidden="true" />,
        error: <CircleAlertIcon className="size-4 text-destructive" aria-hidden="true" />,
        loading: <Spinner className="text-muted-foreground" aria-hidden="true" />,
      }}
      style={
        {
          "--normal-bg": "var(--popover)",
          "--normal-text": "var(--popover-foreground)",
          "--normal-border": "var(--border)",
          "--border-radius": "var(--radius)",
        } as React.CSSProperties
      }
      toastOptions={{
        classNames: {
          toast: "font-sans! shadow-lg! gap-2.5!",
          title: "font-medium!",
          description: "text-muted-foreground!",
          actionButton: "bg-primary! text-primary-foreground! font-medium!",
          cancelButton: "bg-muted! text-muted-foreground!",
          closeButton: "bg-popover! text-muted-foreground! border-border! hover:text-foreground!",
        },
      }}
      {...props}
    />
  );
}

export { Toaster, toast };
