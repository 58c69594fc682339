/** Longest file name kept, in characters. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * A file name safe to store and to show: no path (a browser may send `C:\\…\\x.png`), no control
 * characters, no characters that are path separators or reserved on common file systems, not
 * "." or "..", trimmed, at most 255 characters; "file" when nothing is left. Storage never uses
 * it (keys are ids); it is only ever shown and sent back in Content-Disposition.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f"*:<>?|\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "_")
    .trim()
    .replace(/^\.+$/, "");
  const limited = [...cleaned].slice(0, MAX_FILE_NAME_LENGTH).join("");
  return limited || "file";
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback with quotes and
 * backslashes replaced, and the exact name percent-encoded, so no name can break the header.
 */
export function contentDisposition(name: string, disposition: "attachment" | "inline" = "attachment"): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
