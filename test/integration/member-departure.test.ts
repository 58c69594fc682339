import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { api } from "../support/api";
import { createMember, createUser } from "../support/factories";

describe("a member who leaves", () => {
  it("is unassigned from the workspace's cards and their running timer stops, each as an event", async () => {
    const owner = await createUser();
    const leaver = await createMember(owner.workspaceId, "member");
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Team" } })).body;
    const list = (await api("POST", "/v1/lists", { as: owner, body: { board_id: board.id, name: "Doing" } })).body;
    const card = (
      await api("POST", "/v1/cards", { as: owner, body: { list_id: list.id, title: "Ship it", assignee_ids: [owner.id, leaver.id] } })
    ).body;
    expect(card.assignee_ids.sort()).toEqual([owner.id, leaver.id].sort());
    const timer = await api("POST", "/v1/time_entries/start", { as: leaver, body: { card_id: card.id } });
    expect(timer.status).toBe(201);

    expect((await api("DELETE", `/v1/users/${leaver.id}`, { as: owner })).status).toBe(204);

    const after = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
    expect(after.assignee_ids).toEqual([owner.id]);
    const entry = (await api("GET", `/v1/time_entries/${timer.body.id}`, { as: owner })).body;
    expect(entry.ended_at).not.toBeNull();

    const db = await getDb();
    const recorded = await db.select().from(events).where(eq(events.workspaceId, owner.workspaceId)).orderBy(events.id);
    const unassigned = recorded.find((e) => e.type === "card.updated" && (e.data as { id: string }).id === card.id);
    expect(unassigned?.changes).toEqual({ assignee_ids: { from: card.assignee_ids, to: [owner.id] } });
    expect(unassigned?.data).toEqual(after);
    expect(recorded.some((e) => e.type === "time_entry.stopped" && (e.data as { id: string }).id === timer.body.id)).toBe(true);
    expect(recorded.at(-1)?.type).toBe("member.removed");
  });
});
