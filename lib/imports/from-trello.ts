import { z } from "zod";
import { invalidRequest } from "@/lib/core/errors";
import { clip, instantOrNull, isWebUrl, LIMITS, type ImportPlan, type PlanCard } from "./plan";

/**
 * The parts of Trello's board export (Board menu → Print, export and share → Export as JSON) that
 * we read; everything else in the file is ignored. Field names are Trello's.
 */
const str = z.string().nullish();
const TrelloBoard = z.object({
  id: z.string().optional(),
  name: z.string({ error: "A Trello board export has a `name`." }),
  desc: str,
  labels: z.array(z.object({ id: z.string(), name: str, color: str })).default([]),
  lists: z.array(z.object({ id: z.string(), name: str, closed: z.boolean().nullish(), pos: z.number().nullish() }), {
    error: "A Trello board export has a `lists` array.",
  }),
  cards: z.array(
    z.object({
      id: z.string(),
      name: str,
      desc: str,
      closed: z.boolean().nullish(),
      due: str,
      dueComplete: z.boolean().nullish(),
      idList: z.string(),
      idLabels: z.array(z.string()).nullish(),
      idMembers: z.array(z.string()).nullish(),
      pos: z.number().nullish(),
      attachments: z.array(z.object({ name: str, url: str, isUpload: z.boolean().nullish() })).nullish(),
    }),
    { error: "A Trello board export has a `cards` array." },
  ),
  checklists: z
    .array(
      z.object({
        id: z.string(),
        idCard: z.string(),
        name: str,
        pos: z.number().nullish(),
        checkItems: z.array(z.object({ name: str, state: str, pos: z.number().nullish() })).default([]),
      }),
    )
    .default([]),
  members: z.array(z.object({ id: z.string(), fullName: str, username: str, email: str })).default([]),
  actions: z
    .array(
      z.object({
        type: z.string(),
        date: str,
        idMemberCreator: str,
        memberCreator: z.object({ fullName: str, username: str }).nullish(),
        data: z.object({ text: str, card: z.object({ id: z.string() }).nullish() }).nullish(),
      }),
    )
    .default([]),
});
type TrelloBoard = z.infer<typeof TrelloBoard>;

/** Trello's label colours (and their _light/_dark variants' base) as our "#rrggbb". */
const COLORS: Record<string, string> = {
  green: "#4bce97",
  yellow: "#f5cd47",
  orange: "#fea362",
  red: "#f87168",
  purple: "#9f8fef",
  blue: "#579dff",
  sky: "#6cc3e0",
  lime: "#94c748",
  pink: "#e774bb",
  black: "#8590a2",
};
const NO_COLOR = "#b3b9c4";

export function trelloColor(color: string | null | undefined): string {
  if (!color) return NO_COLOR;
  return COLORS[color.replace(/_(light|dark)$/, "")] ?? NO_COLOR;
}

const byPos = <T extends { pos?: number | null }>(items: T[]) =>
  items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.pos ?? a.index) - (b.item.pos ?? b.index) || a.index - b.index);

/** Whether a parsed JSON file looks like a Trello board export at all. */
export function looksLikeTrello(json: unknown): boolean {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return false;
  return "lists" in json && "cards" in json && (json as { format?: unknown }).format !== "tasktide.board";
}

/** A Trello board export as our plan, or a 400 naming what is missing or of the wrong type. */
export function planFromTrello(json: unknown): ImportPlan {
  const parsed = TrelloBoard.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((i) => ({ field: i.path.join(".") || "file", message: i.message }));
    throw invalidRequest(`This is not a Trello board export: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`, details);
  }
  const trello: TrelloBoard = parsed.data;
  if (trello.lists.length > LIMITS.lists || trello.cards.length > LIMITS.cards) {
    throw invalidRequest(`An import holds at most ${LIMITS.lists} lists and ${LIMITS.cards} cards.`, [
      { field: "file", message: "Too large a board." },
    ]);
  }
  const warnings: string[] = [];

  // Labels → tags: Trello allows unnamed and same-named labels; ours are unique by name per board.
  const tagKeyOf = new Map<string, string>();
  const tags: ImportPlan["tags"] = [];
  const byName = new Map<string, string>();
  for (const label of trello.labels) {
    const name = clip(label.name, LIMITS.tagName, label.color ? label.color.replace(/_/g, " ") : "label");
    const existing = byName.get(name.toLowerCase());
    if (existing) {
      tagKeyOf.set(label.id, existing);
      continue;
    }
    byName.set(name.toLowerCase(), label.id);
    tagKeyOf.set(label.id, label.id);
    tags.push({ key: label.id, name, color: trelloColor(label.color) });
  }

  const members = new Map(trello.members.map((m) => [m.id, m]));
  const checklistsOf = new Map<string, TrelloBoard["checklists"]>();
  for (const checklist of trello.checklists) checklistsOf.set(checklist.idCard, [...(checklistsOf.get(checklist.idCard) ?? []), checklist]);
  const commentsOf = new Map<string, TrelloBoard["actions"]>();
  for (const action of trello.actions) {
    const cardId = action.data?.card?.id;
    if (action.type !== "commentCard" || !cardId) continue;
    commentsOf.set(cardId, [...(commentsOf.get(cardId) ?? []), action]);
  }

  const cardsOf = new Map<string, PlanCard[]>();
  for (const { item: card } of byPos(trello.cards)) {
    const emails: string[] = [];
    const unmatched: string[] = [];
    for (const id of card.idMembers ?? []) {
      const member = members.get(id);
      if (member?.email) emails.push(clip(member.email, 320).toLowerCase());
      else if (member)
        unmatched.push(clip(`${member.fullName ?? member.username ?? id}${member.username ? ` (@${member.username})` : ""}`, 200));
    }
    const links: PlanCard["links"] = [];
    const textLinks: string[] = [];
    for (const attachment of card.attachments ?? []) {
      const name = clip(attachment.name, LIMITS.linkName, "attachment");
      if (isWebUrl(attachment.url)) links.push({ name, url: attachment.url });
      else textLinks.push(name);
    }
    let description = card.desc ?? "";
    if (unmatched.length > 0) description += `${description ? "\n\n" : ""}Trello members: ${unmatched.join(", ")}`;
    if (textLinks.length > 0) description += `${description ? "\n\n" : ""}Attachments not imported: ${textLinks.join(", ")}`;
    const planCard: PlanCard = {
      title: clip(card.name, LIMITS.cardTitle, "Untitled card"),
      description: clip(description, LIMITS.cardDescription),
      dueAt: instantOrNull(card.due),
      completed: card.dueComplete === true,
      archived: card.closed === true,
      tagKeys: [...new Set((card.idLabels ?? []).map((id) => tagKeyOf.get(id)).filter((k): k is string => k !== undefined))].slice(
        0,
        LIMITS.tagsPerCard,
      ),
      assigneeEmails: [...new Set(emails)].slice(0, LIMITS.assigneesPerCard),
      checklists: byPos(checklistsOf.get(card.id) ?? []).map(({ item: checklist }) => ({
        title: clip(checklist.name, LIMITS.checklistTitle, "Checklist"),
        items: byPos(checklist.checkItems)
          .slice(0, LIMITS.itemsPerChecklist)
          .map(({ item }) => ({ text: clip(item.name, LIMITS.itemText, "Item"), completed: item.state === "complete" })),
      })),
      // Trello lists actions newest first; comments read oldest first.
      comments: (commentsOf.get(card.id) ?? [])
        .map((action) => ({
          body: clip(action.data?.text, LIMITS.comment),
          authorEmail: null,
          authorName: clip(
            action.memberCreator?.fullName ?? action.memberCreator?.username ?? members.get(action.idMemberCreator ?? "")?.fullName,
            200,
            "someone",
          ),
          createdAt: instantOrNull(action.date),
          quote: true,
        }))
        .filter((c) => c.body.trim() !== "")
        .sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? "")),
      links,
    };
    const list = cardsOf.get(card.idList) ?? [];
    list.push(planCard);
    cardsOf.set(card.idList, list);
  }
  const listIds = new Set(trello.lists.map((l) => l.id));
  const orphans = trello.cards.filter((c) => !listIds.has(c.idList)).length;
  if (orphans > 0) warnings.push(`${orphans} card(s) named a list that is not in the export and were left out.`);

  return {
    board: { name: clip(trello.name, LIMITS.boardName, "Imported board"), description: clip(trello.desc, LIMITS.boardDescription) },
    tags,
    lists: byPos(trello.lists).map(({ item: list }) => ({
      name: clip(list.name, LIMITS.listName, "Untitled list"),
      archived: list.closed === true,
      cards: cardsOf.get(list.id) ?? [],
    })),
    warnings,
  };
}
