import { eq } from "drizzle-orm";
import { customFields } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { asDuplicateFieldName, requireUniqueFieldName } from "./duplicate-name";
import { nextOptions } from "./field-options";
import { lockBoardFields, placeField } from "./field-positions";
import { findCustomField } from "./find-custom-field";
import type { CustomFieldJson, UpdateCustomFieldInput } from "./schemas";
import { serializeCustomField } from "./serialize-custom-field";

/** Renames, reorders, shows/hides or changes a field's options. Event: custom_field.updated with `changes`. */
export async function updateCustomField({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: UpdateCustomFieldInput;
}): Promise<CustomFieldJson> {
  authorize(ctx, "board_content.write");
  try {
    return await transact(ctx.db, async (tx) => {
      const seen = await findCustomField(ctx, tx, id);
      await lockBoardFields(tx, seen.boardId);
      const field = await findCustomField(ctx, tx, id, { forUpdate: true });
      const before = serializeCustomField(field);
      if (input.name !== undefined) await requireUniqueFieldName(tx, field.boardId, input.name, field.id);
      await tx
        .update(customFields)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.show_on_card !== undefined ? { showOnCard: input.show_on_card } : {}),
          options: nextOptions(field.type, field.options, input.options),
        })
        .where(eq(customFields.id, id));
      if (input.position !== undefined) await placeField(tx, field.boardId, id, input.position);
      const after = serializeCustomField(await findCustomField(ctx, tx, id));
      const changes = diffChanges(before, after, ["name", "options", "show_on_card", "position"]);
      if (Object.keys(changes).length === 0) return before;
      const [row] = await tx.update(customFields).set({ updatedAt: new Date() }).where(eq(customFields.id, id)).returning();
      const saved = serializeCustomField(row);
      await recordEvent(tx, {
        workspaceId: field.workspaceId,
        boardId: field.boardId,
        type: "custom_field.updated",
        actor: ctx.caller.user,
        data: saved,
        changes,
      });
      return saved;
    });
  } catch (error) {
    throw asDuplicateFieldName(error, input.name);
  }
}
