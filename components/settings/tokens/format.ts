import type { TokenJson } from "@/lib/api-client/types";

export const SCOPE_LABELS: Record<TokenJson["scope"], string> = { read: "Read", read_write: "Read + Write" };

export type ExpiryChoice = "none" | "7" | "30" | "90" | "date";

export const EXPIRY_LABELS: Record<ExpiryChoice, string> = {
  none: "No expiry",
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
  date: "On a date…",
};

/** The expires_at to send: end of the chosen day, so "until March 3" includes March 3. */
export function expiresAtFor(choice: ExpiryChoice, date: string, now = new Date()): string | null {
  if (choice === "none") return null;
  if (choice === "date") return date ? new Date(`${date}T23:59:59`).toISOString() : null;
  return new Date(now.getTime() + Number(choice) * 86_400_000).toISOString();
}

export function formatDate(iso: string | null, fallback = "—"): string {
  return iso ? new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" }) : fallback;
}

/** "3 min ago", "yesterday"…, or "Never" for a token that was never used. */
export function formatLastUsed(iso: string | null, now = Date.now()): string {
  if (!iso) return "Never";
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["second", 60],
    ["minute", 60],
    ["hour", 24],
    ["day", 30],
    ["month", 12],
  ];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return unit === "second" ? "Just now" : rtf.format(value, unit);
    value = Math.round(value / size);
  }
  return rtf.format(value, "year");
}

export function isExpired(token: TokenJson, now = Date.now()): boolean {
  return token.expires_at !== null && new Date(token.expires_at).getTime() <= now;
}
