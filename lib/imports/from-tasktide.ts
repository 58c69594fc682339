import { invalidRequest } from "@/lib/core/errors";
import { BoardExportSchema } from "./export-schema";
import { clip, instantOrNull, isWebUrl, LIMITS, type ImportPlan, type PlanCard } from "./plan";

export function looksLikeTasktide(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === "tasktide.board";
}

/** A Tasktide board export as our plan: the same content, people matched by email when applied. */
export function planFromTasktide(json: unknown): ImportPlan {
  const parsed = BoardExportSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((i) => ({ field: i.path.join(".") || "file", message: i.message }));
    throw invalidRequest(`This is not a Tasktide board export: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`, details);
  }
  const file = parsed.data;
  if (file.lists.length > LIMITS.lists || file.cards.length > LIMITS.cards) {
    throw invalidRequest(`An import holds at most ${LIMITS.lists} lists and ${LIMITS.cards} cards.`, [
      { field: "file", message: "Too large a board." },
    ]);
  }
  const warnings: string[] = [];
  const tagKeys = new Set<string>();
  const names = new Set<string>();
  const tags: ImportPlan["tags"] = [];
  for (const tag of file.tags) {
    const name = clip(tag.name, LIMITS.tagName, "tag");
    if (names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    tagKeys.add(tag.key);
    tags.push({ key: tag.key, name, color: /^#[0-9a-f]{6}$/i.test(tag.color) ? tag.color.toLowerCase() : "#b3b9c4" });
  }
  const cardsOf = new Map<string, PlanCard[]>();
  let uploads = 0;
  for (const card of file.cards) {
    const links = card.attachments.filter((a) => a.kind === "link" && isWebUrl(a.url));
    uploads += card.attachments.length - links.length;
    const planCard: PlanCard = {
      title: clip(card.title, LIMITS.cardTitle, "Untitled card"),
      description: clip(card.description, LIMITS.cardDescription),
      dueAt: instantOrNull(card.due_at),
      completed: card.completed,
      archived: card.archived,
      tagKeys: [...new Set(card.tag_keys)].filter((k) => tagKeys.has(k)).slice(0, LIMITS.tagsPerCard),
      assigneeEmails: [...new Set(card.assignee_emails.map((e) => clip(e, 320).toLowerCase()))].slice(0, LIMITS.assigneesPerCard),
      checklists: card.checklists.map((c) => ({
        title: clip(c.title, LIMITS.checklistTitle, "Checklist"),
        items: c.items
          .slice(0, LIMITS.itemsPerChecklist)
          .map((i) => ({ text: clip(i.text, LIMITS.itemText, "Item"), completed: i.completed })),
      })),
      comments: card.comments
        .filter((c) => c.body.trim() !== "")
        .map((c) => ({
          body: clip(c.body, LIMITS.comment),
          authorEmail: c.author_email ? clip(c.author_email, 320).toLowerCase() : null,
          authorName: clip(c.author_name, 200, "someone"),
          createdAt: instantOrNull(c.created_at),
          quote: false,
        })),
      links: links.map((a) => ({ name: clip(a.name, LIMITS.linkName, "link"), url: a.url! })),
    };
    cardsOf.set(card.list_key, [...(cardsOf.get(card.list_key) ?? []), planCard]);
  }
  if (uploads > 0) warnings.push(`${uploads} uploaded file(s) are not in the export and were not imported.`);
  return {
    board: {
      name: clip(file.board.name, LIMITS.boardName, "Imported board"),
      description: clip(file.board.description, LIMITS.boardDescription),
    },
    tags,
    lists: file.lists.map((l) => ({
      name: clip(l.name, LIMITS.listName, "Untitled list"),
      archived: l.archived,
      cards: cardsOf.get(l.key) ?? [],
    })),
    warnings,
  };
}
