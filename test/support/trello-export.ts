import { randomBytes } from "node:crypto";

/**
 * Builders of Trello board exports in the shape Trello writes them (Board menu → Print, export
 * and share → Export as JSON): 24-hex ids, `pos` floats, labels by colour name, checklists beside
 * the cards, comments as `commentCard` actions (newest first), plus fields we do not read.
 */
export const trelloId = () => randomBytes(12).toString("hex");

export type TrelloExport = Record<string, any>;

export function trelloBoard(options: { memberEmail?: string } = {}): TrelloExport {
  const board = trelloId();
  const [todo, doing, old] = [trelloId(), trelloId(), trelloId()];
  const [bug, urgent, unnamed, bug2] = [trelloId(), trelloId(), trelloId(), trelloId()];
  const [ann, bo] = [trelloId(), trelloId()];
  const [c1, c2, c3, c4] = [trelloId(), trelloId(), trelloId(), trelloId()];
  const cl = trelloId();
  const card = (id: string, idList: string, name: string, pos: number, extra: Record<string, unknown> = {}) => ({
    id,
    idBoard: board,
    idList,
    name,
    desc: "",
    pos,
    closed: false,
    due: null,
    dueComplete: false,
    idLabels: [],
    idMembers: [],
    idChecklists: [],
    attachments: [],
    badges: { votes: 0, comments: 0 },
    dateLastActivity: "2024-03-01T10:00:00.000Z",
    shortUrl: `https://trello.com/c/${id.slice(0, 8)}`,
    ...extra,
  });
  return {
    id: board,
    name: "Trello Roadmap",
    desc: "Imported from **Trello**",
    closed: false,
    url: "https://trello.com/b/abc/trello-roadmap",
    prefs: { background: "blue", permissionLevel: "private" },
    labelNames: { green: "Bug", red: "Urgent" },
    labels: [
      { id: bug, idBoard: board, name: "Bug", color: "green", uses: 2 },
      { id: urgent, idBoard: board, name: "Urgent", color: "red_dark", uses: 1 },
      { id: unnamed, idBoard: board, name: "", color: "sky", uses: 1 },
      { id: bug2, idBoard: board, name: "bug", color: "purple", uses: 1 },
    ],
    lists: [
      { id: doing, idBoard: board, name: "Doing", closed: false, pos: 32768, subscribed: false },
      { id: todo, idBoard: board, name: "To do", closed: false, pos: 16384, subscribed: false },
      { id: old, idBoard: board, name: "Old ideas", closed: true, pos: 49152, subscribed: false },
    ],
    cards: [
      card(c2, todo, "Second in To do", 131072, { idLabels: [urgent, unnamed, bug2], idMembers: [bo] }),
      card(c1, todo, "Write the importer", 65536, {
        desc: "Lists, cards and labels.\n\nSee the spec.",
        due: "2024-04-01T12:00:00.000Z",
        dueComplete: true,
        idLabels: [bug],
        idMembers: [ann, bo],
        idChecklists: [cl],
        attachments: [
          { id: trelloId(), name: "Spec", url: "https://example.com/spec.pdf", isUpload: false, bytes: null },
          { id: trelloId(), name: "local.txt", url: "file:///C:/local.txt", isUpload: true, bytes: 12 },
        ],
      }),
      card(c3, doing, "Archived card", 16384, { closed: true }),
      card(c4, old, "In an archived list", 16384),
    ],
    checklists: [
      {
        id: cl,
        idBoard: board,
        idCard: c1,
        name: "Steps",
        pos: 16384,
        checkItems: [
          { id: trelloId(), idChecklist: cl, name: "Parse", state: "complete", pos: 16384 },
          { id: trelloId(), idChecklist: cl, name: "Write", state: "incomplete", pos: 32768 },
        ],
      },
    ],
    members: [
      { id: ann, fullName: "Ann Trello", username: "anntrello", ...(options.memberEmail ? { email: options.memberEmail } : {}) },
      { id: bo, fullName: "Bo Nomail", username: "bonomail" },
    ],
    actions: [
      {
        id: trelloId(),
        type: "commentCard",
        date: "2024-03-02T09:30:00.000Z",
        idMemberCreator: bo,
        memberCreator: { id: bo, fullName: "Bo Nomail", username: "bonomail" },
        data: { text: "Second comment\nwith two lines", card: { id: c1, name: "Write the importer" }, board: { id: board } },
      },
      {
        id: trelloId(),
        type: "updateCard",
        date: "2024-03-02T09:00:00.000Z",
        idMemberCreator: ann,
        data: { card: { id: c1 }, old: { pos: 1 } },
      },
      {
        id: trelloId(),
        type: "commentCard",
        date: "2024-03-01T08:00:00.000Z",
        idMemberCreator: ann,
        memberCreator: { id: ann, fullName: "Ann Trello", username: "anntrello" },
        data: { text: "First comment", card: { id: c1, name: "Write the importer" }, board: { id: board } },
      },
    ],
  };
}

/** A Trello export of `cards` cards over 10 lists, each with a label, a 3-item checklist and a comment. */
export function bigTrelloBoard(cards: number): TrelloExport {
  const board = trelloId();
  const lists = Array.from({ length: 10 }, (_, i) => ({ id: trelloId(), name: `List ${i}`, closed: false, pos: (i + 1) * 1024 }));
  const labels = ["green", "yellow", "orange", "red", "blue"].map((color) => ({ id: trelloId(), name: color, color }));
  const out: TrelloExport = {
    id: board,
    name: `Big board ${cards}`,
    desc: "",
    labels,
    lists,
    cards: [],
    checklists: [],
    members: [],
    actions: [],
  };
  for (let i = 0; i < cards; i++) {
    const id = trelloId();
    const checklist = trelloId();
    out.cards.push({
      id,
      idList: lists[i % 10].id,
      name: `Card ${i}`,
      desc: `Description of card ${i}`,
      pos: i,
      closed: false,
      due: null,
      dueComplete: false,
      idLabels: [labels[i % 5].id],
      idMembers: [],
      attachments: [],
    });
    out.checklists.push({
      id: checklist,
      idCard: id,
      name: "Todo",
      pos: 1,
      checkItems: [0, 1, 2].map((k) => ({ id: trelloId(), name: `Item ${k}`, state: k === 0 ? "complete" : "incomplete", pos: k })),
    });
    out.actions.push({
      id: trelloId(),
      type: "commentCard",
      date: "2024-01-01T00:00:00.000Z",
      idMemberCreator: trelloId(),
      memberCreator: { fullName: "Someone", username: "someone" },
      data: { text: `Comment on ${i}`, card: { id } },
    });
  }
  return out;
}
