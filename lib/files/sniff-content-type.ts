/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => head[offset + i] === b);
const ascii = (head: Uint8Array, text: string, offset = 0) =>
  startsWith(
    head,
    [...text].map((c) => c.charCodeAt(0)),
    offset,
  );

/**
 * The content type of a file, detected from its first bytes (never the client's claim): the
 * signatures of the formats people attach (images, PDF, archives, audio, video), markup that a
 * browser would run (HTML, SVG, XML: flagged so it is never served inline), then text if the
 * bytes are valid UTF-8 without control characters, else `application/octet-stream`.
 */
export function sniffContentType(head: Uint8Array): string {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (ascii(head, "GIF87a") || ascii(head, "GIF89a")) return "image/gif";
  if (ascii(head, "RIFF") && ascii(head, "WEBP", 8)) return "image/webp";
  if (ascii(head, "RIFF") && ascii(head, "WAVE", 8)) return "audio/wav";
  if (ascii(head, "BM") && head.length > 14 && head[6] === 0 && head[7] === 0) return "image/bmp";
  if (ascii(head, "%PDF-")) return "application/pdf";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return "application/zip";
  if (startsWith(head, [0x1f, 0x8b])) return "application/gzip";
  if (ascii(head, "ftyp", 4)) return ascii(head, "qt", 8) ? "video/quicktime" : "video/mp4";
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return "video/webm";
  if (ascii(head, "ID3") || (head[0] === 0xff && (head[1] & 0xe0) === 0xe0)) return "audio/mpeg";
  if (ascii(head, "OggS")) return "audio/ogg";
  const text = decodeText(head);
  if (text === undefined) return "application/octet-stream";
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|script|iframe|style|title|div|p|a|img|table|!--)[\s>/]/.test(start)) return "text/html";
  if (/<svg[\s>]/.test(start) && /^(<\?xml|<!doctype svg|<svg|<!--)/.test(start)) return "image/svg+xml";
  if (start.startsWith("<?xml")) return "application/xml";
  return "text/plain";
}

/** The bytes as text, or undefined when they are binary (invalid UTF-8 or control characters). */
function decodeText(head: Uint8Array): string | undefined {
  if (head.length === 0) return "";
  let text: string;
  try {
    // A multi-byte character cut at the end of the sniffed prefix is not a sign of binary.
    text = new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, trimPartialUtf8(head)));
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what marks binary
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text) ? undefined : text;
}

function trimPartialUtf8(head: Uint8Array): number {
  const end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** Types a browser may show inline from our origin: raster images and PDF. Never HTML, SVG or XML. */
export const INLINE_SAFE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]);

/** Images sharp makes thumbnails of. */
export const THUMBNAIL_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
