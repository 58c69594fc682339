import { and, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { tags } from "@/db/schema";
import { conflict } from "@/lib/core/errors";

const duplicate = (name: string) => conflict(`The board already has a tag named "${name}".`);

/**
 * Refuses a second tag of the same name (case-insensitive) on a board: checked first for a clear
 * 409, and backed by the unique index for two requests racing past the check.
 */
export async function requireUniqueTagName(db: DbOrTx, boardId: string, name: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.boardId, boardId), eq(sql`lower(${tags.name})`, name.toLowerCase()), ...(exceptId ? [ne(tags.id, exceptId)] : [])))
    .limit(1);
  if (clash) throw duplicate(name);
}

/** Maps the unique index's violation (the race the check cannot see) to the same 409. */
export function asDuplicateNameError(error: unknown, name: string | undefined): unknown {
  const code = (e: unknown) => (e && typeof e === "object" && "code" in e ? (e as { code: unknown }).code : undefined);
  const cause = error && typeof error === "object" && "cause" in error ? (error as { cause: unknown }).cause : undefined;
  if (name !== undefined && (code(error) === "23505" || code(cause) === "23505")) return duplicate(name);
  return error;
}
