import { authorize } from "@/lib/workspaces/permissions";
import { timeEntries } from "@/db/schema";
import { findCard } from "@/lib/cards/find-card";
import { forbidden, invalidRequest } from "@/lib/core/errors";
import { findMember } from "@/lib/members/find-member";
import { hasRole } from "@/lib/workspaces/authorize";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { checkSpan } from "./check-span";
import type { CreateTimeEntryInput, TimeEntryJson } from "./schemas";
import { serializeTimeEntry } from "./serialize-time-entry";

/**
 * Records finished work by hand: a start and either an end or a duration. `user_id` logs it for
 * another member (admins and owners only; a viewer, who cannot track time, cannot be named).
 */
export async function createTimeEntry({ ctx, input }: { ctx: Ctx; input: CreateTimeEntryInput }): Promise<TimeEntryJson> {
  authorize(ctx, "time_entries.write");
  const startedAt = new Date(input.started_at);
  const endedAt = input.ended_at !== undefined ? new Date(input.ended_at) : new Date(startedAt.getTime() + input.duration_seconds! * 1000);
  checkSpan(startedAt, endedAt);
  const forOther = input.user_id !== undefined && input.user_id !== ctx.caller.user.id;
  if (forOther && !hasRole(ctx.caller.role, "admin")) {
    throw forbidden(`Only an admin or owner can log time for another member; your role is ${ctx.caller.role}.`);
  }
  return transact(ctx.db, async (tx) => {
    const card = await findCard(ctx, tx, input.card_id);
    const target = forOther ? await findMember(ctx, tx, input.user_id!) : null;
    const user = target ?? ctx.caller.user;
    if (target && !hasRole(target.role, "member")) {
      throw invalidRequest("A viewer cannot track time; choose a member, admin or owner.", [{ field: "user_id", message: "Is a viewer." }]);
    }
    const [entry] = await tx
      .insert(timeEntries)
      .values({
        id: newId("timeEntry"),
        workspaceId: card.workspaceId,
        cardId: card.id,
        userId: user.id,
        startedAt,
        endedAt,
        note: input.note ?? "",
        billable: input.billable ?? false,
      })
      .returning();
    const data = serializeTimeEntry({ entry, userName: user.name });
    await recordEvent(tx, {
      workspaceId: card.workspaceId,
      type: "time_entry.created",
      boardId: card.boardId,
      actor: ctx.caller.user,
      data,
    });
    return data;
  });
}
