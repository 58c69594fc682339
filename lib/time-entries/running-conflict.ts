import type { Ctx } from "@/lib/workspaces/context";
import { conflict } from "@/lib/core/errors";
import { findRunningEntry } from "./find-time-entry";

/** The 409 for a second timer names the running one, so a client can stop it and retry. */
export function runningTimerConflict(running: { entry: { id: string; cardId: string } }) {
  return conflict(
    `You already have a running timer (${running.entry.id} on ${running.entry.cardId}); stop it with POST /v1/time_entries/${running.entry.id}/stop before starting another.`,
  );
}

/** True for the unique-index violation that two racing starts produce. */
export function isRunningTimerRace(error: unknown): boolean {
  const e = error as { cause?: { code?: string; constraint_name?: string; constraint?: string }; code?: string };
  const code = e.cause?.code ?? e.code;
  return code === "23505" && JSON.stringify(e.cause ?? e).includes("time_entries_one_running_key");
}

/** After a lost race, look the winner up to name it. */
export async function conflictForRace(ctx: Ctx) {
  const running = await findRunningEntry(ctx, ctx.db);
  return running ? runningTimerConflict(running) : conflict("You already have a running timer; stop it before starting another.");
}
