"use client";

import { useState } from "react";
import { Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { EventTypeSelect } from "./event-type-select";
import { TestResult } from "./test-result";
import { useTestWebhook } from "./use-webhooks";
import type { WebhookJson } from "@/lib/api-client/types";

/** Sends one test delivery now and shows what came back, in the dialog. */
export function TestWebhookDialog({
  webhook,
  open,
  onOpenChange,
}: {
  webhook: WebhookJson;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [event, setEvent] = useState("webhook.test");
  const test = useTestWebhook(webhook.id);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) test.reset();
      }}
    >
      <DialogContent className="grid-cols-[minmax(0,1fr)] sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Send a test event</DialogTitle>
          <DialogDescription className="[overflow-wrap:anywhere]">
            One signed POST to {webhook.url}, marked as a test: it is not retried and does not count toward the failure streak.
          </DialogDescription>
        </DialogHeader>
        <div className="flex flex-wrap items-end gap-3">
          <div className="grid min-w-56 flex-1 gap-2">
            <Label htmlFor="test-event">Event type</Label>
            <EventTypeSelect id="test-event" value={event} onChange={setEvent} className="w-full" />
          </div>
          <Button onClick={() => test.mutate(event)} disabled={test.isPending}>
            <Send aria-hidden /> {test.isPending ? "Sending…" : "Send test"}
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">
          Other types send the workspace&apos;s latest real event of that type as a sample, or a placeholder when there is none.
        </p>
        {test.isError && (
          <p role="alert" className="text-sm text-destructive">
            {test.error.message}
          </p>
        )}
        {test.data && <TestResult delivery={test.data} />}
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Close
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
