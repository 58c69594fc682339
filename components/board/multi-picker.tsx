"use client";

import { ChevronDown } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

export type PickerOption = { value: string; label: React.ReactNode };

/**
 * A filter picker: choose one or more values of one term (tag:a OR tag:b). `single` makes a
 * choice replace the previous one (due:, is:). Stays open while choosing, so several values take
 * one visit; Escape closes it.
 */
export function MultiPicker({
  label,
  options,
  selected,
  onChange,
  single = false,
}: {
  label: string;
  options: PickerOption[];
  /** Values as the query spells them, compared ignoring case. */
  selected: string[];
  onChange: (values: string[]) => void;
  single?: boolean;
}) {
  const chosen = new Set(selected.map((v) => v.toLowerCase()));
  const toggle = (value: string, on: boolean) => {
    if (single) return onChange(on ? [value] : []);
    const rest = selected.filter((v) => v.toLowerCase() !== value.toLowerCase());
    onChange(on ? [...rest, value] : rest);
  };
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          aria-label={`${label} filter${chosen.size ? ` (${chosen.size} chosen)` : ""}`}
          className={cn("h-8 shrink-0 bg-card text-[13px] font-normal", chosen.size > 0 && "border-primary/50 text-primary")}
        >
          {label}
          {chosen.size > 0 && <span className="tabular-nums">· {chosen.size}</span>}
          <ChevronDown className="size-3.5 opacity-60" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="max-h-80 w-56 overflow-y-auto">
        <DropdownMenuLabel className="text-xs text-muted-foreground">{single ? `${label}: one of` : `${label}: any of`}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {options.length === 0 && <p className="px-2 py-1.5 text-sm text-muted-foreground">Nothing to choose yet.</p>}
        {options.map((o) => (
          <DropdownMenuCheckboxItem
            key={o.value}
            checked={chosen.has(o.value.toLowerCase())}
            onCheckedChange={(on) => toggle(o.value, on === true)}
            onSelect={(e) => e.preventDefault()}
          >
            {o.label}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
