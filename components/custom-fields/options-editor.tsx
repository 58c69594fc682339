"use client";

import { useState } from "react";
import { Archive, ArchiveRestore, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";
import { COLOR_NAMES, nextColor, OPTION_COLORS } from "./field-types";

/** An option as the editor holds it: `id` is absent until the server has it. */
export type OptionDraft = { id?: string; name: string; color: string; archived?: boolean };

/** A swatch button that opens the palette; choosing a colour closes it. */
export function ColorPicker({
  color,
  label,
  onChange,
  disabled,
}: {
  color: string;
  label: string;
  onChange: (c: string) => void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <button
          type="button"
          disabled={disabled}
          aria-label={`${label}: ${COLOR_NAMES[color] ?? color}`}
          className="grid size-7 shrink-0 place-items-center rounded-md hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none disabled:opacity-50"
        >
          <span className="size-3.5 rounded-full" style={{ backgroundColor: color }} aria-hidden />
        </button>
      </PopoverTrigger>
      <PopoverContent align="start" className="w-auto p-2">
        <div className="grid grid-cols-5 gap-1.5" role="radiogroup" aria-label={label}>
          {OPTION_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={c === color}
              aria-label={COLOR_NAMES[c] ?? c}
              onClick={() => {
                onChange(c);
                setOpen(false);
              }}
              className={cn(
                "size-6 rounded-full ring-offset-2 ring-offset-popover focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                c === color && "ring-2 ring-foreground/60",
              )}
              style={{ backgroundColor: c }}
            />
          ))}
        </div>
      </PopoverContent>
    </Popover>
  );
}

/** A name input that saves on blur or Enter and puts back the saved name on Escape. */
export function InlineName({
  value,
  label,
  onSave,
  className,
  disabled,
}: {
  value: string;
  label: string;
  onSave: (name: string) => void;
  className?: string;
  disabled?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  const commit = () => {
    const name = draft.trim();
    if (!name) setDraft(value);
    else if (name !== value) onSave(name);
  };
  return (
    <Input
      value={draft}
      aria-label={label}
      maxLength={50}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          commit();
        } else if (e.key === "Escape" && draft !== value) {
          e.preventDefault();
          e.stopPropagation();
          setDraft(value);
        }
      }}
      className={cn("h-8", className)}
    />
  );
}

/**
 * The options of a select or multi_select field: rename, recolour, archive or restore each, add
 * one. Every change hands the whole new list to `onChange` (the API takes the list as a whole).
 */
export function OptionsEditor({
  fieldName,
  options,
  onChange,
  readOnly = false,
}: {
  fieldName: string;
  options: OptionDraft[];
  onChange: (options: OptionDraft[]) => void;
  readOnly?: boolean;
}) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const update = (index: number, change: Partial<OptionDraft>) => onChange(options.map((o, i) => (i === index ? { ...o, ...change } : o)));
  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (options.some((o) => o.name.toLowerCase() === trimmed.toLowerCase())) {
      setError(`"${trimmed}" is already an option.`);
      return;
    }
    setError(null);
    onChange([...options, { name: trimmed, color: nextColor(options.length) }]);
    setName("");
  };

  return (
    <div className="space-y-1.5">
      {options.length === 0 && <p className="text-xs text-muted-foreground">No options yet.</p>}
      <ul className="space-y-1" aria-label={`Options of ${fieldName}`}>
        {options.map((option, index) => (
          <li key={option.id ?? `new-${index}`} className={cn("flex items-center gap-1", option.archived && "opacity-60")}>
            <ColorPicker
              color={option.color}
              label={`Colour of ${option.name}`}
              disabled={readOnly}
              onChange={(color) => update(index, { color })}
            />
            {readOnly ? (
              <span className="min-w-0 flex-1 truncate text-sm">{option.name}</span>
            ) : (
              <InlineName
                value={option.name}
                label={`Option name ${option.name}`}
                onSave={(next) => update(index, { name: next })}
                className="min-w-0 flex-1"
              />
            )}
            {option.archived && <span className="text-[11px] text-muted-foreground">Archived</span>}
            {!readOnly &&
              (option.id ? (
                <Button
                  type="button"
                  variant="ghost"
                  size="icon-sm"
                  aria-label={option.archived ? `Restore option ${option.name}` : `Archive option ${option.name}`}
                  title={option.archived ? "Restore" : "Archive (cards keep it; it can no longer be chosen)"}
                  onClick={() => update(index, { archived: !option.archived })}
                >
                  {option.archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
                </Button>
              ) : (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  aria-label={`Remove option ${option.name}`}
                  onClick={() => onChange(options.filter((_, i) => i !== index))}
                >
                  Remove
                </Button>
              ))}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="flex gap-1">
          <Input
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            maxLength={50}
            placeholder="New option"
            aria-label={`New option for ${fieldName}`}
            aria-invalid={error ? true : undefined}
            className="h-8"
          />
          <Button type="button" variant="outline" size="sm" onClick={add} disabled={!name.trim()} aria-label={`Add option to ${fieldName}`}>
            <Plus aria-hidden /> Add
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-xs text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}
