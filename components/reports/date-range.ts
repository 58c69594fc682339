/** Date presets of the Reports page, as local calendar days (YYYY-MM-DD) of the browser's time zone. */
export type RangePreset = "this_week" | "last_week" | "this_month" | "last_month" | "custom";

export const PRESETS: { value: RangePreset; label: string }[] = [
  { value: "this_week", label: "This week" },
  { value: "last_week", label: "Last week" },
  { value: "this_month", label: "This month" },
  { value: "last_month", label: "Last month" },
  { value: "custom", label: "Custom" },
];

export function isoDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, "0");
  const d = String(date.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

const addDays = (date: Date, days: number) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

/** The first and last day (inclusive) of a preset around `today`; weeks start on Monday (ISO). */
export function presetRange(preset: Exclude<RangePreset, "custom">, today = new Date()): { from: string; to: string } {
  const monday = addDays(today, -((today.getDay() + 6) % 7));
  switch (preset) {
    case "this_week":
      return { from: isoDay(monday), to: isoDay(addDays(monday, 6)) };
    case "last_week":
      return { from: isoDay(addDays(monday, -7)), to: isoDay(addDays(monday, -1)) };
    case "this_month":
      return {
        from: isoDay(new Date(today.getFullYear(), today.getMonth(), 1)),
        to: isoDay(new Date(today.getFullYear(), today.getMonth() + 1, 0)),
      };
    case "last_month":
      return {
        from: isoDay(new Date(today.getFullYear(), today.getMonth() - 1, 1)),
        to: isoDay(new Date(today.getFullYear(), today.getMonth(), 0)),
      };
  }
}

/** Every day from `from` to `to` inclusive (at most 400), for a chart with no gaps. */
export function daysBetween(from: string, to: string): string[] {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  const days: string[] = [];
  for (let d = new Date(fy, fm - 1, fd); d <= new Date(ty, tm - 1, td) && days.length < 400; d = addDays(d, 1)) days.push(isoDay(d));
  return days;
}

/** 5400 → "1:30" (hours and minutes), for tables and tooltips. */
export function formatHours(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}
