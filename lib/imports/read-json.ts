import type { Readable } from "node:stream";
import { createHash } from "node:crypto";
import { AppError, invalidRequest } from "@/lib/core/errors";

/** The largest import file: a Trello export of a big board with years of actions stays well below. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** Trello's exports nest about six levels; anything past this is not an export. */
export const IMPORT_MAX_DEPTH = 64;

/** Reads the uploaded file into memory up to IMPORT_MAX_BYTES (413 the moment it passes), with its SHA-256. */
export async function readUpload(stream: Readable, limit = IMPORT_MAX_BYTES): Promise<{ bytes: Buffer; sha256: string }> {
  const chunks: Buffer[] = [];
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) {
      stream.destroy();
      throw new AppError(
        "payload_too_large",
        `The file is larger than ${Math.round(limit / 1024 / 1024)} MB; export a smaller board or split it.`,
      );
    }
    hash.update(buffer);
    chunks.push(buffer);
  }
  if (size === 0) throw invalidRequest("The file is empty.", [{ field: "file", message: "Is empty." }]);
  return { bytes: Buffer.concat(chunks), sha256: hash.digest("hex") };
}

/**
 * The nesting depth of a JSON text, counted in one pass over its brackets outside strings, before
 * it is parsed: a file of 100,000 nested arrays is refused here instead of reaching a recursive
 * walk (or the shape check) that would overflow the stack.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** UTF-8 JSON of at most IMPORT_MAX_DEPTH levels, or a 400 saying what is wrong with it. */
export function parseJsonFile(bytes: Buffer): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidRequest("The file is not UTF-8 text; upload the JSON export itself.", [{ field: "file", message: "Not UTF-8." }]);
  }
  if (jsonDepthExceeds(text, IMPORT_MAX_DEPTH)) {
    throw invalidRequest(`The file nests deeper than ${IMPORT_MAX_DEPTH} levels; it is not a board export.`, [
      { field: "file", message: "Nested too deeply." },
    ]);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw invalidRequest(`The file is not valid JSON: ${(error as Error).message}`, [{ field: "file", message: "Not JSON." }]);
  }
}
