import { setLogDestination } from "@/lib/log/logger";

/** Collects the structured log's lines (JSON strings) until `stop()`; `entries()` parses them. */
export function captureLogs() {
  const lines: string[] = [];
  setLogDestination({ write: (chunk: string) => void lines.push(...chunk.split("\n").filter(Boolean)) });
  return {
    lines,
    text: () => lines.join("\n"),
    entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: () => setLogDestination(undefined),
  };
}
