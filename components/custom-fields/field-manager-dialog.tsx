"use client";

import { useState } from "react";
import { ArrowDown, ArrowUp, Plus, SlidersHorizontal, Trash2 } from "lucide-react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Switch } from "@/components/ui/switch";
import type { CustomFieldJson, CustomFieldType } from "@/lib/api-client/types";
import { FIELD_TYPES, fieldTypeInfo, hasOptions } from "./field-types";
import { InlineName, OptionsEditor, type OptionDraft } from "./options-editor";
import { useCreateCustomField, useCustomFields, useDeleteCustomField, useUpdateCustomField } from "./use-custom-fields";

/** The board's custom fields: list, rename, reorder, show on cards, options, delete, add. Read-only without `canEdit`. */
export function FieldManagerDialog({ boardId, canEdit, onClose }: { boardId: string; canEdit: boolean; onClose: () => void }) {
  const fields = useCustomFields(boardId);
  const [deleting, setDeleting] = useState<CustomFieldJson | null>(null);
  const remove = useDeleteCustomField(boardId);

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent
        className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-2xl"
        data-testid="field-manager"
        // Focus the dialog, not the first field's name: opening it must not put a rename under the cursor.
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          (event.currentTarget as HTMLElement | null)?.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>Custom fields</DialogTitle>
          <DialogDescription>
            {canEdit
              ? "Fields every card of this board can carry, in the order the card shows them."
              : "Fields every card of this board can carry. Members and admins can change them."}
          </DialogDescription>
        </DialogHeader>
        {fields.error ? (
          <LoadError what="the fields" error={fields.error} />
        ) : !fields.data ? (
          <RowsSkeleton label="Loading fields" rows={3} rowClassName="h-12 w-full" />
        ) : fields.data.length === 0 ? (
          <EmptyState
            icon={<SlidersHorizontal />}
            title="No custom fields yet"
            titleAs="h3"
            description={canEdit ? "Add one below: a priority, an estimate, a link…" : "Nobody has added a field to this board yet."}
            className="py-6"
          />
        ) : (
          <ol className="divide-y rounded-lg border" aria-label="Fields">
            {fields.data.map((field, index) => (
              <FieldRow
                key={field.id}
                field={field}
                boardId={boardId}
                canEdit={canEdit}
                first={index === 0}
                last={index === fields.data.length - 1}
                onDelete={() => setDeleting(field)}
              />
            ))}
          </ol>
        )}
        {canEdit && <AddFieldForm boardId={boardId} />}
        <AlertDialog open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Delete the field “{deleting?.name}”?</AlertDialogTitle>
              <AlertDialogDescription>Its value is removed from every card of the board. This cannot be undone.</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Cancel</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => deleting && remove.mutate(deleting.id)}>
                Delete field
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      </DialogContent>
    </Dialog>
  );
}

function FieldRow({
  field,
  boardId,
  canEdit,
  first,
  last,
  onDelete,
}: {
  field: CustomFieldJson;
  boardId: string;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  onDelete: () => void;
}) {
  const update = useUpdateCustomField(boardId);
  const info = fieldTypeInfo(field.type);
  const Icon = info.icon;
  const patch = (body: Parameters<typeof update.mutate>[0]["patch"]) => update.mutate({ id: field.id, patch: body });
  const switchId = `show-on-card-${field.id}`;

  return (
    <li className="space-y-2 p-3" data-testid="custom-field-row" data-field-id={field.id}>
      <div className="flex flex-wrap items-center gap-2">
        <Icon className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        {canEdit ? (
          <InlineName
            value={field.name}
            label={`Name of field ${field.name}`}
            onSave={(name) => patch({ name })}
            className="min-w-0 flex-1 basis-32"
          />
        ) : (
          <span className="min-w-0 flex-1 truncate text-sm font-medium">{field.name}</span>
        )}
        <span className="rounded bg-muted px-1.5 py-0.5 text-[11px] font-medium text-muted-foreground">{info.label}</span>
        <div className="ml-auto flex items-center gap-1">
          <div className="mr-1 flex items-center gap-1.5">
            <Switch
              id={switchId}
              size="sm"
              checked={field.show_on_card}
              disabled={!canEdit}
              onCheckedChange={(show_on_card) => patch({ show_on_card })}
            />
            <Label htmlFor={switchId} className="text-xs font-normal whitespace-nowrap">
              Show on card
            </Label>
          </div>
          {canEdit && (
            <>
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Move ${field.name} up`}
                disabled={first}
                onClick={() => patch({ position: field.position - 1 })}
              >
                <ArrowUp aria-hidden />
              </Button>
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Move ${field.name} down`}
                disabled={last}
                onClick={() => patch({ position: field.position + 1 })}
              >
                <ArrowDown aria-hidden />
              </Button>
              <Button variant="ghost" size="icon-sm" aria-label={`Delete ${field.name}`} onClick={onDelete}>
                <Trash2 aria-hidden className="text-destructive" />
              </Button>
            </>
          )}
        </div>
      </div>
      {hasOptions(field.type) && (
        <div className="pl-6">
          <OptionsEditor
            fieldName={field.name}
            options={field.options}
            readOnly={!canEdit}
            onChange={(options) => patch({ options: options.map((o) => ({ ...o, archived: o.archived ?? false })) })}
          />
        </div>
      )}
    </li>
  );
}

function AddFieldForm({ boardId }: { boardId: string }) {
  const create = useCreateCustomField(boardId);
  const [name, setName] = useState("");
  const [type, setType] = useState<CustomFieldType>("text");
  const [options, setOptions] = useState<OptionDraft[]>([]);
  const [showOnCard, setShowOnCard] = useState(false);
  const withOptions = hasOptions(type);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate(
      {
        name: name.trim(),
        type,
        show_on_card: showOnCard,
        ...(withOptions ? { options: options.map((o) => ({ name: o.name, color: o.color })) } : {}),
      },
      {
        onSuccess: () => {
          setName("");
          setOptions([]);
          setShowOnCard(false);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-dashed p-3" aria-label="Add field">
      <div className="text-sm font-medium">Add field</div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1 space-y-1">
          <Label htmlFor="new-field-name" className="text-xs">
            Field name
          </Label>
          <Input id="new-field-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={50} placeholder="e.g. Priority" />
        </div>
        <div className="space-y-1">
          <Label htmlFor="new-field-type" className="text-xs">
            Field type
          </Label>
          <Select value={type} onValueChange={(v) => setType(v as CustomFieldType)}>
            <SelectTrigger id="new-field-type" className="w-full sm:w-40" aria-label="Field type">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {FIELD_TYPES.map(({ type: t, label, icon: Icon }) => (
                <SelectItem key={t} value={t}>
                  <Icon aria-hidden /> {label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>
      {withOptions && (
        <div className="space-y-1">
          <div className="text-xs font-medium">Options</div>
          <OptionsEditor fieldName={name.trim() || "the new field"} options={options} onChange={setOptions} />
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-1.5">
          <Switch id="new-field-show" size="sm" checked={showOnCard} onCheckedChange={setShowOnCard} />
          <Label htmlFor="new-field-show" className="text-xs font-normal">
            Show on card
          </Label>
        </div>
        <Button type="submit" size="sm" disabled={!name.trim() || create.isPending}>
          <Plus aria-hidden /> Add field
        </Button>
      </div>
    </form>
  );
}
