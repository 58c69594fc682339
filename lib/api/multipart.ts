import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, invalidRequest } from "@/lib/core/errors";

/** The file part of a multipart body, still streaming: whoever receives it must consume or destroy it. */
export type UploadedFile = { filename: string; stream: Readable };

/** A multipart body read up to its file part: the text fields before it, and the file's stream. */
export type MultipartUpload = { fields: Record<string, string>; file: UploadedFile };

export function isMultipart(req: Request): boolean {
  return /^multipart\/form-data\b/i.test(req.headers.get("content-type") ?? "");
}

/**
 * Reads a `multipart/form-data` body as a stream (busboy): resolves as soon as the part named
 * `fileField` begins, with the text fields sent before it and the file's bytes as a stream that
 * the caller consumes, so the server never holds the file. The text fields must therefore come
 * first (curl `-F` and the browser's FormData keep the order they are given). Parts after the file
 * are ignored.
 */
export function readMultipart(req: Request, fileField: string): Promise<MultipartUpload> {
  if (!req.body) return Promise.reject(invalidRequest("The request body is empty; send a multipart/form-data body."));
  const headers = Object.fromEntries(req.headers.entries());
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, defParamCharset: "utf8", limits: { fields: 20, fieldSize: 64 * 1024, files: 1, parts: 30 } });
    } catch {
      reject(invalidRequest("The multipart body has no boundary; send it as multipart/form-data with a boundary."));
      return;
    }
    const fields: Record<string, string> = {};
    let settled = false;
    let current: Readable | undefined;
    const source = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);
    const fail = (error: unknown) => {
      const appError = error instanceof AppError ? error : invalidRequest(`The multipart body is malformed: ${(error as Error).message}.`);
      if (!settled) {
        settled = true;
        reject(appError);
      } else current?.destroy(appError);
      source.destroy();
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return fail(invalidRequest(`The field "${name}" is too long.`));
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== fileField || settled) {
        stream.resume();
        return;
      }
      settled = true;
      current = stream;
      resolve({ fields, file: { filename: info.filename ?? "", stream } });
    });
    parser.on("error", fail);
    parser.on("close", () => {
      if (!settled) fail(invalidRequest(`The multipart body has no "${fileField}" part; send the file as the field "${fileField}".`));
    });
    source.on("error", fail);
    source.pipe(parser);
  });
}
