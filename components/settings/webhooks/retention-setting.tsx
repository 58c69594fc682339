"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";

const CHOICES = [1, 3, 7, 14, 30, 60, 90];
const SERVER_MAX = "max";

/** How long this workspace keeps its delivery log: up to the server's WEBHOOK_LOG_RETENTION_DAYS. */
export function RetentionSetting() {
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: queryKeys.webhookSettings,
    queryFn: ({ signal }) => ok(api.GET("/v1/webhook_settings", { signal })),
  });
  const save = useMutation({
    mutationFn: (days: number | null) => ok(api.PATCH("/v1/webhook_settings", { body: { delivery_retention_days: days } })),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.webhookSettings, next);
      toast.success(`Deliveries are now kept for ${next.effective_retention_days} days`);
    },
    onError: (error) => toast.error(error.message),
  });

  if (settings.isPending) return <Skeleton className="h-9 w-72" aria-label="Loading the delivery log setting" />;
  if (settings.isError)
    return <p className="text-sm text-destructive">Could not load the delivery log setting: {settings.error.message}</p>;
  const { delivery_retention_days: days, max_retention_days: max } = settings.data;
  const choices = CHOICES.filter((n) => n < max);
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center" data-testid="retention-setting">
      <Label htmlFor="delivery-retention">Keep deliveries for</Label>
      <Select
        value={days === null || days >= max ? SERVER_MAX : String(days)}
        disabled={save.isPending}
        onValueChange={(value) => save.mutate(value === SERVER_MAX ? null : Number(value))}
      >
        <SelectTrigger id="delivery-retention" className="w-full sm:w-56">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {choices.map((n) => (
            <SelectItem key={n} value={String(n)}>
              {n} {n === 1 ? "day" : "days"}
            </SelectItem>
          ))}
          <SelectItem value={SERVER_MAX}>{max} days (the server&apos;s maximum)</SelectItem>
        </SelectContent>
      </Select>
      <p className="text-[13px] text-muted-foreground">Pending deliveries are always kept until they finish.</p>
    </div>
  );
}
