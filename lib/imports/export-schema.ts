import { z } from "zod";

/**
 * A whole board as `GET /v1/boards/{id}/export` writes it and `POST /v1/imports kind=tasktide`
 * reads it back. Keys (`key`, `list_key`, `tag_keys`) are the exporting board's ids and only link
 * the parts of this file; people are named by email, so another workspace can match its members.
 * Arrays are in display order (lists and cards by position; archived ones after).
 */
const comment = z.object({
  author_name: z.string().nullable(),
  author_email: z.string().nullable(),
  body: z.string(),
  created_at: z.string(),
});
const checklist = z.object({
  title: z.string(),
  items: z.array(z.object({ text: z.string(), completed: z.boolean() })),
});
export const BoardExportSchema = z
  .object({
    format: z.literal("tasktide.board", { error: 'A Tasktide export has `format: "tasktide.board"`.' }),
    version: z.literal(1, { error: "This export's version is not one this server reads (1)." }),
    exported_at: z.string(),
    board: z.object({ name: z.string(), description: z.string() }),
    tags: z.array(z.object({ key: z.string(), name: z.string(), color: z.string() })),
    lists: z.array(z.object({ key: z.string(), name: z.string(), archived: z.boolean() })),
    cards: z.array(
      z.object({
        key: z.string(),
        list_key: z.string(),
        title: z.string(),
        description: z.string(),
        due_at: z.string().nullable(),
        completed: z.boolean(),
        archived: z.boolean(),
        tag_keys: z.array(z.string()),
        assignee_emails: z.array(z.string()),
        checklists: z.array(checklist),
        comments: z.array(comment),
        attachments: z
          .array(z.object({ kind: z.enum(["link", "upload"]), name: z.string(), url: z.string().nullable() }))
          .meta({ description: "Links keep their url; uploads are listed by name only (their bytes are not in the export)." }),
      }),
    ),
  })
  .meta({ id: "BoardExport" });
export type BoardExportJson = z.infer<typeof BoardExportSchema>;
