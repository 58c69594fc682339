"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

/** "" = no limit; otherwise a whole number as typed. */
export type ThroughputValues = { ratePerSecond: string; maxPerDay: string };

export const toLimit = (value: string): number | null => (value.trim() === "" ? null : Number(value));
export const fromLimit = (value: number | null): string => (value === null ? "" : String(value));

/** Optional pacing and daily cap, for receivers with quotas (a SIEM's ingest limit, a paid API). */
export function ThroughputFields({
  value,
  onChange,
  errors,
}: {
  value: ThroughputValues;
  onChange: (value: ThroughputValues) => void;
  errors: { rate?: string; cap?: string };
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        label="Rate limit (per second)"
        error={errors.rate}
        description="Deliveries above it wait their turn; none fail. Empty: as fast as possible."
      >
        <Input
          name="rate_limit_per_second"
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          step={1}
          placeholder="No limit"
          value={value.ratePerSecond}
          onChange={(e) => onChange({ ...value, ratePerSecond: e.target.value })}
        />
      </FormField>
      <FormField
        label="Daily cap"
        error={errors.cap}
        description="Over it (UTC day), events are kept as skipped deliveries to replay. Empty: no cap."
      >
        <Input
          name="max_deliveries_per_day"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          placeholder="No cap"
          value={value.maxPerDay}
          onChange={(e) => onChange({ ...value, maxPerDay: e.target.value })}
        />
      </FormField>
    </div>
  );
}
