import type { ByteRange } from "./storage/file-storage";

/**
 * The one range of a `Range: bytes=…` header (RFC 9110): `a-b`, `a-` or the suffix `-n`, clipped
 * to the size. `undefined`: no usable single range (absent, another unit, or several ranges,
 * which we answer with the whole file, as the RFC allows); `"unsatisfiable"`: a 416.
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from, to] = match;
  if (from === "" && to === "") return undefined;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || (to !== "" && Number(to) < start)) return "unsatisfiable";
  return { start, end };
}
