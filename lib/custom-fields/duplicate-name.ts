import { and, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { customFields } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { asDuplicateNameError } from "@/lib/tags/duplicate-name";

const duplicate = (name: string) => conflict(`The board already has a field named "${name}".`);

/** Field names are unique per board ignoring case, because the filter language names fields (`field.priority:`). */
export async function requireUniqueFieldName(db: DbOrTx, boardId: string, name: string, exceptId?: string): Promise<void> {
  const [clash] = await db
    .select({ id: customFields.id })
    .from(customFields)
    .where(
      and(
        eq(customFields.boardId, boardId),
        eq(sql`lower(${customFields.name})`, name.toLowerCase()),
        ...(exceptId ? [ne(customFields.id, exceptId)] : []),
      ),
    )
    .limit(1);
  if (clash) throw duplicate(name);
}

/** The unique index's violation (a race past the check) as the same 409. */
export function asDuplicateFieldName(error: unknown, name: string | undefined): unknown {
  const mapped = asDuplicateNameError(error, name);
  return mapped === error || name === undefined ? error : duplicate(name);
}
