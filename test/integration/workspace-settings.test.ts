// Workspace settings (issue 23): rename, transfer ownership, delete with typed confirmation.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { boards, cards, events, files, memberships, workspaces } from "@/db/schema";
import { api } from "../support/api";
import { createMember, createUser } from "../support/factories";

describe("PATCH /v1/workspace", () => {
  it("lets owners rename it, recording workspace.updated with the change; others are refused", async () => {
    const owner = await createUser();
    const admin = await createMember(owner.workspaceId, "admin");
    expect((await api("PATCH", "/v1/workspace", { as: admin, body: { name: "Hijacked" } })).status).toBe(403);
    const res = await api("PATCH", "/v1/workspace", { as: owner, body: { name: "  Acme  " } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: owner.workspaceId, name: "Acme", require_two_factor: false });
    expect((await api("GET", "/v1/workspace", { as: admin })).body.name).toBe("Acme");
    const db = await getDb();
    const recorded = await db
      .select()
      .from(events)
      .where(and(eq(events.type, "workspace.updated"), eq(events.workspaceId, owner.workspaceId)));
    expect(recorded).toHaveLength(1);
    expect(recorded[0].changes).toEqual({ name: { from: expect.any(String), to: "Acme" } });
    // No change, no event.
    await api("PATCH", "/v1/workspace", { as: owner, body: { name: "Acme" } });
    expect(
      await db
        .select()
        .from(events)
        .where(and(eq(events.type, "workspace.updated"), eq(events.workspaceId, owner.workspaceId))),
    ).toHaveLength(1);
  });
});

describe("POST /v1/workspace/transfer", () => {
  it("makes the member owner and the caller admin, with member.role_changed for both", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const stranger = await createUser();
    expect((await api("POST", "/v1/workspace/transfer", { as: owner, body: { user_id: stranger.id } })).status).toBe(404);
    expect((await api("POST", "/v1/workspace/transfer", { as: owner, body: { user_id: owner.id } })).status).toBe(400);
    expect((await api("POST", "/v1/workspace/transfer", { as: member, body: { user_id: member.id } })).status).toBe(403);
    const res = await api("POST", "/v1/workspace/transfer", { as: owner, body: { user_id: member.id } });
    expect(res.status).toBe(204);
    const db = await getDb();
    const roles = Object.fromEntries(
      (await db.select().from(memberships).where(eq(memberships.workspaceId, owner.workspaceId))).map((m) => [m.userId, m.role]),
    );
    expect(roles).toEqual({ [owner.id]: "admin", [member.id]: "owner" });
    const changed = await db
      .select()
      .from(events)
      .where(and(eq(events.type, "member.role_changed"), eq(events.workspaceId, owner.workspaceId)));
    expect(changed.map((e) => e.changes)).toEqual([{ role: { from: "member", to: "owner" } }, { role: { from: "owner", to: "admin" } }]);
    // The former owner can now delete their account.
    expect((await api("PATCH", "/v1/workspace", { as: owner, body: { name: "Nope" } })).status).toBe(403);
  });
});

describe("DELETE /v1/workspace", () => {
  it("needs the name typed exactly, then removes everything in it; members left without a workspace get one", async () => {
    const owner = await createUser();
    const member = await createMember(owner.workspaceId, "member");
    const db = await getDb();
    const name = (await api("GET", "/v1/workspace", { as: owner })).body.name;
    const board = (await api("POST", "/v1/boards", { as: owner, body: { name: "Doomed" } })).body;
    const list = (await api("POST", "/v1/lists", { as: owner, body: { board_id: board.id, name: "Todo" } })).body;
    const card = (await api("POST", "/v1/cards", { as: owner, body: { list_id: list.id, title: "Gone" } })).body;
    await api("POST", "/v1/files", { as: owner, body: { card_id: card.id, url: "https://example.com/a.pdf", name: "Link" } });
    for (const confirm of ["", name.toUpperCase(), `${name} `, "something else"]) {
      expect((await api("DELETE", "/v1/workspace", { as: owner, body: { confirm_name: confirm } })).status).toBe(400);
    }
    expect((await api("DELETE", "/v1/workspace", { as: member, body: { confirm_name: name } })).status).toBe(403);
    expect((await api("GET", `/v1/boards/${board.id}`, { as: owner })).status).toBe(200);
    const res = await api("DELETE", "/v1/workspace", { as: owner, body: { confirm_name: name } });
    expect(res.status).toBe(204);
    expect(await db.select().from(workspaces).where(eq(workspaces.id, owner.workspaceId))).toEqual([]);
    expect(await db.select().from(boards).where(eq(boards.workspaceId, owner.workspaceId))).toEqual([]);
    expect(await db.select().from(cards).where(eq(cards.workspaceId, owner.workspaceId))).toEqual([]);
    expect(await db.select().from(files).where(eq(files.workspaceId, owner.workspaceId))).toEqual([]);
    expect(await db.select().from(events).where(eq(events.workspaceId, owner.workspaceId))).toEqual([]);
    // The owner had no other workspace: they have a new, empty one; the member still has their own.
    const mine = await api("GET", "/v1/workspace", { as: owner });
    expect(mine.status).toBe(200);
    expect(mine.body.id).not.toBe(owner.workspaceId);
    expect((await api("GET", "/v1/boards", { as: owner })).body.items).toEqual([]);
    expect((await api("GET", "/v1/workspace", { as: member })).status).toBe(200);
  });
});
