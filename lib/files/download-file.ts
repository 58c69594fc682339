import { Readable } from "node:stream";
import { conflict, notFound } from "@/lib/core/errors";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { parseRange } from "./byte-range";
import { contentDisposition } from "./file-name";
import { findFile } from "./find-file";
import { INLINE_SAFE_TYPES } from "./sniff-content-type";
import { fileStorage } from "./storage/file-storage";

/**
 * Headers on every file response: the browser must not guess another type (nosniff), and even
 * if it renders something, it does so in a sandbox with no scripts, no same-origin access and no
 * requests (CSP), so an uploaded HTML or SVG file can never run on our origin.
 */
function safeHeaders(): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'",
    "Cache-Control": "private, no-store",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/**
 * `GET /v1/files/{id}/content`: the bytes, streamed from the storage, always as an attachment
 * (`?inline=1` shows raster images and PDF inline; HTML, SVG and anything else stay attachments),
 * with the type detected at upload and a single `Range` honoured (206, or 416).
 */
export async function downloadFile({ ctx, id, req, inline }: { ctx: Ctx; id: string; req: Request; inline?: boolean }): Promise<Response> {
  authorize(ctx, "board_content.read");
  const { file } = await findFile(ctx, ctx.db, id);
  if (file.kind === "link" || !file.storageKey) throw conflict("This attachment is a link and has no content; open its url.");
  const type = file.contentType ?? "application/octet-stream";
  const disposition = inline && INLINE_SAFE_TYPES.has(type) ? "inline" : "attachment";
  const headers: Record<string, string> = {
    ...safeHeaders(),
    "Content-Type": type,
    "Content-Disposition": contentDisposition(file.name, disposition),
    "Accept-Ranges": "bytes",
    ETag: `"${file.id}"`,
  };
  const range = parseRange(req.headers.get("range"), file.size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "Content-Range": `bytes */${file.size}` } });
  }
  const storage = fileStorage();
  const stream = await storage.get(file.storageKey, range).catch(() => {
    throw notFound("File content");
  });
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  if (range) {
    headers["Content-Range"] = `bytes ${range.start}-${range.end}/${file.size}`;
    headers["Content-Length"] = String(range.end - range.start + 1);
    return new Response(body, { status: 206, headers });
  }
  headers["Content-Length"] = String(file.size);
  return new Response(body, { status: 200, headers });
}

/** `GET /v1/files/{id}/thumbnail`: the WebP thumbnail of an image upload, once made. */
export async function downloadThumbnail({ ctx, id }: { ctx: Ctx; id: string }): Promise<Response> {
  authorize(ctx, "board_content.read");
  const { file } = await findFile(ctx, ctx.db, id);
  if (!file.thumbnailKey) throw notFound("Thumbnail");
  const stream = await fileStorage()
    .get(file.thumbnailKey)
    .catch(() => {
      throw notFound("Thumbnail");
    });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: { ...safeHeaders(), "Content-Type": "image/webp", "Content-Disposition": "inline", "Cache-Control": "private, max-age=3600" },
  });
}
