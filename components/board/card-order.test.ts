import { describe, expect, it } from "vitest";
import type { CardJson, ListJson } from "@/lib/api-client/types";
import { applyCardMove, applyListMove, groupCards, removeCard } from "./card-order";
import { cardMatches } from "./filter-cards";

const card = (id: string, list_id: string, position: number, extra: Partial<CardJson> = {}): CardJson => ({
  id,
  workspace_id: "ws",
  board_id: "b",
  list_id,
  title: id,
  description: "",
  position,
  start_at: null,
  due_at: null,
  completed: false,
  completed_at: null,
  archived: false,
  assignee_ids: [],
  tag_ids: [],
  created_by: null,
  cover_file_id: null,
  milestone_id: null,
  sprint_id: null,
  estimate: null,
  attachment_count: 0,
  fields: {},
  created_at: "",
  updated_at: "",
  ...extra,
});
const list = (id: string, position: number): ListJson => ({
  id,
  workspace_id: "ws",
  board_id: "b",
  name: id,
  position,
  archived: false,
  created_by: null,
  created_at: "",
  updated_at: "",
});

const lists = [list("L2", 1), list("L1", 0)];
const cards = [card("a", "L1", 0), card("b", "L1", 1), card("c", "L1", 2), card("x", "L2", 0)];

describe("card order", () => {
  it("groups cards by list in position order, every list present", () => {
    expect(groupCards([...lists, list("L3", 2)], [...cards].reverse())).toEqual({ L1: ["a", "b", "c"], L2: ["x"], L3: [] });
  });

  it("moves a card into another list at an index and renumbers both lists", () => {
    const moved = applyCardMove(cards, "a", "L2", 1);
    expect(groupCards(lists, moved)).toEqual({ L1: ["b", "c"], L2: ["x", "a"] });
    expect(moved.find((c) => c.id === "b")!.position).toBe(0);
    expect(moved.find((c) => c.id === "a")).toMatchObject({ list_id: "L2", position: 1 });
  });

  it("moves within a list with the index among the other cards, and keeps untouched cards' identity", () => {
    const moved = applyCardMove(cards, "c", "L1", 0);
    expect(groupCards(lists, moved).L1).toEqual(["c", "a", "b"]);
    expect(moved[3]).toBe(cards[3]);
    expect(groupCards(lists, applyCardMove(cards, "a", "L1", 99)).L1).toEqual(["b", "c", "a"]);
  });

  it("removes an archived card and closes the gap; moves lists", () => {
    expect(
      removeCard(cards, "a")
        .filter((c) => c.list_id === "L1")
        .map((c) => [c.id, c.position]),
    ).toEqual([
      ["b", 0],
      ["c", 1],
    ]);
    expect(applyListMove(lists, "L2", 0).map((l) => [l.id, l.position])).toEqual([
      ["L2", 0],
      ["L1", 1],
    ]);
  });
});

describe("filters", () => {
  it("match plain words in the title or description, each of them, ignoring case", () => {
    const c = card("t", "L1", 0, { title: "Fix Login", description: "on the phone" });
    expect(cardMatches(c, { q: "login" })).toBe(true);
    expect(cardMatches(c, { q: "fix  PHONE" })).toBe(true);
    expect(cardMatches(c, { q: "logout" })).toBe(false);
    expect(cardMatches(c, { q: "fix logout" })).toBe(false);
    expect(cardMatches(c, { q: "" })).toBe(true);
  });
});
