const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const UNIT_MS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: 24 * HOUR };

/**
 * Parses WEBHOOK_RETRY_SCHEDULE: a comma list of durations ("5s,30s,2m,1h", "1.5m") or bare
 * millisecond numbers ("500,2000"). Throws on anything else: a typo here would otherwise
 * silently change how long deliveries keep trying.
 */
export function parseRetrySchedule(value: string): number[] {
  const items = value.split(",").map((item) => item.trim());
  return items.map((item) => {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/i.exec(item);
    const ms = match ? Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? "ms").toLowerCase()]) : NaN;
    if (!(ms > 0)) {
      throw new Error(`WEBHOOK_RETRY_SCHEDULE: "${item}" is not a positive duration (use e.g. 5s,30s,2m,1h or milliseconds)`);
    }
    return ms;
  });
}
