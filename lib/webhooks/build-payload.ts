import type { EventActor } from "@/db/schema";

export interface PayloadSource {
  id: string;
  type: string;
  createdAt: Date;
  workspaceId: string;
  boardId: string | null;
  actor: EventActor;
  data: Record<string, unknown>;
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

/**
 * The delivery body of webhooks.md ("Payload"), serialized once: these exact bytes are stored,
 * signed and sent on every attempt. `type` repeats `event`. `changes` appears only when the event has it; `test: true`
 * only on test deliveries.
 */
export function buildPayload(event: PayloadSource, options: { test?: boolean } = {}): string {
  return JSON.stringify({
    id: event.id,
    event: event.type,
    // The same again under Standard Webhooks' name, so the body has its shape (type, timestamp, data) too.
    type: event.type,
    // Whole seconds in UTC, as the contract shows ("2026-04-17T14:23:00Z").
    timestamp: event.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z"),
    workspace_id: event.workspaceId,
    board_id: event.boardId,
    actor: event.actor,
    data: event.data,
    ...(event.changes ? { changes: event.changes } : {}),
    ...(options.test ? { test: true } : {}),
  });
}
