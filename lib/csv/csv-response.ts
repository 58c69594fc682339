import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { safeCell } from "./safe-cell";

/** `attachment; filename="…"` for a generated (ASCII) file name. */
export function csvDisposition(name: string): string {
  return `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "_")}"`;
}

/**
 * A streamed RFC 4180 CSV download (CRLF line ends, quotes where needed, a header row, UTF-8 with a
 * byte order mark so spreadsheets pick the encoding) of the rows an async generator yields, every
 * cell passed through `safeCell` against formula injection. Nothing is buffered beyond a batch:
 * the generator is pulled as the client reads.
 */
export function csvResponse(fileName: string, header: string[], rows: AsyncIterable<(string | number | boolean | null)[]>): Response {
  const stringifier = stringify({
    bom: true,
    header: true,
    columns: header,
    record_delimiter: "windows",
    cast: { string: safeCell, boolean: (v) => (v ? "true" : "false") },
  });
  const source = Readable.from(rows, { objectMode: true });
  source.on("error", (error) => stringifier.destroy(error));
  source.pipe(stringifier);
  return new Response(Readable.toWeb(stringifier) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": csvDisposition(fileName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
