// The catalog (lib/events/catalog.ts) against the "Event types" table of the webhook contract
// (webhooks.md, kept with the other design documents outside this repository; its directory is
// TASKTIDE_DESIGN_DIR, by default /work/shared/design). Rows of features not built yet are listed
// below; every other row must be in the catalog exactly, and nothing else may be.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_CATALOG, EVENT_CATEGORIES, EVENT_DESCRIPTIONS, EVENT_TYPES, SECURITY_EVENT_TYPES } from "./catalog";

const contract = join(process.env.TASKTIDE_DESIGN_DIR ?? "/work/shared/design", "webhooks.md");

/** Rows of the table whose features arrive with later issues: not in the catalog yet. */
const NOT_BUILT: string[] = [];

/**
 * Types issue 23 (accounts and access) asks for that the contract's table does not list yet:
 * in the catalog, left out of the comparison until webhooks.md gains them.
 */
const AHEAD_OF_CONTRACT: Record<string, string[]> = { security: ["auth.session_revoked"], workspaces: ["workspace.updated"] };

/** The table's rows: category (as the catalog spells it) → event types, notes in parentheses dropped. */
function tableRows(markdown: string): Map<string, string[]> {
  const section = markdown.split(/^## Event types$/m)[1].split(/^## /m)[0];
  const rows = new Map<string, string[]>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || cells[1] === "category" || cells[1].startsWith("---")) continue;
    const events = cells[2]
      .replace(/\([^)]*\)/g, "")
      .split(",")
      .map((e) => e.trim())
      .filter(Boolean);
    rows.set(cells[1], events);
  }
  return rows;
}

describe("event catalog", () => {
  it.skipIf(!existsSync(contract))("matches the Event types table of webhooks.md, row by row, but for features not built yet", () => {
    const rows = tableRows(readFileSync(contract, "utf8"));
    for (const row of NOT_BUILT) expect(rows.has(row), `row ${row}`).toBe(true);
    const built = [...rows].filter(([row]) => !NOT_BUILT.includes(row)).map(([row, events]) => [row.replace(/ /g, "_"), events]);
    const catalog = Object.entries(EVENT_CATALOG).map(([c, e]) => [
      c,
      e.filter((t) => !AHEAD_OF_CONTRACT[c]?.includes(t) || rows.get(c)?.includes(t)),
    ]);
    expect(Object.fromEntries(built)).toEqual(Object.fromEntries(catalog.filter(([, types]) => types.length > 0)));
  });

  it("names each type once, with a description, and labels every group", () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    for (const type of EVENT_TYPES) expect(EVENT_DESCRIPTIONS[type], type).toMatch(/\S/);
    expect(Object.keys(EVENT_CATEGORIES)).toEqual(Object.keys(EVENT_CATALOG));
  });

  it("puts auth.*, board.accessed, member.*, token.* and webhook.* in the security selection, and nothing else", () => {
    const expected = EVENT_TYPES.filter(
      (t) => /^(auth|member|token)\./.test(t) || t === "board.accessed" || (t.startsWith("webhook.") && t !== "webhook.test"),
    );
    expect([...SECURITY_EVENT_TYPES].sort()).toEqual([...expected].sort());
  });
});
