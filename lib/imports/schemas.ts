import { z } from "zod";
import { idOf } from "@/lib/core/fields";

export const IMPORT_KINDS = ["trello", "tasktide", "csv"] as const;

export const ImportSchema = z
  .object({
    id: z.string(),
    kind: z.enum(IMPORT_KINDS),
    file_name: z.string(),
    status: z.enum(["queued", "running", "completed", "failed"]).meta({
      description: "`queued` → `running` → `completed` (everything was written, in one transaction) or `failed` (nothing was).",
    }),
    progress: z
      .object({ done: z.number().int(), total: z.number().int(), phase: z.string() })
      .meta({ description: "Cards written of all the file's cards, while running; done = total once completed." }),
    board_id: z.string().nullable().meta({ description: "The board made (or filled, for a CSV), once completed." }),
    counts: z
      .record(z.string(), z.number().int())
      .nullable()
      .meta({ description: "What the file holds: lists, cards, tags, checklists, checklist_items, comments, attachments." }),
    warnings: z.array(z.string()).meta({ description: "What was left out or changed (e.g. uploads a file did not carry)." }),
    error: z.string().nullable().meta({ description: "Why a failed import failed." }),
    user_id: z.string().nullable(),
    created_at: z.string(),
    finished_at: z.string().nullable(),
  })
  .meta({ id: "Import" });
export type ImportJson = z.infer<typeof ImportSchema>;

/** A column mapping of a CSV import: our field → the CSV's header. */
export const CsvMapping = z
  .strictObject({
    title: z.string().min(1).max(200),
    description: z.string().min(1).max(200).optional(),
    list: z.string().min(1).max(200).optional(),
    tags: z.string().min(1).max(200).optional(),
    due: z.string().min(1).max(200).optional(),
    assignee_email: z.string().min(1).max(200).optional(),
  })
  .meta({ id: "CsvMapping" });
export type CsvMapping = z.infer<typeof CsvMapping>;

const mappingField = z
  .string()
  .max(4000)
  .transform((value, c) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      c.addIssue({ code: "custom", message: 'mapping must be JSON, e.g. {"title":"Name","list":"Column"}.' });
      return z.NEVER;
    }
    const result = CsvMapping.safeParse(parsed);
    if (!result.success) {
      c.addIssue({
        code: "custom",
        message: `mapping: ${result.error.issues.map((i) => `${i.path.join(".") || "mapping"} ${i.message}`).join("; ")}`,
      });
      return z.NEVER;
    }
    return result.data;
  });

/** The text fields sent before the `file` part. */
export const ImportFields = z
  .strictObject({
    kind: z.enum(IMPORT_KINDS, { error: "kind must be trello, tasktide or csv." }).meta({ description: "What the file is." }),
    board_name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: "Name for the new board (default: the file's board name)." }),
    board_id: idOf("board").optional().meta({ description: "csv: the board the cards go into (required)." }),
    mapping: mappingField.optional().meta({
      description: 'csv: JSON mapping our fields to the CSV\'s headers, e.g. `{"title":"Name","list":"Status"}` (default: same names).',
    }),
    delimiter: z.enum([",", ";", "\t"]).optional().meta({ description: "csv: the separator (default: guessed from the header)." }),
  })
  .meta({ id: "ImportFields" });
export type ImportFields = z.infer<typeof ImportFields>;

export const ImportParams = z.object({ id: idOf("import") });
