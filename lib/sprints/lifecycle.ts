import { conflict } from "@/lib/core/errors";

export const SPRINT_STATUSES = ["draft", "planned", "active", "review", "completed", "paused"] as const;
export type SprintStatus = (typeof SPRINT_STATUSES)[number];

export const SPRINT_ACTIONS = ["plan", "activate", "start_review", "complete", "pause", "resume"] as const;
export type SprintAction = (typeof SPRINT_ACTIONS)[number];

/**
 * The state machine, stated once: each action, the statuses it may start from, where it leads
 * and the event it records (planning has no event of its own: a sprint.updated with changes.status).
 */
export const TRANSITIONS: Record<SprintAction, { from: readonly SprintStatus[]; to: SprintStatus; event: SprintEventType }> = {
  plan: { from: ["draft"], to: "planned", event: "sprint.updated" },
  activate: { from: ["planned"], to: "active", event: "sprint.activated" },
  start_review: { from: ["active"], to: "review", event: "sprint.review_started" },
  complete: { from: ["active", "review"], to: "completed", event: "sprint.completed" },
  pause: { from: ["active"], to: "paused", event: "sprint.paused" },
  resume: { from: ["paused"], to: "active", event: "sprint.resumed" },
};

type SprintEventType =
  "sprint.updated" | "sprint.activated" | "sprint.review_started" | "sprint.completed" | "sprint.paused" | "sprint.resumed";

/** The actions a sprint in `status` allows, in the lifecycle's order. */
export function allowedActions(status: SprintStatus): SprintAction[] {
  return SPRINT_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** Refuses an action the state machine does not allow from `status`: 409 naming the allowed ones. */
export function requireTransition(status: SprintStatus, action: SprintAction): SprintStatus {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(status)) return rule.to;
  const allowed = allowedActions(status);
  throw conflict(
    `A ${status} sprint cannot ${action.replace("_", " ")}. Allowed from ${status}: ${allowed.length ? allowed.join(", ") : "none (completed is final)"}.`,
    allowed.map((a) => ({ field: "action", message: `${a} → ${TRANSITIONS[a].to}` })),
  );
}

/** The one-active-per-board refusal, for the check and for the unique index's race. */
export const alreadyActive = (boardId: string) => conflict(`Board ${boardId} already has an active sprint; complete or pause it first.`);
