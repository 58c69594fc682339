"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { ShownOnce } from "@/components/settings/shown-once";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { api, ok } from "@/lib/api-client/client";
import type { MemberJson } from "@/lib/api-client/types";

/** For servers without mail: a one-time password reset link to hand to a member. */
export function ResetLinkButton({ member }: { member: MemberJson }) {
  const [open, setOpen] = useState(false);
  const create = useMutation({
    mutationFn: () => ok(api.POST("/v1/users/{id}/password_reset", { params: { path: { id: member.id } } })),
  });
  return (
    <>
      <Button
        variant="ghost"
        size="icon-sm"
        className="text-muted-foreground"
        aria-label={`Password reset link for ${member.name}`}
        title="Password reset link"
        onClick={() => {
          create.reset();
          setOpen(true);
          create.mutate();
        }}
      >
        <KeyRound aria-hidden />
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Reset link for {member.name}</DialogTitle>
            <DialogDescription>
              Send this link to {member.name} yourself. It works once, for 30 minutes; choosing a new password with it signs them out
              everywhere.
            </DialogDescription>
          </DialogHeader>
          {create.isPending && <p className="text-sm text-muted-foreground">Making a link…</p>}
          {create.isError && (
            <p role="alert" className="text-sm text-destructive">
              {create.error.message}
            </p>
          )}
          {create.data && (
            <ShownOnce label="Reset link" value={create.data.url} copyLabel="Copy link" testId="reset-link">
              Copy it now: it is not shown again. Make a new one if it gets lost.
            </ShownOnce>
          )}
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)}>
              Done
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
