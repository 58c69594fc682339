import { z } from "zod";
import { CardSchema } from "@/lib/cards/schemas";
import { ListSchema } from "@/lib/lists/schemas";
import { MemberSchema } from "@/lib/members/schemas";
import { TagSchema } from "@/lib/tags/schemas";
import { BoardSchema } from "./schemas";

// Its own file: lib/cards/schemas.ts imports lib/boards/schemas.ts, so the snapshot cannot live there.
export const BoardSnapshot = z
  .object({
    board: BoardSchema,
    lists: z.array(ListSchema).meta({ description: "The board's non-archived lists, by position." }),
    cards: z
      .array(CardSchema)
      .meta({ description: "The board's non-archived cards (as GET /v1/cards?board_id= lists them), by list position, then position." }),
    tags: z.array(TagSchema).meta({ description: "The board's tags, by name." }),
    members: z.array(MemberSchema).meta({ description: "The workspace's members (as GET /v1/users lists them), by user id." }),
  })
  .meta({ id: "BoardSnapshot" });
export type BoardSnapshotJson = z.infer<typeof BoardSnapshot>;
