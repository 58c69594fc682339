"use client";

import { useMemo, useState } from "react";
import { Download } from "lucide-react";
import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { api, ok } from "@/lib/api-client/client";
import { downloadTimeCsv } from "@/lib/api-client/data-transfer";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { TimeReportGroupJson } from "@/lib/api-client/types";
import { daysBetween, formatHours, PRESETS, presetRange, type RangePreset } from "./date-range";

type Dimension = "user" | "board" | "card" | "tag" | "day" | "week" | "month";
const DIMENSIONS: { value: Dimension; label: string }[] = [
  { value: "user", label: "Person" },
  { value: "board", label: "Board" },
  { value: "card", label: "Card" },
  { value: "tag", label: "Tag" },
  { value: "day", label: "Day" },
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
];
type Billable = "all" | "true" | "false";

/** The label of a group's value at one level. */
function labelOf(item: TimeReportGroupJson, dimension: Dimension): string {
  switch (dimension) {
    case "user":
      return item.user_name ?? "";
    case "board":
      return item.board_name ?? "";
    case "card":
      return item.card_title ?? "";
    case "tag":
      return item.tag_name ?? "Untagged";
    case "week":
      return `Week of ${item.week}`;
    default:
      return item[dimension] ?? "";
  }
}

function useReport(query: Record<string, string | undefined>) {
  return useQuery({
    queryKey: queryKeys.time.report(query),
    queryFn: () => ok(api.GET("/v1/time_entries/report", { params: { query } })),
  });
}

/** Time reports: a range, a grouping, a bar chart by day, a table with totals and the CSV. */
export function ReportsPage() {
  const tz = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC", []);
  const [preset, setPreset] = useState<RangePreset>("this_week");
  const [custom, setCustom] = useState(() => presetRange("this_week"));
  const [groupBy, setGroupBy] = useState<Dimension>("user");
  const [thenBy, setThenBy] = useState<Dimension | "none">("none");
  const [billable, setBillable] = useState<Billable>("all");
  const [downloading, setDownloading] = useState(false);
  const range = preset === "custom" ? custom : presetRange(preset);
  const validRange = range.from !== "" && range.to !== "" && range.from <= range.to;
  const filters = { from: range.from, to: range.to, tz, billable: billable === "all" ? undefined : billable };
  const grouping = thenBy === "none" || thenBy === groupBy ? groupBy : `${groupBy},${thenBy}`;
  const byDay = useReport({ ...filters, group_by: "day" });
  const table = useReport({ ...filters, group_by: grouping });
  const levels = grouping.split(",") as Dimension[];

  const chartData = useMemo(() => {
    if (!validRange) return [];
    const seconds = new Map((byDay.data?.items ?? []).map((i) => [i.day!, i.total_seconds]));
    return daysBetween(range.from, range.to).map((day) => ({ day, hours: Math.round(((seconds.get(day) ?? 0) / 3600) * 100) / 100 }));
  }, [byDay.data, range.from, range.to, validRange]);

  async function download() {
    setDownloading(true);
    try {
      await downloadTimeCsv(filters as Parameters<typeof downloadTimeCsv>[0], `time-entries-${range.from}-to-${range.to}.csv`);
    } catch (error) {
      toast.error((error as Error).message);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <section aria-labelledby="reports-heading" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="reports-heading" className="text-2xl font-semibold tracking-tight">
            Reports
          </h1>
          <p className="text-sm text-muted-foreground">Tracked time, in {tz}. Running timers count once stopped.</p>
        </div>
        <Button onClick={() => void download()} disabled={!validRange || downloading} data-testid="download-csv">
          <Download aria-hidden /> {downloading ? "Preparing…" : "Download CSV"}
        </Button>
      </div>

      <div className="flex flex-wrap items-end gap-4" role="group" aria-label="Report filters">
        <div className="space-y-1.5">
          <Label htmlFor="report-range">Range</Label>
          <Select value={preset} onValueChange={(v) => setPreset(v as RangePreset)}>
            <SelectTrigger id="report-range" className="w-40">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {PRESETS.map((p) => (
                <SelectItem key={p.value} value={p.value}>
                  {p.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        {preset === "custom" && (
          <>
            <div className="space-y-1.5">
              <Label htmlFor="report-from">From</Label>
              <Input id="report-from" type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
            </div>
            <div className="space-y-1.5">
              <Label htmlFor="report-to">To</Label>
              <Input id="report-to" type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
            </div>
          </>
        )}
        <div className="space-y-1.5">
          <Label htmlFor="report-group">Group by</Label>
          <Select value={groupBy} onValueChange={(v) => setGroupBy(v as Dimension)}>
            <SelectTrigger id="report-group" className="w-36">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {DIMENSIONS.map((d) => (
                <SelectItem key={d.value} value={d.value}>
                  {d.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="report-then">Then by</Label>
          <Select value={thenBy} onValueChange={(v) => setThenBy(v as Dimension | "none")}>
            <SelectTrigger id="report-then" className="w-36">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="none">Nothing</SelectItem>
              {DIMENSIONS.filter((d) => d.value !== groupBy).map((d) => (
                <SelectItem key={d.value} value={d.value}>
                  {d.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="report-billable">Billable</Label>
          <Select value={billable} onValueChange={(v) => setBillable(v as Billable)}>
            <SelectTrigger id="report-billable" className="w-36">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">All entries</SelectItem>
              <SelectItem value="true">Billable</SelectItem>
              <SelectItem value="false">Not billable</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>

      {!validRange ? (
        <p role="alert" className="text-sm text-destructive">
          Choose a start date on or before the end date.
        </p>
      ) : (
        <>
          <Card>
            <CardHeader>
              <CardTitle className="flex items-baseline justify-between gap-2 text-base">
                <span>Hours by day</span>
                {byDay.data && (
                  <span className="text-sm font-normal text-muted-foreground" data-testid="report-total">
                    Total {formatHours(byDay.data.total_seconds)} h · {byDay.data.entry_count}{" "}
                    {byDay.data.entry_count === 1 ? "entry" : "entries"}
                  </span>
                )}
              </CardTitle>
            </CardHeader>
            <CardContent>
              {byDay.isPending ? (
                <RowsSkeleton label="Loading the chart" rows={1} rowClassName="h-56" />
              ) : byDay.isError ? (
                <LoadError what="the report" error={byDay.error} />
              ) : (
                <figure aria-label={`Hours per day from ${range.from} to ${range.to}`} className="h-60 w-full">
                  <ResponsiveContainer width="100%" height="100%">
                    <BarChart data={chartData} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
                      <CartesianGrid strokeDasharray="3 3" vertical={false} className="stroke-border" />
                      <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={12} minTickGap={12} />
                      <YAxis fontSize={12} allowDecimals={false} unit="h" />
                      <Tooltip formatter={(value) => [`${value} h`, "Tracked"]} />
                      <Bar dataKey="hours" fill="var(--primary)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
                    </BarChart>
                  </ResponsiveContainer>
                </figure>
              )}
            </CardContent>
          </Card>

          {table.isPending ? (
            <RowsSkeleton label="Loading the table" rows={4} rowClassName="h-9" />
          ) : table.isError ? (
            <LoadError what="the report" error={table.error} />
          ) : table.data.items.length === 0 ? (
            <EmptyState
              title="No time tracked in this range"
              description="Start a timer on a card, or log time by hand in the card's Time section."
            />
          ) : (
            <Table data-testid="report-table">
              <TableHeader>
                <TableRow>
                  {levels.map((level) => (
                    <TableHead key={level}>{DIMENSIONS.find((d) => d.value === level)!.label}</TableHead>
                  ))}
                  <TableHead className="text-right">Entries</TableHead>
                  <TableHead className="text-right">Hours</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {table.data.items.map((item, i) => (
                  <TableRow key={i}>
                    {levels.map((level) => (
                      <TableCell key={level}>{labelOf(item, level)}</TableCell>
                    ))}
                    <TableCell className="text-right tabular-nums">{item.entry_count}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatHours(item.total_seconds)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableCell colSpan={levels.length} className="font-medium">
                    Total{levels.includes("tag") ? " (each entry once)" : ""}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{table.data.entry_count}</TableCell>
                  <TableCell className="text-right font-medium tabular-nums" data-testid="table-total">
                    {formatHours(table.data.total_seconds)}
                  </TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          )}
          {table.data?.truncated && (
            <p className="text-sm text-muted-foreground">Only the first 5000 groups are shown; narrow the range.</p>
          )}
        </>
      )}
    </section>
  );
}
