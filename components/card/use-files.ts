"use client";

import { useCallback, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { ApiClientError } from "@/lib/api-client/api-client-error";
import { allPages, api, ok } from "@/lib/api-client/client";
import { pinnedWorkspace } from "@/lib/api-client/pinned-workspace";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { FileJson } from "@/lib/api-client/types";
import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";

export function useFiles(cardId: string) {
  return useQuery({
    queryKey: queryKeys.files(cardId),
    queryFn: ({ signal }) =>
      allPages((cursor) => ok(api.GET("/v1/files", { params: { query: { card_id: cardId, limit: 100, cursor } }, signal }))),
    // A thumbnail is made just after upload: look again shortly while one is missing.
    refetchInterval: (query) =>
      query.state.data?.some((f) => f.kind === "upload" && !f.has_thumbnail && THUMBNAILED.has(f.content_type ?? "")) ? 1500 : false,
  });
}

const THUMBNAILED = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
export const hasPreview = (file: FileJson) => THUMBNAILED.has(file.content_type ?? "");

export type UploadProgress = { id: string; name: string; loaded: number; total: number; error?: string };

/**
 * POST /v1/files as multipart through XMLHttpRequest, the one browser API that reports upload
 * progress (fetch does not). The path, the fields and the answer are the documented ones.
 */
export function uploadOne(cardId: string, file: File, onProgress: (loaded: number) => void): Promise<FileJson> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append("card_id", cardId); // before the file: the server checks it before storing a byte
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/v1/files");
    const workspaceId = pinnedWorkspace();
    if (workspaceId) xhr.setRequestHeader(WORKSPACE_HEADER, workspaceId);
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 201) resolve(body as FileJson);
      else reject(ApiClientError.fromEnvelope(xhr.status, body));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted (network error)."));
    xhr.send(form);
  });
}

/** Uploads files one after another, with progress per file; failures stay listed with their reason. */
export function useUploads(cardId: string, boardId: string) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<UploadProgress[]>([]);
  const update = (id: string, patch: Partial<UploadProgress>) =>
    setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...patch } : u)));
  const start = useCallback(
    async (picked: File[]) => {
      const jobs = picked.map((file) => ({ file, id: `${Date.now()}-${Math.random()}` }));
      setUploads((list) => [
        ...list,
        ...jobs.map(({ file, id }) => ({ id, name: file.name || "pasted image", loaded: 0, total: file.size })),
      ]);
      for (const { file, id } of jobs) {
        try {
          const created = await uploadOne(cardId, file, (loaded) => update(id, { loaded }));
          queryClient.setQueryData<FileJson[]>(queryKeys.files(cardId), (list = []) => [...list, created]);
          setUploads((list) => list.filter((u) => u.id !== id));
        } catch (error) {
          update(id, { error: (error as Error).message });
        }
      }
      void queryClient.invalidateQueries({ queryKey: queryKeys.files(cardId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.allEvents(boardId) });
      // The card's attachment count (and, after a delete, its cover) changed.
      void queryClient.invalidateQueries({ queryKey: queryKeys.card(cardId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.cards(boardId) });
    },
    [cardId, boardId, queryClient],
  );
  const dismiss = (id: string) => setUploads((list) => list.filter((u) => u.id !== id));
  return { uploads, start, dismiss };
}

type Action = { kind: "rename"; id: string; name: string } | { kind: "delete"; id: string };

export function useFileAction(cardId: string, boardId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.files(cardId);
  return useMutation({
    mutationFn: (a: Action) =>
      a.kind === "rename"
        ? ok(api.PATCH("/v1/files/{id}", { params: { path: { id: a.id } }, body: { name: a.name } }))
        : ok(api.DELETE("/v1/files/{id}", { params: { path: { id: a.id } } })),
    onMutate: async (a) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<FileJson[]>(key);
      queryClient.setQueryData<FileJson[]>(key, (list = []) =>
        a.kind === "rename" ? list.map((f) => (f.id === a.id ? { ...f, name: a.name } : f)) : list.filter((f) => f.id !== a.id),
      );
      return { previous };
    },
    onError: (error, _a, context) => {
      queryClient.setQueryData(key, context?.previous);
      toast.error(`Could not change the attachment: ${error.message}`);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.allEvents(boardId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.card(cardId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.board.cards(boardId) });
    },
  });
}

/**
 * Drop files onto a card on the board: each uploads with its progress in a toast (the card is not
 * open, so there is no list to show it in), and the card's count and cover refresh after.
 */
export function useFileDrop(cardId: string, boardId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => e.dataTransfer.types.includes("Files");
  const upload = async (picked: File[]) => {
    for (const file of picked) {
      const id = toast.loading(`Uploading ${file.name}… 0%`);
      try {
        await uploadOne(cardId, file, (loaded) =>
          toast.loading(`Uploading ${file.name}… ${Math.round((loaded / Math.max(file.size, 1)) * 100)}%`, { id }),
        );
        toast.success(`Attached ${file.name}`, { id });
      } catch (error) {
        toast.error(`${file.name}: ${(error as Error).message}`, { id });
      }
    }
    void queryClient.invalidateQueries({ queryKey: queryKeys.board.cards(boardId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.files(cardId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.card(cardId) });
  };
  if (!enabled) return { over: false, handlers: {} };
  return {
    over,
    handlers: {
      onDragOver: (e: React.DragEvent) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: React.DragEvent) => {
        setOver(false);
        const dropped = [...e.dataTransfer.files];
        if (dropped.length === 0) return;
        e.preventDefault();
        void upload(dropped);
      },
    },
  };
}
