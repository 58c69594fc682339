import { z } from "zod";
import { idOf } from "@/lib/core/fields";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";

export const TokenScope = z.enum(["read", "read_write"]).meta({
  description: "`read`: GET only. `read_write`: everything the token's user may do.",
});

export const TokenSchema = z
  .object({
    id: z.string().meta({ example: "tok_01k2m3n4p5q6r7s8t9v0w1x2y3" }),
    name: z.string().meta({ example: "Nightly export" }),
    hint: z.string().meta({ description: "The token's last characters, to tell tokens apart.", example: "tt_…a1B2" }),
    scope: TokenScope,
    board_ids: z
      .array(z.string())
      .nullable()
      .meta({ description: "The boards the token is restricted to; null for every board its user can see." }),
    user_id: z.string().meta({ description: "The user the token acts as." }),
    workspace_id: z.string(),
    created_at: z.string(),
    expires_at: z.string().nullable().meta({ description: "null: never expires." }),
    last_used_at: z.string().nullable().meta({ description: "Updated at most once a minute." }),
  })
  .meta({ id: "Token" });
export type TokenJson = z.infer<typeof TokenSchema>;

export const CreatedTokenSchema = TokenSchema.extend({
  token: z.string().meta({
    description: "The secret. Shown only in this response: store it now.",
    example: "tt_4fJ9kQ2mN7pR1sT6vW8xY0zA3bC5dE7gH9jK2mN4",
  }),
}).meta({ id: "CreatedToken" });
export type CreatedTokenJson = z.infer<typeof CreatedTokenSchema>;

const MAX_BOARDS = 100;

export const CreateTokenInput = z
  .strictObject({
    name: z.string().trim().min(1, "Name must not be empty.").max(100, "Name must be at most 100 characters."),
    scope: TokenScope,
    expires_at: z.iso
      .datetime({ offset: true, message: "expires_at must be an ISO-8601 date-time, e.g. 2030-01-31T00:00:00Z." })
      .nullable()
      .optional()
      .refine((v) => v == null || Date.parse(v) > Date.now(), "expires_at must be in the future.")
      .meta({ description: "When the token stops working; omit or null for never." }),
    board_ids: z
      .array(idOf("board"))
      .min(1, "Send at least one board id, or omit board_ids for every board.")
      .max(MAX_BOARDS, `At most ${MAX_BOARDS} boards.`)
      .nullable()
      .optional()
      .meta({ description: "Restrict the token to these boards of the workspace; omit or null for every board." }),
  })
  .meta({
    id: "CreateTokenInput",
    example: { name: "CI deploy notes", scope: "read_write", expires_at: "2030-01-31T00:00:00Z", board_ids: null },
  });
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");

export const ListTokensQuery = PaginationQuery.extend({
  all: booleanQuery.optional().meta({ description: "Admins and owners: `true` lists every member's tokens in the workspace." }),
}).strict();
export type ListTokensQuery = z.infer<typeof ListTokensQuery>;

export const TokenPage = pageOf(TokenSchema, "TokenPage");
