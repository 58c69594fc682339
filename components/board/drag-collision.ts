import { closestCenter, closestCorners, pointerWithin, type CollisionDetection } from "@dnd-kit/core";

/**
 * Cards land on cards (or an empty list's body); lists land on lists. With a pointer, the list
 * under it decides, then its closest card; with the keyboard (no pointer), the closest corners.
 */
export const boardCollision: CollisionDetection = (args) => {
  const kind = args.active.data.current?.type;
  if (kind === "list") {
    return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => c.data.current?.type === "list") });
  }
  const targets = args.droppableContainers.filter((c) => c.data.current?.type === "card" || c.data.current?.type === "list-body");
  const under = pointerWithin({ ...args, droppableContainers: targets });
  if (under.length > 0) {
    const hitCards = under.filter((c) => targets.find((t) => t.id === c.id)?.data.current?.type === "card");
    if (hitCards.length > 0)
      return closestCorners({ ...args, droppableContainers: targets.filter((t) => hitCards.some((h) => h.id === t.id)) });
    return under;
  }
  return closestCorners({ ...args, droppableContainers: targets });
};
