"use client";

import { useEffect, useRef, useState } from "react";
import { Download, FileIcon, ImageIcon, Link2, Paperclip, Pencil, Trash2, Upload, X } from "lucide-react";
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
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { FileJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";
import { SectionHeading } from "./section-heading";
import { hasPreview, useFileAction, useFiles, useUploads } from "./use-files";

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * The card's attachments: thumbnails, size, uploader and time, with download, rename and delete
 * (confirmed). Files come in through the picker, by dropping them anywhere on the dialog, or by
 * pasting an image; each upload shows its progress, and a refused one its reason.
 */
export function CardAttachments({
  cardId,
  boardId,
  canEdit,
  coverFileId,
  onSetCover,
}: {
  cardId: string;
  boardId: string;
  canEdit: boolean;
  coverFileId: string | null;
  onSetCover: (fileId: string | null) => void;
}) {
  const { data: files = [], isLoading } = useFiles(cardId);
  const { uploads, start, dismiss } = useUploads(cardId, boardId);
  const action = useFileAction(cardId, boardId);
  const picker = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [deleting, setDeleting] = useState<FileJson | null>(null);
  const section = useRef<HTMLElement>(null);

  // Drop on the dialog, paste an image anywhere in it.
  useEffect(() => {
    if (!canEdit) return;
    const dialog = section.current?.closest("[data-testid=card-dialog]");
    if (!dialog) return;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const over = (e: Event) => {
      if (!hasFiles(e as DragEvent)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: Event) => {
      if ((e as DragEvent).relatedTarget === null || !dialog.contains((e as DragEvent).relatedTarget as Node)) setDragging(false);
    };
    const drop = (e: Event) => {
      const dropped = [...((e as DragEvent).dataTransfer?.files ?? [])];
      setDragging(false);
      if (dropped.length === 0) return;
      e.preventDefault();
      void start(dropped);
    };
    const paste = (e: Event) => {
      const pasted = [...((e as ClipboardEvent).clipboardData?.files ?? [])];
      if (pasted.length === 0) return;
      e.preventDefault();
      void start(pasted.map((f) => (f.name ? f : new File([f], `pasted-${Date.now()}.png`, { type: f.type }))));
    };
    dialog.addEventListener("dragover", over);
    dialog.addEventListener("dragleave", leave);
    dialog.addEventListener("drop", drop);
    dialog.addEventListener("paste", paste);
    return () => {
      dialog.removeEventListener("dragover", over);
      dialog.removeEventListener("dragleave", leave);
      dialog.removeEventListener("drop", drop);
      dialog.removeEventListener("paste", paste);
    };
  }, [canEdit, start]);

  return (
    <section ref={section} className="space-y-3" aria-labelledby="card-attachments-heading" data-testid="card-attachments">
      <div className="flex items-center justify-between gap-2">
        <SectionHeading id="card-attachments-heading" icon={<Paperclip />}>
          Attachments {files.length > 0 && <span className="font-normal text-muted-foreground">({files.length})</span>}
        </SectionHeading>
        {canEdit && (
          <>
            <Button variant="outline" size="sm" onClick={() => picker.current?.click()} data-testid="attach-file">
              <Upload aria-hidden /> Attach file
            </Button>
            <input
              ref={picker}
              type="file"
              multiple
              className="sr-only"
              tabIndex={-1}
              aria-label="Choose files to attach"
              data-testid="attach-file-input"
              onChange={(e) => {
                const picked = [...(e.target.files ?? [])];
                e.target.value = "";
                if (picked.length) void start(picked);
              }}
            />
          </>
        )}
      </div>
      {canEdit && (
        <div
          className={cn(
            "rounded-md border border-dashed px-3 py-2 text-xs text-muted-foreground transition-colors",
            dragging && "border-primary bg-primary/5 text-foreground",
          )}
        >
          {dragging ? "Drop to attach" : "Drop files here, paste an image, or use Attach file."}
        </div>
      )}
      {uploads.length > 0 && (
        <ul className="space-y-2" aria-label="Uploads in progress">
          {uploads.map((u) => (
            <li key={u.id} className="rounded-md border px-3 py-2 text-sm" data-testid="upload-progress">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate">{u.name}</span>
                {u.error ? (
                  <Button variant="ghost" size="icon" className="size-6" aria-label={`Dismiss ${u.name}`} onClick={() => dismiss(u.id)}>
                    <X aria-hidden />
                  </Button>
                ) : (
                  <span className="tabular-nums text-xs text-muted-foreground">{Math.round((u.loaded / Math.max(u.total, 1)) * 100)}%</span>
                )}
              </div>
              {u.error ? (
                <p role="alert" className="mt-1 text-xs text-destructive">
                  {u.error}
                </p>
              ) : (
                <progress
                  className="mt-1 h-1.5 w-full accent-primary"
                  max={Math.max(u.total, 1)}
                  value={u.loaded}
                  aria-label={`Uploading ${u.name}`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {isLoading ? null : files.length === 0 ? (
        <p className="text-sm text-muted-foreground">No attachments yet.</p>
      ) : (
        <ul className="space-y-2" data-testid="attachment-list">
          {files.map((file) => (
            <AttachmentRow
              key={file.id}
              file={file}
              canEdit={canEdit}
              isCover={file.id === coverFileId}
              onToggleCover={() => onSetCover(file.id === coverFileId ? null : file.id)}
              onRename={(name) => action.mutate({ kind: "rename", id: file.id, name })}
              onDelete={() => setDeleting(file)}
            />
          ))}
        </ul>
      )}
      <AlertDialog open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Delete this attachment?</AlertDialogTitle>
            <AlertDialogDescription>
              “{deleting?.name}” is removed from the card and from storage. This cannot be undone.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction
              data-testid="confirm-delete-attachment"
              onClick={() => {
                if (deleting) action.mutate({ kind: "delete", id: deleting.id });
                setDeleting(null);
              }}
            >
              Delete
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </section>
  );
}

function AttachmentRow({
  file,
  canEdit,
  isCover,
  onToggleCover,
  onRename,
  onDelete,
}: {
  file: FileJson;
  canEdit: boolean;
  isCover: boolean;
  onToggleCover: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(file.name);
  const href = file.kind === "link" ? (file.url ?? "#") : `/v1/files/${file.id}/content`;
  return (
    <li className="flex items-center gap-3 rounded-md border p-2" data-testid="attachment">
      <div className="flex size-14 shrink-0 items-center justify-center overflow-hidden rounded bg-muted">
        {file.has_thumbnail ? (
          <img src={`/v1/files/${file.id}/thumbnail`} alt="" className="size-full object-cover" data-testid="attachment-thumbnail" />
        ) : file.kind === "link" ? (
          <Link2 className="size-5 text-muted-foreground" aria-hidden />
        ) : (
          <FileIcon className={cn("size-5 text-muted-foreground", hasPreview(file) && "animate-pulse")} aria-hidden />
        )}
      </div>
      <div className="min-w-0 flex-1">
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const trimmed = name.trim();
              if (trimmed && trimmed !== file.name) onRename(trimmed);
              setEditing(false);
            }}
          >
            <Input
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              onBlur={() => setEditing(false)}
              onKeyDown={(e) => e.key === "Escape" && (e.stopPropagation(), setEditing(false))}
              aria-label="Attachment name"
              className="h-8"
            />
          </form>
        ) : (
          <a
            href={href}
            target={file.kind === "link" ? "_blank" : undefined}
            rel={file.kind === "link" ? "noopener noreferrer" : undefined}
            className="block truncate text-sm font-medium hover:underline"
            data-testid="attachment-name"
          >
            {file.name}
          </a>
        )}
        <p className="text-xs text-muted-foreground sm:truncate">
          {isCover && <span className="mr-1 rounded bg-primary/12 px-1 py-px font-medium text-primary">Cover</span>}
          {file.kind === "link" ? "Link" : formatSize(file.size)} · {file.uploader?.name ?? "Deleted user"} · {when(file.created_at)}
        </p>
      </div>
      <div className="flex shrink-0 items-center">
        {file.kind === "upload" && (
          <Button asChild variant="ghost" size="icon" className="size-8">
            <a href={href} download={file.name} aria-label={`Download ${file.name}`} data-testid="attachment-download">
              <Download aria-hidden />
            </a>
          </Button>
        )}
        {canEdit && (
          <>
            {hasPreview(file) && (
              <Button
                variant="ghost"
                size="icon"
                className={cn("size-8", isCover && "text-primary")}
                aria-label={isCover ? `Remove ${file.name} as cover` : `Set ${file.name} as cover`}
                aria-pressed={isCover}
                onClick={onToggleCover}
                data-testid="attachment-cover"
              >
                <ImageIcon aria-hidden />
              </Button>
            )}
            <Button
              variant="ghost"
              size="icon"
              className="size-8"
              aria-label={`Rename ${file.name}`}
              onClick={() => {
                setName(file.name);
                setEditing(true);
              }}
            >
              <Pencil aria-hidden />
            </Button>
            <Button
              variant="ghost"
              size="icon"
              className="size-8"
              aria-label={`Delete ${file.name}`}
              onClick={onDelete}
              data-testid="attachment-delete"
            >
              <Trash2 aria-hidden />
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
