"use client";

import { useId, useState } from "react";
import { Check, ChevronDown, ExternalLink } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useBoardLookups } from "@/components/board/board-context";
import { MemberAvatar } from "@/components/board/member-avatar";
import { TagChip } from "@/components/board/tag-chip";
import { useUpdateCard } from "@/components/board/use-card-mutations";
import { chosenOptions, fieldValueText, type FieldValue } from "@/components/custom-fields/field-values";
import { fieldTypeInfo } from "@/components/custom-fields/field-types";
import type { CardJson, CustomFieldJson } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";

const NONE = "__none__";

type EditorProps = {
  field: CustomFieldJson;
  value: FieldValue | undefined;
  id: string;
  invalid: boolean;
  onSave: (value: unknown) => void;
};

/**
 * The card's custom fields, one row per field of the board in the board's order, each edited by
 * its type and saved with PATCH /v1/cards/{id} `fields`. The server's 400 message shows under the
 * field it names. Read-only without `canEdit`.
 */
export function CardCustomFields({ card, canEdit }: { card: CardJson; canEdit: boolean }) {
  const { fields, membersById } = useBoardLookups();
  const updateCard = useUpdateCard(card.board_id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (fields.length === 0) return null;

  const save = (field: CustomFieldJson, value: unknown) => {
    const current = card.fields[field.id] ?? null;
    if (JSON.stringify(current) === JSON.stringify(value)) return;
    updateCard.mutate(
      { cardId: card.id, patch: { fields: { [field.id]: value } } },
      {
        onSuccess: () => setErrors(({ [field.id]: _, ...rest }) => rest),
        onError: (error) => setErrors((e) => ({ ...e, [field.id]: error.message })),
      },
    );
  };

  return (
    <section className="space-y-2.5 border-t pt-4" aria-labelledby="card-fields-heading" data-testid="card-custom-fields">
      <h3 id="card-fields-heading" className="text-xs font-medium tracking-wide text-muted-foreground uppercase">
        Fields
      </h3>
      <div className="space-y-2.5">
        {fields.map((field) => (
          <FieldRow
            key={field.id}
            field={field}
            value={card.fields[field.id]}
            canEdit={canEdit}
            error={errors[field.id]}
            readOnlyText={fieldValueText(field, card.fields[field.id], membersById)}
            onSave={(value) => save(field, value)}
          />
        ))}
      </div>
    </section>
  );
}

function FieldRow({
  field,
  value,
  canEdit,
  error,
  readOnlyText,
  onSave,
}: {
  field: CustomFieldJson;
  value: FieldValue | undefined;
  canEdit: boolean;
  error: string | undefined;
  readOnlyText: string;
  onSave: (value: unknown) => void;
}) {
  const id = useId();
  const Icon = fieldTypeInfo(field.type).icon;
  const props: EditorProps = { field, value, id, invalid: Boolean(error), onSave };
  return (
    <div className="space-y-1" data-testid="card-field" data-field-id={field.id}>
      <Label htmlFor={id} className="flex items-center gap-1.5 text-xs font-medium text-foreground/80">
        <Icon className="size-3.5" aria-hidden />
        <span className="truncate">{field.name}</span>
      </Label>
      {!canEdit ? (
        <ReadOnlyValue field={field} value={value} text={readOnlyText} id={id} />
      ) : field.type === "checkbox" ? (
        <Checkbox
          id={id}
          checked={value === true}
          onCheckedChange={(checked) => onSave(checked === true)}
          aria-invalid={props.invalid || undefined}
        />
      ) : field.type === "select" ? (
        <SelectEditor {...props} />
      ) : field.type === "multi_select" ? (
        <MultiSelectEditor {...props} />
      ) : field.type === "user" ? (
        <UserEditor {...props} />
      ) : (
        <TextLikeEditor {...props} />
      )}
      {error && (
        <p role="alert" className="text-xs text-destructive">
          {error}
        </p>
      )}
    </div>
  );
}

function ReadOnlyValue({ field, value, text, id }: { field: CustomFieldJson; value: FieldValue | undefined; text: string; id: string }) {
  if (value === undefined)
    return (
      <p id={id} className="text-sm text-muted-foreground">
        None
      </p>
    );
  if (field.type === "select" || field.type === "multi_select")
    return (
      <div id={id} className="flex flex-wrap gap-1">
        {chosenOptions(field, value).map((o) => (
          <TagChip key={o.id} name={o.name} color={o.color} className="text-xs" />
        ))}
      </div>
    );
  if (field.type === "url")
    return (
      <a
        id={id}
        href={String(value)}
        target="_blank"
        rel="noopener noreferrer"
        className="block truncate text-sm text-primary hover:underline"
      >
        {text}
      </a>
    );
  return (
    <p id={id} className="text-sm break-words">
      {text}
    </p>
  );
}

/** text, number, date and url: an input saved on blur or Enter (a date as soon as one is picked). */
function TextLikeEditor({ field, value, id, invalid, onSave }: EditorProps) {
  const initial = value === undefined ? "" : String(value);
  const commit = (raw: string) => {
    const text = field.type === "date" ? raw : raw.trim();
    if (text === "") return onSave(null);
    if (field.type === "number") {
      const n = Number(text);
      // An unparseable number goes to the server as text, so its 400 names the field.
      return onSave(Number.isFinite(n) ? n : text);
    }
    onSave(text);
  };
  const type = field.type === "number" ? "number" : field.type === "date" ? "date" : field.type === "url" ? "url" : "text";
  return (
    <div className="flex items-center gap-1">
      <Input
        id={id}
        key={initial}
        type={type}
        defaultValue={initial}
        step={field.type === "number" ? "any" : undefined}
        inputMode={field.type === "number" ? "decimal" : undefined}
        placeholder={field.type === "url" ? "https://" : field.type === "date" ? undefined : "Empty"}
        aria-invalid={invalid || undefined}
        className="h-8 text-[13px]"
        onChange={field.type === "date" ? (e) => commit(e.target.value) : undefined}
        onBlur={field.type === "date" ? undefined : (e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit(e.currentTarget.value);
          } else if (e.key === "Escape" && e.currentTarget.value !== initial) {
            e.preventDefault();
            e.stopPropagation();
            e.currentTarget.value = initial;
          }
        }}
      />
      {field.type === "url" && value !== undefined && (
        <Button variant="ghost" size="icon-sm" className="size-8 shrink-0" asChild>
          <a href={String(value)} target="_blank" rel="noopener noreferrer" aria-label={`Open ${field.name} link`}>
            <ExternalLink aria-hidden />
          </a>
        </Button>
      )}
    </div>
  );
}

function Dot({ color }: { color: string }) {
  return <span className="size-2.5 shrink-0 rounded-full" style={{ backgroundColor: color }} aria-hidden />;
}

/** One option or None; archived options only while this card has one. */
function SelectEditor({ field, value, id, invalid, onSave }: EditorProps) {
  const current = typeof value === "string" ? value : NONE;
  const options = field.options.filter((o) => !o.archived || o.id === current);
  return (
    <Select value={current} onValueChange={(v) => onSave(v === NONE ? null : v)}>
      <SelectTrigger id={id} size="sm" className="w-full text-[13px]" aria-invalid={invalid || undefined}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NONE}>
          <span className="text-muted-foreground">None</span>
        </SelectItem>
        {options.map((o) => (
          <SelectItem key={o.id} value={o.id}>
            <Dot color={o.color} /> {o.name}
            {o.archived && <span className="text-[11px] text-muted-foreground">(archived)</span>}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

/** Any number of options, ticked in a popover; each tick saves. */
function MultiSelectEditor({ field, value, id, invalid, onSave }: EditorProps) {
  const selected = Array.isArray(value) ? value : [];
  const chosen = chosenOptions(field, value);
  const options = field.options.filter((o) => !o.archived || selected.includes(o.id));
  const toggle = (optionId: string) =>
    onSave(selected.includes(optionId) ? selected.filter((x) => x !== optionId) : [...selected, optionId]);
  return (
    <Popover>
      <PopoverTrigger asChild>
        <button
          id={id}
          type="button"
          aria-invalid={invalid || undefined}
          className={cn(
            "flex min-h-8 w-full items-center gap-1 rounded-md border border-input bg-background px-2 py-1 text-left text-[13px] shadow-xs",
            "hover:bg-accent/50 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none aria-invalid:border-destructive dark:bg-input/20",
          )}
        >
          <span className="flex min-w-0 flex-1 flex-wrap gap-1">
            {chosen.length === 0 ? (
              <span className="text-muted-foreground">None</span>
            ) : (
              chosen.map((o) => <TagChip key={o.id} name={o.name} color={o.color} />)
            )}
          </span>
          <ChevronDown className="size-4 shrink-0 opacity-70" aria-hidden />
        </button>
      </PopoverTrigger>
      <PopoverContent align="start" className="w-60 p-1">
        {options.length === 0 ? (
          <p className="p-2 text-sm text-muted-foreground">This field has no options yet. Add some in the board menu, Custom fields.</p>
        ) : (
          <ul role="listbox" aria-label={field.name} aria-multiselectable="true" className="max-h-64 overflow-y-auto">
            {options.map((o) => {
              const on = selected.includes(o.id);
              return (
                <li key={o.id} role="option" aria-selected={on}>
                  <button
                    type="button"
                    onClick={() => toggle(o.id)}
                    className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
                  >
                    <Dot color={o.color} />
                    <span className="min-w-0 flex-1 truncate">{o.name}</span>
                    {on && <Check className="size-4 text-primary" aria-hidden />}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </PopoverContent>
    </Popover>
  );
}

/** A workspace member or nobody. */
function UserEditor({ value, id, invalid, onSave }: EditorProps) {
  const { membersById } = useBoardLookups();
  const members = [...membersById.values()].sort((a, b) => a.name.localeCompare(b.name));
  const current = typeof value === "string" ? value : NONE;
  return (
    <Select value={current} onValueChange={(v) => onSave(v === NONE ? null : v)}>
      <SelectTrigger id={id} size="sm" className="w-full text-[13px]" aria-invalid={invalid || undefined}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NONE}>
          <span className="text-muted-foreground">Nobody</span>
        </SelectItem>
        {current !== NONE && !membersById.has(current) && (
          <SelectItem value={current} disabled>
            Former member
          </SelectItem>
        )}
        {members.map((m) => (
          <SelectItem key={m.id} value={m.id}>
            <MemberAvatar id={m.id} name={m.name} className="size-5 ring-0" /> {m.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
