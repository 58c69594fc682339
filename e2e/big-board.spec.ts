import { expect, test } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";
import { seedBoard } from "./support/seed-board";

const LISTS = 8;
const CARDS = 40;

const cardPosition = async (board: BoardPage, title: string) => {
  const page = board.page;
  const id = await board.card(title).getAttribute("data-card-id");
  const res = await page.request.get(`/v1/cards/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { list_id: string; position: number };
};

test("a big board renders the cards in view, shows more on scroll, and still moves cards by mouse and keyboard", async ({ page }) => {
  await signUp(page, newUser("Big"));
  const boardId = await seedBoard(page, { name: "Big board", lists: LISTS, cardsPerList: CARDS });
  const board = new BoardPage(page);
  await page.goto(`/boards/${boardId}`);

  // Every list knows its 40 cards; only those in view are on the page.
  await expect(board.list("List 1")).toHaveAttribute("data-card-count", String(CARDS));
  await expect(board.card("Card 1.1")).toBeVisible();
  const rendered = await page.getByTestId("card").count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan((LISTS * CARDS) / 2);
  await expect(board.cardsIn("List 8")).toHaveCount(0);
  await expect(board.card("Card 1.1")).toHaveAttribute("aria-setsize", String(CARDS));

  // Scrolling a list down brings its last card; scrolling the board sideways brings the last list's.
  const list1 = board.list("List 1").getByRole("list", { name: "Cards in List 1" });
  await list1.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(board.card("Card 1.40")).toBeInViewport({ ratio: 1 });
  // The list lands at its very bottom: the cards' estimated heights match their measured ones.
  const gap = await list1.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
  expect(gap).toBeLessThan(2);
  await page.screenshot({ path: "screenshots/board-big.png" });
  await expect(board.card("Card 1.40")).toHaveAttribute("aria-posinset", "40");
  await page.getByTestId("board-canvas").evaluate((el) => el.scrollTo(el.scrollWidth, 0));
  await expect(board.card("Card 8.1")).toBeInViewport();
  await page.getByTestId("board-canvas").evaluate((el) => el.scrollTo(0, 0));

  // Drag the last card of List 1 (scrolled into view) onto List 2.
  await board.dragCard("Card 1.40", board.card("Card 2.2"));
  await expect(board.list("List 2")).toHaveAttribute("data-card-count", String(CARDS + 1));
  expect((await cardPosition(board, "Card 1.40")).list_id).toBe(await board.list("List 2").getAttribute("data-list-id"));

  // Keyboard: pick up the first card of List 3 and carry it down past the cards rendered at first.
  const steps = 20;
  await board.card("Card 3.1").getByRole("button", { name: "Card 3.1", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(200);
  const announced = page.locator("[id^=DndLiveRegion]");
  for (let i = 1; i <= steps; i++) {
    await page.keyboard.press("ArrowDown");
    // Each step is spoken; the cards further down appear as the list scrolls along.
    await expect(announced).toContainText(`Card 3.1 is over position ${i + 1} of ${CARDS} in list List 3.`);
  }
  const saved = board.cardSaved();
  await page.keyboard.press("Space");
  await saved;
  expect(await cardPosition(board, "Card 3.1")).toMatchObject({ position: steps });

  await page.reload();
  await expect(board.list("List 1")).toHaveAttribute("data-card-count", String(CARDS - 1));
  await expect(board.list("List 2")).toHaveAttribute("data-card-count", String(CARDS + 1));
  await expect(board.cardsIn("List 3").first()).toContainText("Card 3.2");
});
