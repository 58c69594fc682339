import { expect, type Locator, type Page } from "@playwright/test";

/** Page object for one board: lists, cards, the card dialog and the filters. */
export class BoardPage {
  constructor(readonly page: Page) {}

  /** Creates a board from the boards index and opens it; returns its id. */
  async createBoard(name: string): Promise<string> {
    await this.page.goto("/boards");
    await this.page.getByRole("button", { name: "New board" }).first().click();
    const dialog = this.page.getByRole("dialog", { name: "New board" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("button", { name: "Create board" }).click();
    await this.page
      .getByTestId("board-list")
      .getByRole("link", { name: new RegExp(name) })
      .click();
    await expect(this.page).toHaveURL(/\/boards\/board_[0-9a-z]+/);
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    return new URL(this.page.url()).pathname.split("/")[2];
  }

  list(name: string): Locator {
    return this.page.getByRole("region", { name: `List ${name}`, exact: true });
  }

  card(title: string): Locator {
    return this.page.getByTestId("card").filter({ has: this.page.getByRole("button", { name: title, exact: true }) });
  }

  cardsIn(listName: string): Locator {
    return this.list(listName).getByTestId("card");
  }

  async addList(name: string) {
    const open = this.page.getByRole("button", { name: "Add a list" });
    const input = this.page.getByLabel("New list name");
    await expect(open.or(input)).toBeVisible();
    if (await open.isVisible()) await open.click();
    await this.page.getByLabel("New list name").fill(name);
    await this.page.getByRole("button", { name: "Add list", exact: true }).click();
    await expect(this.list(name)).toBeVisible();
    // Wait for the server id, so cards can be added to it.
    await expect(this.list(name)).toHaveAttribute("data-list-id", /^list_/);
  }

  async addCards(listName: string, titles: string[]) {
    await this.list(listName)
      .getByRole("button", { name: `Add a card to ${listName}` })
      .click();
    const input = this.page.getByLabel(`New card title in ${listName}`);
    for (const title of titles) {
      await input.fill(title);
      await input.press("Enter");
      await expect(this.card(title)).toHaveAttribute("data-card-id", /^card_/);
    }
    await input.press("Escape");
  }

  /** Resolves when the next card PATCH (a move, an edit) has been answered with 200. */
  cardSaved() {
    return this.page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/v1/cards/") && r.status() === 200);
  }

  /** Drags with the mouse in small steps, as a person would (dnd-kit needs real pointer moves), and waits for the save. */
  async dragCard(title: string, target: Locator) {
    const saved = this.cardSaved();
    const from = await this.card(title).boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error("dragCard: element not visible");
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40), { steps: 20 });
    await this.page.waitForTimeout(150);
    await this.page.mouse.up();
    await saved;
  }

  /** Drags a list by its header onto another list's header. */
  async dragList(name: string, onto: string) {
    const from = await this.list(name)
      .getByRole("button", { name: new RegExp(`^${name} \\d+ cards?$`) })
      .boundingBox();
    const to = await this.list(onto).boundingBox();
    if (!from || !to) throw new Error("dragList: list not visible");
    const saved = this.page.waitForResponse(
      (r) => r.request().method() === "PATCH" && r.url().includes("/v1/lists/") && r.status() === 200,
    );
    await this.page.mouse.move(from.x + 20, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 30, from.y + from.height / 2, { steps: 5 });
    await this.page.mouse.move(to.x + 20, from.y + from.height / 2, { steps: 20 });
    await this.page.waitForTimeout(150);
    await this.page.mouse.up();
    await saved;
  }

  /**
   * Starts recording, on every DOM change, what `probe` reads from the page (e.g. which list holds
   * a card), keeping each new value once. Returns a function that reads the record so far.
   */
  async recordTrail(probe: "card-list" | "list-order", cardTitle?: string): Promise<() => Promise<string[]>> {
    const cardId = cardTitle ? await this.card(cardTitle).getAttribute("data-card-id") : null;
    await this.page.evaluate(
      ({ probe, cardId }) => {
        const w = window as unknown as { __trail: string[] };
        w.__trail = [];
        const read = () =>
          probe === "card-list"
            ? (document.querySelector(`li[data-card-id="${cardId}"]`)?.closest("[data-testid=list]")?.getAttribute("aria-label") ?? "")
            : [...document.querySelectorAll("[data-testid=list]")].map((l) => l.getAttribute("aria-label")).join(" | ");
        const note = () => {
          const value = read();
          if (w.__trail[w.__trail.length - 1] !== value) w.__trail.push(value);
        };
        note();
        new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
      },
      { probe, cardId },
    );
    return () => this.page.evaluate(() => (window as unknown as { __trail: string[] }).__trail);
  }

  async openCard(title: string) {
    await this.card(title).getByRole("button", { name: title, exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByTestId("card-dialog");
  }

  /** The board's events through the public API, newest first. */
  async eventTypes(boardId: string): Promise<string[]> {
    const types: string[] = [];
    let cursor = "";
    do {
      const res = await this.page.request.get(`/v1/events?board_id=${boardId}&limit=100${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status()).toBe(200);
      const body = (await res.json()) as { items: { type: string }[]; next_cursor: string | null };
      types.push(...body.items.map((e) => e.type));
      cursor = body.next_cursor ?? "";
    } while (cursor);
    return types;
  }
}
