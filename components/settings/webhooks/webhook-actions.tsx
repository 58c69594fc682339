"use client";

import { useState } from "react";
import Link from "next/link";
import { KeyRound, List, MoreHorizontal, Pencil, Send, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { DeleteWebhookDialog } from "./delete-webhook-dialog";
import { EditWebhookDialog } from "./edit-webhook-dialog";
import { RotateSecretDialog } from "./rotate-secret-dialog";
import { TestWebhookDialog } from "./test-webhook-dialog";
import type { WebhookJson } from "@/lib/api-client/types";

type DialogName = "test" | "edit" | "rotate" | "delete" | null;

/**
 * Everything an admin can do to one webhook. `layout="buttons"` (the log page's header) shows
 * the common actions as buttons; `"menu"` (a list row) tucks them into a "…" menu.
 */
export function WebhookActions({
  webhook,
  layout,
  onDeleted,
}: {
  webhook: WebhookJson;
  layout: "menu" | "buttons";
  onDeleted?: () => void;
}) {
  const [dialog, setDialog] = useState<DialogName>(null);
  const openChange = (name: Exclude<DialogName, null>) => (open: boolean) => setDialog(open ? name : null);

  return (
    <>
      {layout === "buttons" ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => setDialog("test")}>
            <Send aria-hidden /> Send test
          </Button>
          <Button variant="outline" size="sm" onClick={() => setDialog("edit")}>
            <Pencil aria-hidden /> Edit
          </Button>
          <Button variant="outline" size="sm" onClick={() => setDialog("rotate")}>
            <KeyRound aria-hidden /> Rotate secret
          </Button>
          <Button variant="outline" size="sm" className="text-destructive hover:text-destructive" onClick={() => setDialog("delete")}>
            <Trash2 aria-hidden /> Delete
          </Button>
        </div>
      ) : (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${webhook.url}`}>
              <MoreHorizontal aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-48">
            <DropdownMenuItem asChild>
              <Link href={`/settings/integrations/webhooks/${webhook.id}`}>
                <List aria-hidden /> Delivery log
              </Link>
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => setDialog("test")}>
              <Send aria-hidden /> Send test
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => setDialog("edit")}>
              <Pencil aria-hidden /> Edit
            </DropdownMenuItem>
            <DropdownMenuItem onSelect={() => setDialog("rotate")}>
              <KeyRound aria-hidden /> Rotate secret
            </DropdownMenuItem>
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={() => setDialog("delete")}>
              <Trash2 aria-hidden /> Delete
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      )}
      <TestWebhookDialog webhook={webhook} open={dialog === "test"} onOpenChange={openChange("test")} />
      <EditWebhookDialog webhook={webhook} open={dialog === "edit"} onOpenChange={openChange("edit")} />
      <RotateSecretDialog webhook={webhook} open={dialog === "rotate"} onOpenChange={openChange("rotate")} />
      <DeleteWebhookDialog webhook={webhook} open={dialog === "delete"} onOpenChange={openChange("delete")} onDeleted={onDeleted} />
    </>
  );
}
