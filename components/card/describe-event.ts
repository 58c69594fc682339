import type { EventJson } from "@/lib/api-client/types";

type Names = {
  listName: (id: string) => string | undefined;
  tagName: (id: string) => string | undefined;
  /** A custom field's name by id (card.updated names a changed value `fields.<id>`). */
  fieldName?: (id: string) => string | undefined;
};

const quote = (value: unknown) => `“${String(value ?? "")}”`;

/** One line of activity in plain words, e.g. moved “Fix login” from To do to Doing. */
export function describeEvent(event: EventJson, names: Names, withSubject = true): string {
  const d = event.data as Record<string, unknown>;
  const c = event.changes ?? {};
  const card = withSubject ? ` ${quote(d.title)}` : "";
  switch (event.type) {
    case "card.created":
      return `created${withSubject ? ` card${card}` : " this card"}`;
    case "card.moved": {
      if (c.list_id)
        return `moved${card} from ${names.listName(String(c.list_id.from)) ?? "another list"} to ${names.listName(String(c.list_id.to)) ?? "another list"}`;
      return `reordered${card || " this card"}`;
    }
    case "card.completed":
      return `completed${card || " this card"}`;
    case "card.archived":
      return `archived${card || " this card"}`;
    case "card.deleted":
      return `deleted${card || " this card"}`;
    case "card.updated": {
      const parts = Object.keys(c).map((field) => {
        if (field === "title") return `renamed it to ${quote(c.title.to)}`;
        if (field === "description") return "edited the description";
        if (field === "due_at")
          return c.due_at.to ? `set the due date to ${new Date(String(c.due_at.to)).toLocaleDateString()}` : "removed the due date";
        if (field === "completed") return c.completed.to ? "marked it complete" : "reopened it";
        if (field === "assignee_ids") return "changed the assignees";
        if (field === "archived") return c.archived.to ? "archived it" : "restored it";
        if (field.startsWith("fields.")) {
          const name = names.fieldName?.(field.slice("fields.".length));
          const what = name ? quote(name) : "a custom field";
          return c[field].to === null || c[field].to === undefined ? `cleared ${what}` : `set ${what}`;
        }
        return `changed ${field.replace(/_/g, " ")}`;
      });
      return `${parts.join(", ") || "updated it"}${withSubject ? ` on${card}` : ""}`;
    }
    case "tag.added":
    case "tag.removed": {
      const tag = (d.tag as { name?: string } | undefined)?.name ?? names.tagName(String(d.tag_id)) ?? "a tag";
      return `${event.type === "tag.added" ? "added" : "removed"} tag ${quote(tag)}`;
    }
    case "comment.created":
      return "commented";
    case "comment.updated":
      return "edited a comment";
    case "comment.deleted":
      return "deleted a comment";
    case "checklist.item_created":
      return `added checklist item ${quote(d.text)}`;
    case "checklist.item_completed":
      return `checked ${quote(d.text)}`;
    case "checklist.item_deleted":
      return `removed checklist item ${quote(d.text)}`;
    case "time_entry.started":
      return "started a timer";
    case "time_entry.stopped":
      return "stopped a timer";
    case "time_entry.created":
      return "logged time";
    case "time_entry.updated":
      return "corrected a time entry";
    case "time_entry.deleted":
      return "deleted a time entry";
    case "list.created":
      return `added list ${quote(d.name)}`;
    case "list.updated":
      return c.archived
        ? c.archived.to
          ? `archived list ${quote(d.name)}`
          : `restored list ${quote(d.name)}`
        : c.name
          ? `renamed list ${quote(c.name.from)} to ${quote(c.name.to)}`
          : `moved list ${quote(d.name)}`;
    case "list.deleted":
      return `deleted list ${quote(d.name)}`;
    case "custom_field.created":
      return `added field ${quote(d.name)}`;
    case "custom_field.updated":
      return c.name ? `renamed field ${quote(c.name.from)} to ${quote(c.name.to)}` : `changed field ${quote(d.name)}`;
    case "custom_field.deleted":
      return `deleted field ${quote(d.name)}`;
    case "board.created":
      return "created this board";
    case "board.updated":
      return c.active ? (c.active.to ? "restored this board" : "archived this board") : "updated this board";
    default:
      return event.type.replace(/[._]/g, " ");
  }
}
