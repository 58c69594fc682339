import { CalendarClock, CheckCircle2 } from "lucide-react";
import { cn } from "@/lib/utils";

const short = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

export type DueState = "done" | "overdue" | "soon" | "later";

export function dueState(dueAt: string, completed: boolean, now = Date.now()): DueState {
  if (completed) return "done";
  const due = new Date(dueAt).getTime();
  if (due < now) return "overdue";
  if (due - now < 2 * 24 * 3600_000) return "soon";
  return "later";
}

const STYLE: Record<DueState, string> = {
  done: "bg-success/12 text-success",
  overdue: "bg-destructive/12 text-destructive",
  soon: "bg-warning/12 text-warning",
  later: "bg-muted text-muted-foreground",
};

const LABEL: Record<DueState, string> = { done: "Done", overdue: "Overdue", soon: "Due soon", later: "Due" };

/** Due date chip coloured by urgency; the label names the state for screen readers too. */
export function DueBadge({ dueAt, completed, className }: { dueAt: string; completed: boolean; className?: string }) {
  const state = dueState(dueAt, completed);
  const Icon = state === "done" ? CheckCircle2 : CalendarClock;
  return (
    <span
      className={cn("inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-[11px] font-medium", STYLE[state], className)}
      title={`${LABEL[state]}: ${new Date(dueAt).toLocaleString()}`}
    >
      <Icon className="size-3" aria-hidden />
      <span className="sr-only">{LABEL[state]}: </span>
      {short.format(new Date(dueAt))}
    </span>
  );
}
