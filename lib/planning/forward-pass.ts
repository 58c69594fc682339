/**
 * The scheduler's arithmetic, free of the database: a forward pass over a dependency graph. Each
 * successor's earliest dates follow from its predecessors by type and lag; a card moves only
 * later, never earlier than its dates as set, and keeps its span (start and due move together).
 */
export const SCHEDULING_TYPES = ["finish_to_start", "start_to_start", "finish_to_finish", "start_to_finish"] as const;
export type SchedulingType = (typeof SCHEDULING_TYPES)[number];

export type ScheduleCard = { id: string; startAt: number | null; dueAt: number | null };
/** `cardId` depends on `dependsOnId`. */
export type ScheduleEdge = { cardId: string; dependsOnId: string; type: SchedulingType; lagDays: number };
export type Moved = {
  id: string;
  from: { startAt: number | null; dueAt: number | null };
  to: { startAt: number | null; dueAt: number | null };
};

const DAY_MS = 86_400_000;

/** How far (ms) `succ` must move later to satisfy one edge from `pred`; null when a date is missing. */
function shortfall(edge: ScheduleEdge, pred: ScheduleCard, succ: ScheduleCard): number | null {
  const predStart = pred.startAt ?? pred.dueAt;
  const predFinish = pred.dueAt ?? pred.startAt;
  const succStart = succ.startAt ?? succ.dueAt;
  const succFinish = succ.dueAt ?? succ.startAt;
  if (predStart === null || predFinish === null || succStart === null || succFinish === null) return null;
  const lag = edge.lagDays * DAY_MS;
  switch (edge.type) {
    case "finish_to_start":
      return predFinish + lag - succStart;
    case "start_to_start":
      return predStart + lag - succStart;
    case "finish_to_finish":
      return predFinish + lag - succFinish;
    case "start_to_finish":
      return predStart + lag - succFinish;
  }
}

/**
 * Moves the cards downstream of `sources` (not the sources: a person just set their dates) to the
 * earliest dates their predecessors allow, in topological order, so each card is decided once
 * after all of its predecessors. `cards` must hold every card of `edges`; cards are updated in
 * place. Returns the moved cards in the order they were decided.
 */
export function forwardPass(cards: Map<string, ScheduleCard>, edges: ScheduleEdge[], sources: string[]): Moved[] {
  const out = new Map<string, ScheduleEdge[]>();
  const incoming = new Map<string, ScheduleEdge[]>();
  for (const edge of edges) {
    (out.get(edge.dependsOnId) ?? out.set(edge.dependsOnId, []).get(edge.dependsOnId)!).push(edge);
    (incoming.get(edge.cardId) ?? incoming.set(edge.cardId, []).get(edge.cardId)!).push(edge);
  }
  // The cards downstream of the sources.
  const reach = new Set<string>(sources);
  const stack = [...sources];
  while (stack.length) {
    for (const edge of out.get(stack.pop()!) ?? []) {
      if (!reach.has(edge.cardId)) {
        reach.add(edge.cardId);
        stack.push(edge.cardId);
      }
    }
  }
  // Kahn's algorithm on the reached subgraph: a card is ready once its reached predecessors are decided.
  const waiting = new Map<string, number>();
  for (const id of reach) waiting.set(id, (incoming.get(id) ?? []).filter((e) => reach.has(e.dependsOnId)).length);
  const ready = [...reach].filter((id) => waiting.get(id) === 0);
  const moved: Moved[] = [];
  const sourceSet = new Set(sources);
  while (ready.length) {
    const id = ready.pop()!;
    const card = cards.get(id)!;
    if (!sourceSet.has(id)) {
      let delta = 0;
      for (const edge of incoming.get(id) ?? []) {
        const need = shortfall(edge, cards.get(edge.dependsOnId)!, card);
        if (need !== null && need > delta) delta = need;
      }
      if (delta > 0) {
        const from = { startAt: card.startAt, dueAt: card.dueAt };
        if (card.startAt !== null) card.startAt += delta;
        if (card.dueAt !== null) card.dueAt += delta;
        moved.push({ id, from, to: { startAt: card.startAt, dueAt: card.dueAt } });
      }
    }
    for (const edge of out.get(id) ?? []) {
      const left = waiting.get(edge.cardId)! - 1;
      waiting.set(edge.cardId, left);
      if (left === 0) ready.push(edge.cardId);
    }
  }
  return moved;
}

/**
 * The path that adding "card depends on dependsOn" would close into a cycle, or null: a path
 * from `cardId` to `dependsOnId` along existing "is depended on by" edges, then back.
 */
export function cyclePath(edges: { cardId: string; dependsOnId: string }[], cardId: string, dependsOnId: string): string[] | null {
  if (cardId === dependsOnId) return [cardId, cardId];
  const out = new Map<string, string[]>();
  for (const e of edges) (out.get(e.dependsOnId) ?? out.set(e.dependsOnId, []).get(e.dependsOnId)!).push(e.cardId);
  const parent = new Map<string, string>([[cardId, cardId]]);
  const queue = [cardId];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === dependsOnId) {
      const path = [id];
      for (let at = id; at !== cardId;) path.unshift((at = parent.get(at)!));
      // dependsOn → card is the new edge; card → … → dependsOn exists already.
      return [dependsOnId, ...path];
    }
    for (const next of out.get(id) ?? []) {
      if (!parent.has(next)) {
        parent.set(next, id);
        queue.push(next);
      }
    }
  }
  return null;
}
