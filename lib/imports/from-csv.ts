import { parse } from "csv-parse/sync";
import { invalidRequest } from "@/lib/core/errors";
import { unsafeCell } from "@/lib/csv/safe-cell";
import { clip, instantOrNull, LIMITS, type ImportPlan, type PlanCard } from "./plan";
import type { CsvMapping } from "./schemas";

const DEFAULT_LIST = "Imported";

/** The separator of a CSV: the one of `,`, `;` and tab that occurs most in its first line. */
export function guessDelimiter(text: string): "," | ";" | "\t" {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  const candidates = [",", ";", "\t"] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ",");
}

/** Header and rows of a CSV text (first row = header), or a 400 saying where it breaks. */
export function readCsv(text: string, delimiter?: "," | ";" | "\t"): { header: string[]; rows: string[][] } {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiter ?? guessDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 1_000_000,
    }) as string[][];
  } catch (error) {
    throw invalidRequest(`The file is not a readable CSV: ${(error as Error).message}`, [{ field: "file", message: "Not CSV." }]);
  }
  if (records.length === 0)
    throw invalidRequest("The CSV is empty; its first row must name the columns.", [{ field: "file", message: "Empty." }]);
  const [header, ...rows] = records;
  if (rows.length > LIMITS.cards)
    throw invalidRequest(`A CSV import holds at most ${LIMITS.cards} cards.`, [{ field: "file", message: "Too many rows." }]);
  return { header: header.map((h) => h.trim()), rows };
}

/** Our field → the CSV's own header, when nothing is mapped: the same names (any case), or a board export's. */
export function defaultMapping(header: string[]): CsvMapping {
  const find = (...names: string[]) => header.find((h) => names.includes(h.toLowerCase()));
  return {
    title: find("title", "name", "card") ?? header[0],
    description: find("description", "desc"),
    list: find("list", "status", "column"),
    tags: find("tags", "labels", "tag"),
    due: find("due", "due_at", "due date"),
    assignee_email: find("assignee_email", "assignee", "assignees", "email"),
  };
}

/**
 * A cards CSV as a plan: one card per row, in file order, into lists named by the `list` column
 * (found by name on the board, made otherwise), tags split on `;` or `,` (made when missing), due
 * as any date JavaScript reads, assignees as emails of members. A mapping naming a header that is
 * not there is a 400 listing the headers there are.
 */
export function planFromCsv(text: string, options: { mapping?: CsvMapping; delimiter?: "," | ";" | "\t" } = {}): ImportPlan {
  const { header, rows } = readCsv(text, options.delimiter);
  const mapping = options.mapping ?? defaultMapping(header);
  const missing = Object.entries(mapping).filter(([, column]) => column !== undefined && !header.includes(column));
  if (missing.length > 0) {
    throw invalidRequest(
      `The mapping names column(s) the CSV does not have: ${missing.map(([f, c]) => `${f} → "${c}"`).join(", ")}. Its columns: ${header.join(", ")}.`,
      missing.map(([field]) => ({ field: `mapping.${field}`, message: "No such column." })),
    );
  }
  const index = (field: keyof CsvMapping) => (mapping[field] !== undefined ? header.indexOf(mapping[field]!) : -1);
  const cell = (row: string[], field: keyof CsvMapping) => {
    const i = index(field);
    return i >= 0 ? unsafeCell((row[i] ?? "").trim()) : "";
  };
  const warnings: string[] = [];
  const lists = new Map<string, { name: string; cards: PlanCard[] }>();
  const tags = new Map<string, { key: string; name: string; color: string }>();
  let badDates = 0;
  let skipped = 0;
  for (const row of rows) {
    const title = clip(cell(row, "title"), LIMITS.cardTitle);
    if (!title) {
      skipped++;
      continue;
    }
    const listName = clip(cell(row, "list"), LIMITS.listName, DEFAULT_LIST);
    const tagNames = cell(row, "tags")
      .split(/[;,]/)
      .map((t) => clip(t, LIMITS.tagName))
      .filter(Boolean);
    for (const name of tagNames)
      if (!tags.has(name.toLowerCase())) tags.set(name.toLowerCase(), { key: name.toLowerCase(), name, color: "#b3b9c4" });
    const dueText = cell(row, "due");
    const dueAt = dueText ? instantOrNull(dueText) : null;
    if (dueText && !dueAt) badDates++;
    const card: PlanCard = {
      title,
      description: clip(cell(row, "description"), LIMITS.cardDescription),
      dueAt,
      completed: false,
      archived: false,
      tagKeys: [...new Set(tagNames.map((t) => t.toLowerCase()))].slice(0, LIMITS.tagsPerCard),
      assigneeEmails: cell(row, "assignee_email")
        .split(/[;,\s]+/)
        .map((e) => clip(e, 320).toLowerCase())
        .filter((e) => e.includes("@"))
        .slice(0, LIMITS.assigneesPerCard),
      checklists: [],
      comments: [],
      links: [],
    };
    const key = listName.toLowerCase();
    if (!lists.has(key)) lists.set(key, { name: listName, cards: [] });
    lists.get(key)!.cards.push(card);
  }
  if (skipped > 0) warnings.push(`${skipped} row(s) without a title were skipped.`);
  if (badDates > 0) warnings.push(`${badDates} due date(s) could not be read and were left empty.`);
  return {
    board: { name: "", description: "" },
    tags: [...tags.values()],
    lists: [...lists.values()].map((l) => ({ name: l.name, archived: false, cards: l.cards })),
    warnings,
  };
}
