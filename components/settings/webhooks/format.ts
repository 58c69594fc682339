const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** "3 minutes ago", "in 12 seconds": for times near now. */
export function fromNow(iso: string, now = Date.now()): string {
  const diff = Date.parse(iso) - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === "second") return relative.format(Math.round(diff / ms), unit);
  }
  return "now";
}

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** Human words for the attempt error kinds of the API. */
export const ERROR_KIND_LABEL: Record<string, string> = {
  timeout: "Timed out",
  connection: "Connection failed",
  redirect: "Redirect (not followed)",
  blocked_address: "Blocked address",
  http: "HTTP error",
  payload_too_large: "Payload too large",
};

/** Turned off by the system (a failure streak, or a 410 Gone) rather than paused by an admin. */
export const isAutoDisabled = (w: { active: boolean; disabled_by: "admin" | "failures" | "gone" | null }) =>
  !w.active && (w.disabled_by === "failures" || w.disabled_by === "gone");

/** The pretty form of a JSON value, for payload and header panels. */
export const prettyJson = (value: unknown) => JSON.stringify(value, null, 2);
