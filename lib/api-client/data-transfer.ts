import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";
import { ApiClientError } from "./api-client-error";
import { api } from "./client";
import type { paths } from "./openapi-types";
import { pinnedWorkspace } from "./pinned-workspace";

type ImportJson = paths["/v1/imports"]["post"]["responses"]["202"]["content"]["application/json"];
type ExportCsvQuery = NonNullable<paths["/v1/time_entries/export.csv"]["get"]["parameters"]["query"]>;

/** Saves a Blob under a file name through a temporary object URL (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** GET /v1/time_entries/export.csv with the report's filters, saved as a file. */
export async function downloadTimeCsv(query: ExportCsvQuery, fileName: string): Promise<void> {
  const { data } = await api.GET("/v1/time_entries/export.csv", { params: { query }, parseAs: "blob" });
  saveBlob(data as unknown as Blob, fileName);
}

/** GET /v1/boards/{id}/export (JSON or CSV of cards), saved as a file. */
export async function downloadBoardExport(boardId: string, format: "json" | "csv", fileName: string): Promise<void> {
  const { data } = await api.GET("/v1/boards/{id}/export", { params: { path: { id: boardId }, query: { format } }, parseAs: "blob" });
  saveBlob(data as unknown as Blob, fileName);
}

export type ImportUploadFields = { kind: "trello" | "tasktide" | "csv"; board_id?: string; board_name?: string; mapping?: string };

/**
 * POST /v1/imports as multipart through XMLHttpRequest (the one browser API with upload progress),
 * the text fields before the file as the server requires; resolves with the accepted import.
 */
export function uploadImport(fields: ImportUploadFields, file: File, onProgress: (fraction: number) => void): Promise<ImportJson> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/v1/imports");
    const workspaceId = pinnedWorkspace();
    if (workspaceId) xhr.setRequestHeader(WORKSPACE_HEADER, workspaceId);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 202 || xhr.status === 200) resolve(body as ImportJson);
      else reject(ApiClientError.fromEnvelope(xhr.status, body));
    };
    xhr.onerror = () => reject(new Error("The upload was interrupted (network error)."));
    xhr.send(form);
  });
}
