import { z } from "zod";
import { idOf, isoDateTime, position } from "@/lib/core/fields";
import { CardFieldsInput } from "@/lib/custom-fields/schemas";
import { CardSchema } from "./schemas";

export const MAX_BULK_CARDS = 1000;

const ids = (kind: "user" | "tag", what: string) =>
  z
    .array(idOf(kind))
    .min(1, `Name at least one of the ${what}.`)
    .max(50, `At most 50 ${what}.`)
    .refine((list) => new Set(list).size === list.length, `Each of the ${what} may appear once.`);

/** Which cards: their ids, or every card matching a filter-language query (optionally on one board). */
const selection = {
  card_ids: z
    .array(idOf("card"))
    .min(1, "Name at least one card.")
    .max(MAX_BULK_CARDS, `At most ${MAX_BULK_CARDS} cards per call.`)
    .refine((list) => new Set(list).size === list.length, "Each card may appear once.")
    .optional(),
  query: z
    .string()
    .max(1000)
    .optional()
    .meta({ description: "Instead of card_ids: every card matching this filter-language query (at most 1000)." }),
  board_id: idOf("board").optional().meta({ description: "With query: only this board's cards." }),
};

const action = <A extends string, S extends z.ZodRawShape>(name: A, shape: S) =>
  z.strictObject({ ...selection, action: z.literal(name), ...shape });

export const BulkCardsInput = z
  .discriminatedUnion("action", [
    action("move", {
      list_id: idOf("list").meta({
        description: "A list of the cards' board; they keep their order and go to its end (or to `position`).",
      }),
      position: position.optional(),
    }),
    action("set", {
      due_at: isoDateTime.nullable().optional(),
      fields: CardFieldsInput.optional(),
      tag_ids: z.array(idOf("tag")).max(50).optional().meta({ description: "Replaces the cards' tags; [] clears them." }),
      assignee_ids: z.array(idOf("user")).max(50).optional().meta({ description: "Replaces the cards' assignees; [] clears them." }),
      milestone_id: idOf("milestone")
        .nullable()
        .optional()
        .meta({ description: "A milestone of the cards' board; null takes them out of theirs." }),
      sprint_id: idOf("sprint")
        .nullable()
        .optional()
        .meta({ description: "An open sprint of the cards' board (card.sprint_changed per card); null moves them to the backlog." }),
    }),
    action("add_tags", { tag_ids: ids("tag", "tags") }),
    action("remove_tags", { tag_ids: ids("tag", "tags") }),
    action("add_assignees", { assignee_ids: ids("user", "assignees") }),
    action("remove_assignees", { assignee_ids: ids("user", "assignees") }),
    action("complete", {}),
    action("reopen", {}),
    action("archive", {}),
    action("restore", {}),
    action("delete", {}),
  ])
  .refine((v) => (v.card_ids === undefined) !== (v.query === undefined), {
    message: "Send card_ids or query (one of them).",
    path: ["card_ids"],
  })
  .refine((v) => v.board_id === undefined || v.query !== undefined, {
    message: "board_id narrows a query; with card_ids leave it out.",
    path: ["board_id"],
  })
  .meta({ id: "BulkCardsInput" });
export type BulkCardsInput = z.infer<typeof BulkCardsInput>;

export const BulkCardsResult = z
  .object({
    action: z.string(),
    count: z.number().int().meta({ description: "How many cards the action covered." }),
    items: z.array(CardSchema).meta({ description: "The cards afterwards, in the order they were named (none for delete)." }),
  })
  .meta({ id: "BulkCardsResult" });
export type BulkCardsResultJson = z.infer<typeof BulkCardsResult>;
