import { z } from "zod";
import { CardSchema } from "@/lib/cards/schemas";
import { idOf } from "@/lib/core/fields";
import { FILTER_LANGUAGE_SUMMARY } from "@/lib/filters/summary";

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, "Type something to search for.").max(200).meta({
      description:
        "Words to find in card titles, descriptions, comments and checklist items (each word also matches as a prefix; titles also match with small typos).",
    }),
    board_id: idOf("board").optional().meta({ description: "Only this board's cards." }),
    filter: z
      .string()
      .max(1000)
      .optional()
      .meta({ description: `Refines the hits with the card filter language. ${FILTER_LANGUAGE_SUMMARY}` }),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    cursor: z.string().max(40).optional().meta({ description: "next_cursor of the previous page." }),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Text with the matched words marked, as segments: a client renders them without parsing HTML. */
export const Highlighted = z
  .array(z.object({ text: z.string(), highlight: z.boolean() }))
  .meta({ id: "Highlighted", description: "Consecutive pieces of the text; `highlight` marks the words that matched." });

export const SearchHit = z
  .object({
    card: CardSchema,
    board_name: z.string(),
    list_name: z.string(),
    matched_in: z.array(z.enum(["title", "description", "comments", "checklist_items", "custom_fields"])).meta({
      description: "Where the words were found. Empty for a title found only by similarity (a typo).",
    }),
    score: z.number().meta({ description: "Higher first: title matches, then description, similar titles, comments, checklist items." }),
    title: Highlighted,
    snippet: z
      .object({ source: z.enum(["description", "comment", "checklist_item", "custom_field"]), text: Highlighted })
      .nullable()
      .meta({ description: "An excerpt around the matched words, from the best place after the title; null when only the title matched." }),
  })
  .meta({ id: "SearchHit" });
export type SearchHitJson = z.infer<typeof SearchHit>;

export const SearchPage = z.object({ items: z.array(SearchHit), next_cursor: z.string().nullable() }).meta({ id: "SearchPage" });
