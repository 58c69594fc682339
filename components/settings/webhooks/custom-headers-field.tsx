"use client";

import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** One editable row. `keep` = an existing header whose stored value is kept unless a new one is typed. */
export type HeaderRow = { key: string; name: string; value: string; keepHint?: string };

export const MAX_CUSTOM_HEADERS = 10;
let nextKey = 0;
export const newHeaderRow = (row: Partial<HeaderRow> = {}): HeaderRow => ({ key: `h${nextKey++}`, name: "", value: "", ...row });

/**
 * The API body for the rows: new values as typed, `null` for a kept one ("keep the stored
 * value", which the API never shows again), blank rows dropped.
 */
export function headersFromRows(rows: HeaderRow[]): Record<string, string | null> {
  const headers: Record<string, string | null> = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (!name) continue;
    headers[name] = row.value === "" && row.keepHint !== undefined ? null : row.value;
  }
  return headers;
}

/** Extra headers for SIEMs and gateways; values are write-only, so existing ones show as masked placeholders. */
export function CustomHeadersField({
  rows,
  onChange,
  error,
}: {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
  error?: string;
}) {
  const update = (key: string, patch: Partial<HeaderRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-2" data-testid="custom-headers" aria-describedby="custom-headers-help">
      <legend className="text-sm font-medium">Custom headers</legend>
      <p id="custom-headers-help" className="text-sm text-muted-foreground">
        Sent with every delivery, e.g. <code className="font-mono text-[13px]">Authorization: Splunk &lt;token&gt;</code> for a SIEM. Values
        are stored encrypted and never shown again.
      </p>
      {rows.map((row, index) => (
        <div key={row.key} className="flex flex-col gap-2 sm:flex-row">
          <Input
            aria-label={`Header ${index + 1} name`}
            placeholder="Header name"
            value={row.name}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            className="font-mono text-[13px] sm:w-52"
            // A kept header's name is fixed: renaming it would need its value, which is not shown.
            readOnly={row.keepHint !== undefined}
            onChange={(e) => update(row.key, { name: e.target.value })}
          />
          <div className="flex flex-1 gap-2">
            <Input
              aria-label={`Header ${index + 1} value`}
              placeholder={row.keepHint !== undefined ? `${row.keepHint} (unchanged)` : "Value"}
              value={row.value}
              type="password"
              autoComplete="off"
              maxLength={4096}
              className="flex-1 font-mono text-[13px]"
              onChange={(e) => update(row.key, { value: e.target.value })}
            />
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={`Remove header ${row.name || index + 1}`}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              <X aria-hidden />
            </Button>
          </div>
        </div>
      ))}
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={rows.length >= MAX_CUSTOM_HEADERS}
        onClick={() => onChange([...rows, newHeaderRow()])}
      >
        <Plus aria-hidden /> Add header
      </Button>
    </fieldset>
  );
}
