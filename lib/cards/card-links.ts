import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { cardAssignees, cardTags, files, memberships, milestones, sprints, tags, type Tag } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import { THUMBNAIL_TYPES } from "@/lib/files/sniff-content-type";

/** Assignees must be members of the card's workspace; a stranger's id is bad input, not a 404. */
export async function requireMembers(tx: Tx, workspaceId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const found = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds)));
  const known = new Set(found.map((m) => m.userId));
  const missing = userIds.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw invalidRequest(`These users are not members of the workspace: ${missing.join(", ")}.`, [
      { field: "assignee_ids", message: `Not workspace members: ${missing.join(", ")}.` },
    ]);
  }
}

/** Tags must belong to the card's board; returns them in the order asked. */
export async function requireBoardTags(tx: Tx, boardId: string, tagIds: string[]): Promise<Tag[]> {
  if (tagIds.length === 0) return [];
  const found = await tx
    .select()
    .from(tags)
    .where(and(eq(tags.boardId, boardId), inArray(tags.id, tagIds)));
  const byId = new Map(found.map((t) => [t.id, t]));
  const missing = tagIds.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw invalidRequest(`These tags are not tags of the card's board: ${missing.join(", ")}.`, [
      { field: "tag_ids", message: `Not tags of board ${boardId}: ${missing.join(", ")}.` },
    ]);
  }
  return tagIds.map((id) => byId.get(id)!);
}

export async function replaceAssignees(tx: Tx, cardId: string, userIds: string[]): Promise<void> {
  await tx.delete(cardAssignees).where(eq(cardAssignees.cardId, cardId));
  if (userIds.length > 0) await tx.insert(cardAssignees).values(userIds.map((userId) => ({ cardId, userId })));
}

export async function replaceTags(tx: Tx, cardId: string, tagIds: string[]): Promise<void> {
  await tx.delete(cardTags).where(eq(cardTags.cardId, cardId));
  if (tagIds.length > 0) await tx.insert(cardTags).values(tagIds.map((tagId) => ({ cardId, tagId })));
}

/** A cover must be an image upload (PNG, JPEG, GIF, WebP) attached to this very card. */
export async function requireCoverImage(tx: Tx, cardId: string, fileId: string): Promise<void> {
  const [file] = await tx
    .select({ contentType: files.contentType })
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.cardId, cardId)));
  if (!file || !THUMBNAIL_TYPES.has(file.contentType ?? "")) {
    throw invalidRequest("The cover must be a PNG, JPEG, GIF or WebP file attached to this card.", [
      { field: "cover_file_id", message: `File ${fileId} is not an image attachment of this card.` },
    ]);
  }
}

/** A card's milestone must be one of its board's; anything else is bad input naming the field. */
export async function requireBoardMilestone(tx: Tx, boardId: string, milestoneId: string): Promise<void> {
  const [found] = await tx
    .select({ id: milestones.id })
    .from(milestones)
    .where(and(eq(milestones.id, milestoneId), eq(milestones.boardId, boardId)));
  if (!found) {
    throw invalidRequest("The milestone must be a milestone of the card's board.", [
      { field: "milestone_id", message: `Milestone ${milestoneId} is not a milestone of board ${boardId}.` },
    ]);
  }
}

/** A card's sprint must be one of its board's that is not completed yet. */
export async function requireOpenSprint(tx: Tx, boardId: string, sprintId: string): Promise<void> {
  const [found] = await tx
    .select({ status: sprints.status })
    .from(sprints)
    .where(and(eq(sprints.id, sprintId), eq(sprints.boardId, boardId)));
  if (!found || found.status === "completed") {
    throw invalidRequest("The sprint must be a sprint of the card's board that is not completed.", [
      { field: "sprint_id", message: `Sprint ${sprintId} is not an open sprint of board ${boardId}.` },
    ]);
  }
}

/** A start after the due date is bad input (the scheduler keeps a card's span as it moves it). */
export function requireDatesInOrder(startAt: Date | null, dueAt: Date | null): void {
  if (startAt && dueAt && startAt.getTime() > dueAt.getTime()) {
    throw invalidRequest("start_at must not be after due_at.", [
      { field: "start_at", message: `${startAt.toISOString()} is after the due date ${dueAt.toISOString()}.` },
    ]);
  }
}
