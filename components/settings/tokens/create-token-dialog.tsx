"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { ApiClientError } from "@/lib/api-client/api-client-error";
import type { CreatedTokenJson, CreateTokenInput } from "@/lib/api-client/types";
import { EXPIRY_LABELS, expiresAtFor, SCOPE_LABELS, type ExpiryChoice } from "./format";
import { TokenBoardPicker } from "./token-board-picker";
import { TokenReveal } from "./token-reveal";
import { useCreateToken } from "./use-tokens";

type Errors = Partial<Record<"name" | "expires_at" | "board_ids", string>>;

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

export function CreateTokenButton({ onClick }: { onClick: () => void }) {
  return (
    <Button onClick={onClick}>
      <Plus aria-hidden /> Create token
    </Button>
  );
}

/**
 * Create, then show the token once. Closing the dialog forgets the token for good. Controlled
 * by the page, so it stays mounted while the list behind it changes (the empty state that
 * opened it is replaced by the list as soon as the token exists).
 */
export function CreateTokenDialog({ open, setOpen }: { open: boolean; setOpen: (open: boolean) => void }) {
  const [created, setCreated] = useState<CreatedTokenJson | null>(null);
  const [name, setName] = useState("");
  const [scope, setScope] = useState<CreateTokenInput["scope"]>("read");
  const [expiry, setExpiry] = useState<ExpiryChoice>("none");
  const [date, setDate] = useState("");
  const [boardIds, setBoardIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const createToken = useCreateToken();

  const onOpenChange = setOpen;

  // Runs once the closing animation is over: resetting on close would swap the shown token for
  // an empty form while the dialog fades out (and put a second "Create token" button on screen).
  function forget() {
    setCreated(null);
    setName("");
    setScope("read");
    setExpiry("none");
    setDate("");
    setBoardIds([]);
    setErrors({});
  }

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const local: Errors = {};
    if (!name.trim()) local.name = "Give the token a name, e.g. what script uses it.";
    if (expiry === "date" && !date) local.expires_at = "Pick the last day the token works.";
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const token = await createToken.mutateAsync({
        name: name.trim(),
        scope,
        expires_at: expiresAtFor(expiry, date),
        board_ids: boardIds.length > 0 ? boardIds : null,
      });
      setCreated(token);
      toast.success("API token created");
    } catch (error) {
      if (error instanceof ApiClientError && error.details) {
        setErrors(Object.fromEntries(error.details.map((d) => [d.field, d.message])));
      }
      toast.error(error instanceof Error ? error.message : "Could not create the token.");
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-xl" onInteractOutside={(e) => created && e.preventDefault()} onCloseAutoFocus={forget}>
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Token created</DialogTitle>
              <DialogDescription>
                <span className="font-medium text-foreground">{created.name}</span> · {SCOPE_LABELS[created.scope]}
              </DialogDescription>
            </DialogHeader>
            <TokenReveal token={created.token} />
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>I have copied the token</Button>
            </DialogFooter>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-5">
            <DialogHeader>
              <DialogTitle>Create API token</DialogTitle>
              <DialogDescription>A personal token lets a script call the /v1 API as you, within the scope you choose.</DialogDescription>
            </DialogHeader>
            <FormField label="Name" required error={errors.name} description="So you know which script uses it.">
              <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder="Nightly export" autoFocus />
            </FormField>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                label="Scope"
                description={scope === "read" ? "GET requests only: it can never change anything." : "Everything your role allows."}
              >
                {(control) => (
                  <Select value={scope} onValueChange={(v) => setScope(v as typeof scope)}>
                    <SelectTrigger {...control} className="w-full" aria-label="Scope">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value="read">{SCOPE_LABELS.read}</SelectItem>
                      <SelectItem value="read_write">{SCOPE_LABELS.read_write}</SelectItem>
                    </SelectContent>
                  </Select>
                )}
              </FormField>
              <FormField label="Expiration" error={expiry !== "date" ? errors.expires_at : undefined}>
                {(control) => (
                  <Select value={expiry} onValueChange={(v) => setExpiry(v as ExpiryChoice)}>
                    <SelectTrigger {...control} className="w-full" aria-label="Expiration">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {(Object.keys(EXPIRY_LABELS) as ExpiryChoice[]).map((choice) => (
                        <SelectItem key={choice} value={choice}>
                          {EXPIRY_LABELS[choice]}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              </FormField>
            </div>
            {expiry === "date" && (
              <FormField label="Last day the token works" required error={errors.expires_at}>
                <Input type="date" min={tomorrow()} value={date} onChange={(e) => setDate(e.target.value)} />
              </FormField>
            )}
            <TokenBoardPicker value={boardIds} onChange={setBoardIds} />
            {errors.board_ids && <p className="text-sm text-destructive">{errors.board_ids}</p>}
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={createToken.isPending}>
                {createToken.isPending ? "Creating…" : "Create token"}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
