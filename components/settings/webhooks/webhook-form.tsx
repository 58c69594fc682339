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
import { CustomHeadersField, headersFromRows, newHeaderRow, type HeaderRow } from "./custom-headers-field";
import { EventPicker, eventsFromSelection, selectionFromEvents, type EventSelection } from "./event-picker";
import { SignatureFormatField } from "./signature-format-field";
import { fromLimit, ThroughputFields, toLimit, type ThroughputValues } from "./throughput-fields";
import type { SignatureFormat } from "./verification-snippets";
import type { WebhookJson } from "@/lib/api-client/types";

/** What the form submits; the dialogs turn it into the create or update body. */
export type WebhookFormValues = {
  url: string;
  events: string[];
  board_ids: string[];
  description: string;
  active: boolean;
  signature_format: SignatureFormat;
  /** Create only: the admin's own secret; "" = generate one. */
  secret: string;
  /** null = keep that header's stored value (edit). */
  headers: Record<string, string | null>;
  rate_limit_per_second: number | null;
  max_deliveries_per_day: number | null;
};

export type WebhookFormInitial = Pick<
  WebhookJson,
  | "url"
  | "events"
  | "board_ids"
  | "description"
  | "active"
  | "signature_format"
  | "headers"
  | "rate_limit_per_second"
  | "max_deliveries_per_day"
>;

type Props = {
  initial: WebhookFormInitial;
  /** Create shows the active switch and the own-secret field; edit leaves those to the toggle and rotate. */
  mode: "create" | "edit";
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: WebhookFormValues) => Promise<unknown>;
  onCancel: () => void;
};

/** URL, events, boards, description (and active): the fields of create and edit. */
export function WebhookForm({ initial, mode, submitLabel, pendingLabel, onSubmit, onCancel }: Props) {
  const [url, setUrl] = useState(initial.url);
  const [urlTouched, setUrlTouched] = useState(false);
  const [description, setDescription] = useState(initial.description);
  const [selection, setSelection] = useState<EventSelection>(selectionFromEvents(initial.events));
  const [boards, setBoards] = useState<BoardSelection>({ all: initial.board_ids.length === 0, boardIds: initial.board_ids });
  const [active, setActive] = useState(initial.active);
  const [signatureFormat, setSignatureFormat] = useState<SignatureFormat>(initial.signature_format);
  const [secret, setSecret] = useState("");
  const [headerRows, setHeaderRows] = useState<HeaderRow[]>(() =>
    initial.headers.map((h) => newHeaderRow({ name: h.name, keepHint: h.value_hint })),
  );
  const [throughput, setThroughput] = useState<ThroughputValues>({
    ratePerSecond: fromLimit(initial.rate_limit_per_second),
    maxPerDay: fromLimit(initial.max_deliveries_per_day),
  });
  const [serverErrors, setServerErrors] = useState<{
    url?: string;
    events?: string;
    secret?: string;
    headers?: string;
    rate_limit_per_second?: string;
    max_deliveries_per_day?: string;
    form?: string;
  }>({});
  const showActive = mode === "create";
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
        signature_format: signatureFormat,
        secret,
        headers: headersFromRows(headerRows),
        rate_limit_per_second: toLimit(throughput.ratePerSecond),
        max_deliveries_per_day: toLimit(throughput.maxPerDay),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : "Could not save the webhook.";
      const detail = error instanceof ApiClientError ? error.details?.[0] : undefined;
      const field = detail?.field.split(".")[0];
      const fieldError = (name: "url" | "events" | "secret" | "headers") => (field === name ? { [name]: detail!.message } : null);
      const next: typeof serverErrors = fieldError("url") ??
        fieldError("events") ??
        fieldError("secret") ??
        fieldError("headers") ?? { form: message };
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
      <SignatureFormatField value={signatureFormat} onChange={setSignatureFormat} />
      {mode === "create" && (
        <FormField
          label="Signing secret"
          error={serverErrors.secret}
          description="Optional: your own secret (24+ printable characters, or whsec_ + base64). Leave empty and Tasktide generates one."
        >
          <Input
            name="secret"
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            value={secret}
            maxLength={256}
            placeholder="Generate one for me"
            onChange={(e) => setSecret(e.target.value)}
          />
        </FormField>
      )}
      <CustomHeadersField rows={headerRows} onChange={setHeaderRows} error={serverErrors.headers} />
      <ThroughputFields
        value={throughput}
        onChange={setThroughput}
        errors={{ rate: serverErrors.rate_limit_per_second, cap: serverErrors.max_deliveries_per_day }}
      />
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
