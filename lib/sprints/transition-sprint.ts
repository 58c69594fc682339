import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { errorChain } from "@/db/connection-errors";
import { sprints, type Sprint } from "@/db/schema";
import { diffChanges } from "@/lib/events/changes";
import { recordEvent } from "@/lib/events/record-event";
import type { Caller } from "@/lib/workspaces/context";
import { alreadyActive, requireTransition, TRANSITIONS, type SprintAction, type SprintStatus } from "./lifecycle";
import type { SprintJson } from "./schemas";
import { loadSprintJson } from "./serialize-sprint";

/** True for the unique index's violation: another sprint of the board became active meanwhile. */
export const isUniqueViolation = (error: unknown) => errorChain(error).some((e) => (e as { code?: unknown })?.code === "23505");

/**
 * Applies one lifecycle action to a locked sprint row inside the caller's transaction: checks the
 * state machine (409 with the allowed actions), keeps one active sprint per board, writes the
 * status (plus `extra`) and records the action's event with the sprint as it is afterwards.
 */
export async function applyTransition(
  tx: Tx,
  input: { actor: Caller["user"] | null; sprint: Sprint; action: SprintAction; extra?: Partial<Sprint> },
): Promise<SprintJson> {
  const { sprint, action } = input;
  const to = requireTransition(sprint.status as SprintStatus, action);
  if (to === "active") {
    const [other] = await tx
      .select({ id: sprints.id })
      .from(sprints)
      .where(and(eq(sprints.boardId, sprint.boardId), eq(sprints.status, "active"), ne(sprints.id, sprint.id)));
    if (other) throw alreadyActive(sprint.boardId);
  }
  const before = await loadSprintJson(tx, sprint);
  const now = new Date();
  const [row] = await tx
    .update(sprints)
    .set({ status: to, ...(action === "activate" ? { activatedAt: now } : {}), ...input.extra, updatedAt: now })
    .where(eq(sprints.id, sprint.id))
    .returning();
  const after = await loadSprintJson(tx, row);
  const event = TRANSITIONS[action].event;
  await recordEvent(tx, {
    workspaceId: row.workspaceId,
    boardId: row.boardId,
    type: event,
    actor: input.actor,
    data: after,
    ...(event === "sprint.updated" ? { changes: diffChanges(before, after, ["status", "allowed_actions"]) } : {}),
  });
  return after;
}
