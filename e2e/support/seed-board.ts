import type { Page } from "@playwright/test";

export type SeedOptions = {
  name: string;
  lists: number;
  cardsPerList: number;
  /** Appended to each card's title ("Card 2.7" + suffix), to make titles as long as real ones. */
  titleSuffix?: string;
  /** Every n-th card of a list gets a due date (none when unset). */
  dueEvery?: number;
};

/**
 * Seeds a board through /v1 from a signed-in page (same origin, session cookie), as the app's
 * own users would; lists are named "List 1".., cards "Card 1.1".. Returns the board's id.
 */
export async function seedBoard(page: Page, options: SeedOptions): Promise<string> {
  return page.evaluate(async ({ name, lists, cardsPerList, titleSuffix = "", dueEvery = 0 }) => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const board = await post("/v1/boards", { name });
    const made = [];
    for (let l = 1; l <= lists; l++) made.push(await post("/v1/lists", { board_id: board.id, name: `List ${l}` }));
    // Lists in parallel, the cards of one list in order (a list is locked while a card is added).
    await Promise.all(
      made.map(async (list, l) => {
        for (let c = 1; c <= cardsPerList; c++) {
          const due = dueEvery > 0 && (c - 1) % dueEvery === 0 ? { due_at: new Date(Date.now() + c * 86_400_000).toISOString() } : {};
          await post("/v1/cards", { list_id: list.id, title: `Card ${l + 1}.${c}${titleSuffix}`, ...due });
        }
      }),
    );
    return board.id as string;
  }, options);
}
