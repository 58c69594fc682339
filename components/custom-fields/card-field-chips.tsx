import { Calendar, Check, Link2 } from "lucide-react";
import { MemberAvatar } from "@/components/board/member-avatar";
import { TagChip } from "@/components/board/tag-chip";
import type { CardJson, CustomFieldJson, MemberJson } from "@/lib/api-client/types";
import { chosenOptions, fieldValueText } from "./field-values";

const chip = "inline-flex max-w-full items-center gap-1 rounded bg-muted px-1.5 py-0.5 text-[11px] leading-4 text-muted-foreground";

/** The values of a card's "Show on card" fields, as small chips on its front; nothing when none is set. */
export function CardFieldChips({
  card,
  fields,
  membersById,
}: {
  card: CardJson;
  fields: CustomFieldJson[];
  membersById: Map<string, MemberJson>;
}) {
  const shown = fields.filter((f) => f.show_on_card && card.fields[f.id] !== undefined);
  if (shown.length === 0) return null;
  return (
    <div className="mt-1.5 flex flex-wrap gap-1" data-testid="card-field-chips">
      {shown.map((field) => {
        const value = card.fields[field.id];
        const text = fieldValueText(field, value, membersById);
        const label = `${field.name}: ${text}`;
        switch (field.type) {
          case "select":
          case "multi_select":
            return chosenOptions(field, value).map((o) => (
              <span key={`${field.id}:${o.id}`} title={`${field.name}: ${o.name}`} className="max-w-full">
                <TagChip name={o.name} color={o.color} />
              </span>
            ));
          case "checkbox":
            return (
              <span key={field.id} className={chip} title={field.name}>
                <Check className="size-3 shrink-0" aria-hidden />
                <span className="truncate">{field.name}</span>
              </span>
            );
          case "user": {
            const member = membersById.get(String(value));
            return (
              <span key={field.id} className={chip} title={label}>
                {member ? <MemberAvatar id={member.id} name={member.name} className="size-4 text-[8px] ring-0" /> : null}
                <span className="truncate">{field.name}</span>
              </span>
            );
          }
          case "date":
            return (
              <span key={field.id} className={chip} title={label}>
                <Calendar className="size-3 shrink-0" aria-hidden />
                <span className="truncate">{text}</span>
              </span>
            );
          case "url": {
            let host = text;
            try {
              host = new URL(text).hostname;
            } catch {
              // shown as stored
            }
            return (
              <span key={field.id} className={chip} title={label}>
                <Link2 className="size-3 shrink-0" aria-hidden />
                <span className="max-w-32 truncate">{host}</span>
              </span>
            );
          }
          default:
            return (
              <span key={field.id} className={chip} title={label}>
                <span className="shrink-0 font-medium">{field.name}</span>
                <span className="max-w-32 truncate text-foreground/80">{text}</span>
              </span>
            );
        }
      })}
    </div>
  );
}
