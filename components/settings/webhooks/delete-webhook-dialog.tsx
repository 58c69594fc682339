"use client";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { toast } from "@/components/ui/toaster";
import { useDeleteWebhook } from "./use-webhooks";
import type { WebhookJson } from "@/lib/api-client/types";

export function DeleteWebhookDialog({
  webhook,
  open,
  onOpenChange,
  onDeleted,
}: {
  webhook: WebhookJson;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted?: () => void;
}) {
  const remove = useDeleteWebhook(webhook.id);
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this webhook?</AlertDialogTitle>
          <AlertDialogDescription>
            Events will no longer be sent to <span className="font-medium break-all text-foreground">{webhook.url}</span>, and its delivery
            log is deleted with it. This cannot be undone; to stop deliveries for a while, turn it off instead.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  toast.success("Webhook deleted");
                  onDeleted?.();
                },
                onError: (error) => toast.error(error.message),
              })
            }
          >
            Delete webhook
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
