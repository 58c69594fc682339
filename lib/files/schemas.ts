import { z } from "zod";
import { idOf } from "@/lib/core/fields";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";
import { MAX_FILE_NAME_LENGTH } from "./file-name";

export const FileSchema = z
  .object({
    id: z.string(),
    card_id: z.string(),
    kind: z.enum(["upload", "link"]).meta({ description: "An uploaded file, or a link attachment (`url`)." }),
    name: z.string().meta({ description: "Shown to people and sent in Content-Disposition; sanitized (no path, no control characters)." }),
    content_type: z
      .string()
      .nullable()
      .meta({ description: "Detected from the file's first bytes at upload, never taken from the client. Null for links." }),
    size: z.number().int().meta({ description: "Bytes; 0 for links." }),
    url: z.string().nullable().meta({ description: "The link of a link attachment; null for uploads." }),
    uploader_id: z.string().nullable().meta({ description: "Null once the uploader's account is deleted." }),
    uploader: z.object({ id: z.string(), name: z.string() }).nullable(),
    has_thumbnail: z
      .boolean()
      .meta({ description: "A thumbnail is ready at `/v1/files/{id}/thumbnail` (PNG, JPEG, WebP and GIF uploads)." }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "File" });
export type FileJson = z.infer<typeof FileSchema>;

const cardId = idOf("card");
const name = z
  .string()
  .trim()
  .min(1, "Name must not be empty.")
  .max(MAX_FILE_NAME_LENGTH, `Name must be at most ${MAX_FILE_NAME_LENGTH} characters.`);

export const CreateLinkInput = z
  .strictObject({
    card_id: cardId,
    url: z
      .url({ protocol: /^https?$/, message: "Expected an http:// or https:// URL." })
      .max(2048, "The URL must be at most 2048 characters."),
    name: name.optional().meta({ description: "Defaults to the URL." }),
  })
  .meta({ id: "CreateLinkInput" });
export type CreateLinkInput = z.infer<typeof CreateLinkInput>;

/** The text fields of a multipart upload (sent before the `file` part). */
export const UploadFields = z.strictObject({ card_id: cardId }).meta({ id: "UploadFileFields" });
export type UploadFields = z.infer<typeof UploadFields>;

export const UpdateFileInput = z.strictObject({ name }).meta({ id: "UpdateFileInput" });
export type UpdateFileInput = z.infer<typeof UpdateFileInput>;

export const ListFilesQuery = PaginationQuery.extend({ card_id: cardId }).strict();
export type ListFilesQuery = z.infer<typeof ListFilesQuery>;

export const FilePage = pageOf(FileSchema, "FilePage");

export const FileUsageSchema = z
  .object({
    used_bytes: z.number().int().meta({ description: "Bytes the workspace's uploads take." }),
    quota_bytes: z.number().int().meta({ description: "FILE_WORKSPACE_QUOTA_BYTES: uploads past it are refused (413)." }),
    max_file_bytes: z.number().int().meta({ description: "FILE_MAX_BYTES: the largest single upload." }),
    max_files_per_card: z.number().int().meta({ description: "FILE_MAX_PER_CARD: attachments a card may hold." }),
    file_count: z.number().int().meta({ description: "Uploads and links in the workspace." }),
  })
  .meta({ id: "FileUsage" });
export type FileUsageJson = z.infer<typeof FileUsageSchema>;
