"use client";

import { useEffect, useState } from "react";
import { Upload } from "lucide-react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { uploadImport } from "@/lib/api-client/data-transfer";
import { queryKeys } from "@/lib/api-client/query-keys";
import { ImportProgress } from "./import-progress";
import { useImportStatus } from "./use-import-status";

/** Boards index → Import: a Trello board export (or a Tasktide export) becomes a new board. */
export function ImportBoardDialog() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<"trello" | "tasktide">("trello");
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const status = useImportStatus(importId);
  const completed = status.data?.status === "completed";
  useEffect(() => {
    if (completed) void queryClient.invalidateQueries({ queryKey: queryKeys.boards.all });
  }, [completed, queryClient]);
  const busy = (upload !== null && !status.data) || status.data?.status === "queued" || status.data?.status === "running";

  function reset(next: boolean) {
    setOpen(next);
    if (!next && !busy) {
      setFile(null);
      setUpload(null);
      setError(null);
      setImportId(null);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setImportId(null);
    setUpload(0);
    try {
      const accepted = await uploadImport({ kind }, file, setUpload);
      queryClient.setQueryData(queryKeys.imports(accepted.id), accepted);
      setImportId(accepted.id);
    } catch (e) {
      setUpload(null);
      setError((e as Error).message);
    }
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Upload aria-hidden /> Import
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <form onSubmit={(e) => void submit(e)} className="space-y-4">
          <DialogHeader>
            <DialogTitle>Import a board</DialogTitle>
            <DialogDescription>
              In Trello: board menu → Print, export and share → Export as JSON. Lists, cards, labels, checklists, comments and links come
              along; nothing changes if the import fails.
            </DialogDescription>
          </DialogHeader>
          <div className="space-y-1.5">
            <Label htmlFor="import-kind">File</Label>
            <Select value={kind} onValueChange={(v) => setKind(v as "trello" | "tasktide")}>
              <SelectTrigger id="import-kind" className="w-full">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="trello">Trello board export (JSON)</SelectItem>
                <SelectItem value="tasktide">Tasktide board export (JSON)</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="import-file">Export file</Label>
            <Input
              id="import-file"
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setImportId(null);
                setError(null);
              }}
            />
          </div>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <ImportProgress upload={upload} status={status.data} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => reset(false)}>
              Close
            </Button>
            <Button type="submit" disabled={!file || busy}>
              {busy ? "Importing…" : "Import"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
