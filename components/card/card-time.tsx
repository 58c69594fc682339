"use client";

import { useState } from "react";
import { Play, Plus, Square, Timer, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useViewer } from "@/components/app-shell/viewer-context";
import { useBoardLookups } from "@/components/board/board-context";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import {
  formatClock,
  formatDuration,
  useAddTimeEntry,
  useCardTimeEntries,
  useDeleteTimeEntry,
  useRunningTimer,
  useTimerActions,
} from "./use-time-entries";
import { useElapsed } from "./header-timer";
import { SidebarField } from "./sidebar-field";

/** "1h 30m", "90m", "1.5h", "1:30" → seconds; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  const clock = /^(\d+):(\d{1,2})$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 || null;
  const parts = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+)\s*m)?$/.exec(t);
  if (parts && (parts[1] || parts[2])) return Math.round(Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60) || null;
  if (/^\d+$/.test(t)) return Number(t) * 60 || null;
  return null;
}

/** Start/stop the viewer's timer on this card, log time by hand, see entries and the total. */
export function CardTime({ cardId, canEdit }: { cardId: string; canEdit: boolean }) {
  const viewer = useViewer();
  const running = useRunningTimer();
  const { start, stop } = useTimerActions();
  const time = useCardTimeEntries(cardId);
  const addEntry = useAddTimeEntry(cardId);
  const deleteEntry = useDeleteTimeEntry(cardId);
  const runningHere = running.data?.card_id === cardId ? running.data : null;
  const elapsed = useElapsed(runningHere?.started_at);
  const [spent, setSpent] = useState("");
  const [note, setNote] = useState("");
  const [billable, setBillable] = useState(false);
  // Admins and owners may log time for a member (the entry is theirs; the event's actor is the admin).
  const mayLogForOthers = viewer.role === "admin" || viewer.role === "owner";
  const { membersById } = useBoardLookups();
  const loggable = [...membersById.values()].filter((m) => m.role !== "viewer").sort((a, b) => a.name.localeCompare(b.name));
  const [person, setPerson] = useState(viewer.id);
  const [error, setError] = useState<string>();
  const [logging, setLogging] = useState(false);
  const finished = (time.data?.entries ?? []).filter((e) => e.ended_at);

  function log(event: React.FormEvent) {
    event.preventDefault();
    const seconds = parseDuration(spent);
    if (!seconds) return setError("Write a duration like 45m, 1h 30m or 1:30.");
    setError(undefined);
    addEntry.mutate({
      started_at: new Date(Date.now() - seconds * 1000).toISOString(),
      duration_seconds: seconds,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(billable ? { billable } : {}),
      ...(person !== viewer.id ? { user_id: person } : {}),
    });
    setSpent("");
    setNote("");
    setBillable(false);
    setPerson(viewer.id);
    setLogging(false);
  }

  return (
    <SidebarField label="Time">
      <div className="space-y-2 rounded-lg border bg-card p-2.5">
        <div className="flex items-center gap-2">
          <Timer className="size-4 text-muted-foreground" aria-hidden />
          <span className="text-sm">
            <span className="font-semibold tabular-nums" data-testid="time-total">
              {formatDuration((time.data?.totalSeconds ?? 0) + (runningHere ? elapsed : 0))}
            </span>{" "}
            <span className="text-muted-foreground">total</span>
          </span>
        </div>
        {canEdit &&
          (runningHere ? (
            <Button
              size="sm"
              variant="secondary"
              className="w-full justify-between border border-primary/30 bg-primary/10 text-primary hover:bg-primary/15"
              onClick={() => stop.mutate()}
            >
              <span className="flex items-center gap-1.5">
                <Square className="size-3 fill-current" aria-hidden /> Stop timer
              </span>
              <span className="font-mono text-xs tabular-nums" data-testid="card-timer-clock">
                {formatClock(elapsed)}
              </span>
            </Button>
          ) : (
            <Button
              size="sm"
              variant="outline"
              className="w-full"
              onClick={async () => {
                // One timer per person: switching stops the other one first (the API refuses a second).
                if (running.data) await stop.mutateAsync().catch(() => undefined);
                start.mutate(cardId);
              }}
              disabled={start.isPending}
            >
              <Play aria-hidden /> {running.data ? "Switch timer here" : "Start timer"}
            </Button>
          ))}
        {canEdit && (
          <Popover open={logging} onOpenChange={setLogging}>
            <PopoverTrigger asChild>
              <Button size="sm" variant="ghost" className="w-full text-muted-foreground">
                <Plus aria-hidden /> Log time
              </Button>
            </PopoverTrigger>
            <PopoverContent align="start" className="w-64">
              <form onSubmit={log} className="space-y-2">
                <Input
                  value={spent}
                  onChange={(e) => setSpent(e.target.value)}
                  placeholder="e.g. 1h 30m"
                  aria-label="Time spent"
                  aria-invalid={error ? true : undefined}
                  className="h-8"
                  autoFocus
                />
                <Input
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  placeholder="Note (optional)"
                  aria-label="Note"
                  maxLength={2000}
                  className="h-8"
                />
                {mayLogForOthers && loggable.length > 1 && (
                  <Select value={person} onValueChange={setPerson}>
                    <SelectTrigger size="sm" className="h-8 w-full text-[13px]" aria-label="Logged for">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {loggable.map((m) => (
                        <SelectItem key={m.id} value={m.id}>
                          {m.id === viewer.id ? `${m.name} (me)` : m.name}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
                <label className="flex items-center gap-2 text-xs">
                  <Checkbox checked={billable} onCheckedChange={(v) => setBillable(v === true)} aria-label="Billable" />
                  Billable
                </label>
                {error && <p className="text-xs text-destructive">{error}</p>}
                <Button type="submit" size="sm" className="w-full">
                  Log time
                </Button>
              </form>
            </PopoverContent>
          </Popover>
        )}
        {finished.length > 0 && (
          <ul className="max-h-40 space-y-1 overflow-y-auto border-t pt-2 text-xs" aria-label="Time entries" data-testid="time-entries">
            {finished.map((e) => (
              <li key={e.id} className="group/entry flex items-center gap-2">
                <span className="font-medium tabular-nums">{formatDuration(e.duration_seconds ?? 0)}</span>
                <span className="min-w-0 flex-1 truncate text-muted-foreground" title={e.note || undefined}>
                  {e.user.name.split(" ")[0]} · {new Date(e.started_at).toLocaleDateString(undefined, { month: "short", day: "numeric" })}
                  {e.billable ? " · billable" : ""}
                  {e.note ? ` · ${e.note}` : ""}
                </span>
                {(e.user_id === viewer.id || viewer.role === "admin" || viewer.role === "owner") && (
                  <button
                    type="button"
                    onClick={() => deleteEntry.mutate(e.id)}
                    className="text-muted-foreground opacity-0 group-hover/entry:opacity-100 hover:text-destructive focus-visible:opacity-100"
                    aria-label="Delete time entry"
                  >
                    <Trash2 className="size-3.5" aria-hidden />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </SidebarField>
  );
}
