import { CircleCheck, CircleSlash, CircleX, Clock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { DeliveryStatus } from "@/lib/api-client/types";

const LOOK = {
  success: { variant: "success", icon: CircleCheck, label: "Success" },
  failed: { variant: "destructive", icon: CircleX, label: "Failed" },
  pending: { variant: "warning", icon: Clock, label: "Pending" },
  skipped: { variant: "secondary", icon: CircleSlash, label: "Skipped" },
} as const;

export function DeliveryStatusBadge({ status, retrying }: { status: DeliveryStatus; retrying?: boolean }) {
  const { variant, icon: Icon, label } = LOOK[status];
  return (
    <Badge variant={variant} data-testid="delivery-status">
      <Icon aria-hidden /> {status === "pending" && retrying ? "Retrying" : label}
    </Badge>
  );
}

/** An HTTP status in the colour of its class: 2xx green, 4xx/5xx red, none a dash. */
export function HttpCode({ code }: { code: number | null }) {
  if (code === null) return <span className="text-muted-foreground">—</span>;
  const ok = code >= 200 && code < 300;
  return <span className={ok ? "font-mono text-success" : "font-mono text-destructive"}>{code}</span>;
}
