import { beforeAll, describe, expect, it } from "vitest";
import { api } from "../support/api";
import { cardsInOrder, eventsOf, makeBoard, makeCard, makeList } from "../support/board-content";
import { createMember, createUser, type TestUser } from "../support/factories";

// On PostgreSQL (DATABASE_URL) these requests run in parallel transactions on a connection pool;
// on PGlite they interleave at every await. Either way the order must end consistent.
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  alice = await createUser({ name: "Alice Parallel" });
  bob = await createMember(alice.workspaceId, "member");
});

function expectConsistent(cards: { id: string; position: number }[], expectedIds: string[]) {
  expect(cards.map((c) => c.position)).toEqual(expectedIds.map((_, i) => i));
  expect(cards.map((c) => c.id).sort()).toEqual([...expectedIds].sort());
}

// A fixed pseudo-random sequence, so a failure can be reproduced.
function sequence(seed: number) {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe("concurrent card moves", () => {
  it("two clients moving cards within one list end with positions 0..n-1 and no lost card", async () => {
    const board = await makeBoard(alice);
    const list = await makeList(alice, board.id);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await makeCard(alice, list.id, `C${i}`)).id);
    const random = sequence(7);
    const moves = Array.from({ length: 40 }, (_, i) => ({
      as: i % 2 ? bob : alice,
      id: ids[Math.floor(random() * ids.length)],
      position: Math.floor(random() * 12),
    }));
    const results = await Promise.all(moves.map((m) => api("PATCH", `/v1/cards/${m.id}`, { as: m.as, body: { position: m.position } })));
    expect(results.map((r) => r.status)).toEqual(moves.map(() => 200));
    expectConsistent(await cardsInOrder(alice, list.id), ids);

    // Every recorded move names a real change of position, and there is at most one per request.
    const moved = (await eventsOf(board.id)).filter((e) => e.type === "card.moved");
    expect(moved.length).toBeLessThanOrEqual(moves.length);
    for (const e of moved) expect(e.changes?.position?.from).not.toEqual(e.changes?.position?.to);
  });

  it("moves between two lists in opposite directions neither deadlock nor lose cards", async () => {
    const board = await makeBoard(alice);
    const left = await makeList(alice, board.id, "Left");
    const right = await makeList(alice, board.id, "Right");
    const leftIds: string[] = [];
    const rightIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      leftIds.push((await makeCard(alice, left.id, `L${i}`)).id);
      rightIds.push((await makeCard(alice, right.id, `R${i}`)).id);
    }
    const requests = [
      ...leftIds.map((id, i) => api("PATCH", `/v1/cards/${id}`, { as: alice, body: { list_id: right.id, position: i % 3 } })),
      ...rightIds.map((id, i) => api("PATCH", `/v1/cards/${id}`, { as: bob, body: { list_id: left.id, position: i % 2 } })),
      // Plus moves within each list while cards arrive.
      ...leftIds.slice(0, 3).map((id) => api("PATCH", `/v1/cards/${id}`, { as: bob, body: { position: 0 } })),
    ];
    const results = await Promise.all(requests);
    expect(results.map((r) => r.status)).toEqual(requests.map(() => 200));
    const inLeft = await cardsInOrder(alice, left.id);
    const inRight = await cardsInOrder(alice, right.id);
    expectConsistent(inLeft, rightIds);
    expectConsistent(inRight, leftIds);
  });

  it("ten clients moving one card at once: each gets 200 or 409, every 200 is one card.moved, and the board stays consistent", async () => {
    const board = await makeBoard(alice);
    const home = await makeList(alice, board.id, "Home");
    // One target list per client, each with cards of its own, so every move that succeeds is a
    // real change (the card is never already where a client of the same round sends it).
    const targets: { id: string; cards: string[] }[] = [];
    for (let i = 0; i < 10; i++) {
      const list = await makeList(alice, board.id, `T${i}`);
      targets.push({ id: list.id, cards: [(await makeCard(alice, list.id, `T${i}a`)).id, (await makeCard(alice, list.id, `T${i}b`)).id] });
    }
    const card = await makeCard(alice, home.id, "Contested");
    const homeCards = [card.id, (await makeCard(alice, home.id, "Stays")).id];
    const ok: { list_id: string; position: number }[] = [];
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      expect((await api("PATCH", `/v1/cards/${card.id}`, { as: alice, body: { list_id: home.id, position: 0 } })).status).toBe(200);
      const before = (await eventsOf(board.id)).length;
      const results = await Promise.all(
        targets.map((t, i) =>
          api("PATCH", `/v1/cards/${card.id}`, { as: i % 2 ? bob : alice, body: { list_id: t.id, position: (i + round) % 3 } }),
        ),
      );
      for (const [i, res] of results.entries()) {
        statuses.push(res.status);
        expect([200, 409], JSON.stringify(res.body)).toContain(res.status);
        if (res.status === 409) {
          expect(res.body.error).toBe("conflict");
          expect(res.body.message).toMatch(/\w/);
        } else {
          expect(res.body.list_id).toBe(targets[i].id);
          ok.push({ list_id: res.body.list_id, position: res.body.position });
        }
      }
      // One card.moved per 200 of the round, each naming the list its request asked for.
      const moved = (await eventsOf(board.id))
        .slice(before)
        .filter((e) => e.type === "card.moved" && (e.data as { id: string }).id === card.id);
      const okLists = results.flatMap((r, i) => (r.status === 200 ? [targets[i].id] : []));
      expect(moved.map((e) => (e.data as { list_id: string }).list_id).sort()).toEqual(okLists.sort());
      for (const e of moved) expect(e.changes?.list_id?.to).toBe((e.data as { list_id: string }).list_id);
      // The card is in exactly one list, the one of a successful move, and every list is in order.
      const where = [];
      for (const t of targets) {
        const inList = await cardsInOrder(alice, t.id);
        if (inList.some((c) => c.id === card.id)) where.push(t.id);
        expectConsistent(inList, inList.some((c) => c.id === card.id) ? [...t.cards, card.id] : t.cards);
      }
      expectConsistent(await cardsInOrder(alice, home.id), homeCards.slice(1));
      expect(where).toHaveLength(1);
      expect(okLists).toContain(where[0]);
    }
    // Most moves succeed: 409 is for a move that lost a race several times, not the rule.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(statuses.length / 2);
    expect(ok.length).toBe(statuses.filter((s) => s === 200).length);
  });

  it("concurrent creates into one list get distinct positions", async () => {
    const board = await makeBoard(alice);
    const list = await makeList(alice, board.id);
    const made = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        api("POST", "/v1/cards", { as: i % 2 ? bob : alice, body: { list_id: list.id, title: `N${i}`, position: i % 3 } }),
      ),
    );
    expect(made.map((r) => r.status)).toEqual(made.map(() => 201));
    expectConsistent(
      await cardsInOrder(alice, list.id),
      made.map((r) => r.body.id),
    );
  });
});
