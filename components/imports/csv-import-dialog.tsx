"use client";

import { useEffect, useMemo, useState } from "react";
import { parse } from "csv-parse/browser/esm/sync";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { uploadImport } from "@/lib/api-client/data-transfer";
import { queryKeys } from "@/lib/api-client/query-keys";
import { ImportProgress } from "./import-progress";
import { useImportStatus } from "./use-import-status";

const FIELDS = [
  { key: "title", label: "Title", names: ["title", "name", "card"] },
  { key: "description", label: "Description", names: ["description", "desc"] },
  { key: "list", label: "List", names: ["list", "status", "column"] },
  { key: "tags", label: "Tags", names: ["tags", "labels", "tag"] },
  { key: "due", label: "Due date", names: ["due", "due_at", "due date"] },
  { key: "assignee_email", label: "Assignee email", names: ["assignee_email", "assignee", "assignees", "email"] },
] as const;
type FieldKey = (typeof FIELDS)[number]["key"];
const NONE = "__none__";

/** The first rows of a CSV for the preview (the server reads the whole file again). */
function preview(text: string): { header: string[]; rows: string[][] } | { error: string } {
  try {
    const first = text.slice(0, 256 * 1024);
    const line = first.slice(0, first.search(/\r?\n|$/));
    const delimiter = [",", ";", "\t"].reduce((best, c) => (line.split(c).length > line.split(best).length ? c : best), ",");
    const records = parse(first, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, to: 6 }) as string[][];
    if (records.length === 0) return { error: "The file is empty." };
    return { header: records[0].map((h) => h.trim()), rows: records.slice(1) };
  } catch (e) {
    return { error: `This does not read as CSV: ${(e as Error).message}` };
  }
}

/** Board menu → Import cards from CSV: a preview of the file, a column per field, then the import. */
export function CsvImportDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [parsed, setParsed] = useState<ReturnType<typeof preview> | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<FieldKey, string>>>({});
  const [upload, setUpload] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const status = useImportStatus(importId);
  const header = parsed && "header" in parsed ? parsed.header : [];
  const busy = (upload !== null && !status.data) || status.data?.status === "queued" || status.data?.status === "running";
  const completed = status.data?.status === "completed";
  useEffect(() => {
    if (completed) void queryClient.invalidateQueries({ queryKey: queryKeys.board.all(boardId) });
  }, [completed, boardId, queryClient]);

  async function choose(next: File | null) {
    setFile(next);
    setImportId(null);
    setError(null);
    if (!next) return setParsed(null);
    const result = preview(await next.text());
    setParsed(result);
    if ("header" in result) {
      const guess: Partial<Record<FieldKey, string>> = {};
      for (const field of FIELDS) {
        const found = result.header.find((h) => (field.names as readonly string[]).includes(h.toLowerCase()));
        if (found) guess[field.key] = found;
      }
      guess.title ??= result.header[0];
      setMapping(guess);
    }
  }

  const mapped = useMemo(() => Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)), [mapping]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setUpload(0);
    try {
      const accepted = await uploadImport({ kind: "csv", board_id: boardId, mapping: JSON.stringify(mapped) }, file, setUpload);
      queryClient.setQueryData(queryKeys.imports(accepted.id), accepted);
      setImportId(accepted.id);
    } catch (e) {
      setUpload(null);
      setError((e as Error).message);
    }
  }

  return (
    <Dialog open onOpenChange={(o) => !o && !busy && onClose()}>
      <DialogContent className="sm:max-w-2xl">
        <form onSubmit={(e) => void submit(e)} className="space-y-4">
          <DialogHeader>
            <DialogTitle>Import cards from CSV</DialogTitle>
            <DialogDescription>One card per row. Lists and tags are found by name on this board, or made.</DialogDescription>
          </DialogHeader>
          <div className="space-y-1.5">
            <Label htmlFor="csv-file">CSV file (UTF-8)</Label>
            <Input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
          </div>
          {parsed && "error" in parsed && (
            <p role="alert" className="text-sm text-destructive">
              {parsed.error}
            </p>
          )}
          {header.length > 0 && parsed && "rows" in parsed && (
            <>
              <fieldset className="grid gap-3 sm:grid-cols-3">
                <legend className="mb-2 text-sm font-medium">Columns</legend>
                {FIELDS.map((field) => (
                  <div key={field.key} className="space-y-1">
                    <Label htmlFor={`map-${field.key}`} className="text-xs">
                      {field.label}
                      {field.key === "title" ? " (required)" : ""}
                    </Label>
                    <Select
                      value={mapping[field.key] ?? NONE}
                      onValueChange={(v) => setMapping({ ...mapping, [field.key]: v === NONE ? undefined : v })}
                    >
                      <SelectTrigger id={`map-${field.key}`} className="w-full">
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        {field.key !== "title" && <SelectItem value={NONE}>(none)</SelectItem>}
                        {header.map((h) => (
                          <SelectItem key={h} value={h || NONE}>
                            {h || "(empty header)"}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                  </div>
                ))}
              </fieldset>
              <div className="max-h-56 overflow-auto rounded-md border">
                <Table aria-label="Preview of the first rows as cards">
                  <TableHeader>
                    <TableRow>
                      {FIELDS.filter((f) => mapping[f.key]).map((f) => (
                        <TableHead key={f.key}>{f.label}</TableHead>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {parsed.rows.map((row, i) => (
                      <TableRow key={i}>
                        {FIELDS.filter((f) => mapping[f.key]).map((f) => (
                          <TableCell key={f.key} className="max-w-48 truncate">
                            {row[header.indexOf(mapping[f.key]!)] ?? ""}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          )}
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <ImportProgress upload={upload} status={status.data} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose} disabled={busy}>
              Close
            </Button>
            <Button type="submit" disabled={!file || !mapping.title || busy || completed}>
              {busy ? "Importing…" : "Import cards"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
