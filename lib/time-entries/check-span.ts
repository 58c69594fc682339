import { invalidRequest } from "@/lib/core/errors";
import { MAX_ENTRY_SECONDS } from "./schemas";

/** Clocks drift; a start a few minutes "in the future" is a skewed client, not an error. */
const FUTURE_SKEW_MS = 5 * 60 * 1000;
const EARLIEST = Date.UTC(2000, 0, 1);

/**
 * Refuses times no one could have worked: before 2000, in the future, an end not after the start,
 * or longer than a week. Runs on the final values, so an edit of one side is checked against the
 * stored other side. `endedAt` null = a running timer (only its start is checked).
 */
export function checkSpan(startedAt: Date, endedAt: Date | null, now = new Date()): void {
  const latest = now.getTime() + FUTURE_SKEW_MS;
  const problems: { field: string; message: string }[] = [];
  if (startedAt.getTime() < EARLIEST) problems.push({ field: "started_at", message: "started_at must not be before 2000-01-01." });
  if (startedAt.getTime() > latest) problems.push({ field: "started_at", message: "started_at must not be in the future." });
  if (endedAt) {
    if (endedAt.getTime() > latest) problems.push({ field: "ended_at", message: "ended_at must not be in the future." });
    if (endedAt.getTime() <= startedAt.getTime()) problems.push({ field: "ended_at", message: "ended_at must be after started_at." });
    else if (endedAt.getTime() - startedAt.getTime() > MAX_ENTRY_SECONDS * 1000) {
      problems.push({ field: "ended_at", message: "An entry may last at most 7 days; split longer work into several entries." });
    }
  }
  if (problems.length > 0) throw invalidRequest(`Invalid time span: ${problems.map((p) => p.message).join(" ")}`, problems);
}
