import type { FileRow } from "@/db/schema";
import type { FileJson } from "./schemas";

export type FileWithUploader = { file: FileRow; uploaderName: string | null };

export function serializeFile({ file, uploaderName }: FileWithUploader): FileJson {
  return {
    id: file.id,
    card_id: file.cardId,
    kind: file.kind,
    name: file.name,
    content_type: file.contentType,
    size: file.size,
    url: file.url,
    uploader_id: file.uploaderId,
    uploader: file.uploaderId && uploaderName !== null ? { id: file.uploaderId, name: uploaderName } : null,
    has_thumbnail: file.thumbnailKey !== null,
    created_at: file.createdAt.toISOString(),
    updated_at: file.updatedAt.toISOString(),
  };
}
