"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import { ApiClientError } from "@/lib/api-client/api-client-error";
import { BoardPicker, type BoardSelection } from "./board-picker";
import { checkWebhookUrl } from "./check-webhook-url";
import { EventPicker, eventsFromSelection, selectionFromEvents, type EventSelection } from "./event-picker";
import type { CreateWebhookInput } from "@/lib/api-client/types";

/** Every field of the create body, filled in: the form always shows all of them. */
export type WebhookFormValues = Required<CreateWebhookInput>;

type Props = {
  initial: WebhookFormValues;
  /** Create shows the active switch; edit leaves that to the list's toggle. */
  showActive: boolean;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: WebhookFormValues) => Promise<unknown>;
  onCancel: () => void;
};

/** URL, events, boards, description (and active): the fields of create and edit. */
export function WebhookForm({ initial, showActive, submitLabel, pendingLabel, onSubmit, onCancel }: Props) {
  const [url, setUrl] = useState(initial.url);
  const [urlTouched, setUrlTouched] = useState(false);
  const [description, setDescription] = useState(initial.description);
  const [selection, setSelection] = useState<EventSelection>(selectionFromEvents(initial.events));
  const [boards, setBoards] = useState<BoardSelection>({ all: initial.board_ids.length === 0, boardIds: initial.board_ids });
  const [active, setActive] = useState(initial.active);
  const [serverErrors, setServerErrors] = useState<{ url?: string; events?: string; form?: string }>({});
  const [pending, setPending] = useState(false);

  const urlCheck = checkWebhookUrl(url);
  const urlError = serverErrors.url ?? (urlTouched ? urlCheck.error : undefined);
  const boardsError = !boards.all && boards.boardIds.length === 0 ? "Pick at least one board, or turn on All boards." : undefined;
  const eventsError =
    !selection.all && selection.events.length === 0 ? "Pick at least one event, or turn on All events." : serverErrors.events;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUrlTouched(true);
    const form = event.currentTarget;
    if (urlCheck.error || eventsError || boardsError) {
      form.querySelector<HTMLElement>("[aria-invalid=true], fieldset[data-invalid] [role=switch]")?.focus();
      return;
    }
    setPending(true);
    setServerErrors({});
    try {
      await onSubmit({
        url: url.trim(),
        events: eventsFromSelection(selection),
        board_ids: boards.all ? [] : boards.boardIds,
        description: description.trim(),
        active,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : "Could not save the webhook.";
      const detail = error instanceof ApiClientError ? error.details?.[0] : undefined;
      const field = detail?.field.split(".")[0];
      const next = field === "url" ? { url: detail!.message } : field === "events" ? { events: detail!.message } : { form: message };
      setServerErrors(next);
      if (next.url) requestAnimationFrame(() => form.querySelector<HTMLElement>("input[name=url]")?.focus());
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormField
        label="Payload URL"
        required
        error={urlError}
        description={urlError ? undefined : (urlCheck.hint ?? "Tasktide POSTs a signed JSON body to this URL for every event you pick.")}
      >
        <Input
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          placeholder="https://example.com/hooks/tasktide"
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setUrlTouched(true);
            if (serverErrors.url) setServerErrors((s) => ({ ...s, url: undefined }));
          }}
          maxLength={2048}
        />
      </FormField>
      <FormField label="Description" description="Optional: what this integration is for, so the next admin knows.">
        <Textarea
          name="description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={2}
          maxLength={1000}
          placeholder="e.g. Sync cards to the support desk"
        />
      </FormField>
      <EventPicker value={selection} onChange={setSelection} error={eventsError} />
      <BoardPicker selection={boards} onChange={setBoards} error={boardsError} />
      {showActive && (
        <div className="flex items-center gap-2.5">
          <Switch id="webhook-active" checked={active} onCheckedChange={setActive} />
          <Label htmlFor="webhook-active">Active: start delivering right away</Label>
        </div>
      )}
      {serverErrors.form && (
        <p role="alert" className="rounded-lg border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive">
          {serverErrors.form}
        </p>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
