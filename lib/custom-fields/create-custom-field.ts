import { count, eq } from "drizzle-orm";
import { customFields } from "@/db/schema";
import { findBoard } from "@/lib/boards/find-board";
import { invalidRequest } from "@/lib/core/errors";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import { authorize } from "@/lib/workspaces/permissions";
import type { Ctx } from "@/lib/workspaces/context";
import { asDuplicateFieldName, requireUniqueFieldName } from "./duplicate-name";
import { nextOptions } from "./field-options";
import { lockBoardFields, placeField } from "./field-positions";
import { MAX_FIELDS_PER_BOARD, type CreateCustomFieldInput, type CustomFieldJson } from "./schemas";
import { findCustomField } from "./find-custom-field";
import { serializeCustomField } from "./serialize-custom-field";

/** Defines a field on a board. Event: custom_field.created (data: the field). */
export async function createCustomField({ ctx, input }: { ctx: Ctx; input: CreateCustomFieldInput }): Promise<CustomFieldJson> {
  authorize(ctx, "board_content.write");
  try {
    return await transact(ctx.db, async (tx) => {
      const board = await findBoard(ctx, tx, input.board_id);
      await lockBoardFields(tx, board.id);
      const [{ n }] = await tx.select({ n: count() }).from(customFields).where(eq(customFields.boardId, board.id));
      if (n >= MAX_FIELDS_PER_BOARD)
        throw invalidRequest(`A board has at most ${MAX_FIELDS_PER_BOARD} custom fields.`, [
          { field: "board_id", message: "Field limit reached." },
        ]);
      await requireUniqueFieldName(tx, board.id, input.name);
      const id = newId("customField");
      await tx.insert(customFields).values({
        id,
        workspaceId: board.workspaceId,
        boardId: board.id,
        name: input.name,
        type: input.type,
        options: nextOptions(input.type, [], input.options),
        showOnCard: input.show_on_card ?? false,
        position: n,
      });
      await placeField(tx, board.id, id, input.position);
      const field = serializeCustomField(await findCustomField(ctx, tx, id));
      await recordEvent(tx, {
        workspaceId: board.workspaceId,
        boardId: board.id,
        type: "custom_field.created",
        actor: ctx.caller.user,
        data: field,
      });
      return field;
    });
  } catch (error) {
    throw asDuplicateFieldName(error, input.name);
  }
}
