import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";

/** A board with 20 cards in "Todo" and an empty "Done", through /v1 from the signed-in page. */
async function seed(page: Page) {
  return page.evaluate(async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const board = await post("/v1/boards", { name: "Bulk" });
    const todo = await post("/v1/lists", { board_id: board.id, name: "Todo" });
    await post("/v1/lists", { board_id: board.id, name: "Done" });
    for (let i = 1; i <= 20; i++) await post("/v1/cards", { list_id: todo.id, title: `Task ${String(i).padStart(2, "0")}` });
    return board.id as string;
  });
}

test("select 20 cards with a shift-click, move them with one call, and undo the whole move at once", async ({ page }) => {
  // Tall enough that all 20 cards are rendered (lists render the cards near the viewport).
  await page.setViewportSize({ width: 1280, height: 2200 });
  await signUp(page, newUser("Bulker"));
  const boardId = await seed(page);
  const board = new BoardPage(page);
  await page.goto(`/boards/${boardId}`);
  await expect(board.cardsIn("Todo")).toHaveCount(20);

  await board.card("Task 01").hover();
  await board.card("Task 01").getByRole("checkbox", { name: "Select Task 01" }).click();
  await expect(page.getByTestId("bulk-bar")).toContainText("1 selected");
  await board
    .card("Task 20")
    .getByRole("checkbox", { name: "Select Task 20" })
    .click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("bulk-bar")).toContainText("20 selected");
  await page.screenshot({ path: "screenshots/bulk-selection.png" });

  const calls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/v1/cards")) calls.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  await page.getByRole("toolbar", { name: "Bulk actions" }).getByRole("button", { name: "Move to" }).click();
  await page.getByRole("menuitem", { name: "Done" }).click();
  await expect(board.cardsIn("Done")).toHaveCount(20);
  await expect(board.cardsIn("Todo")).toHaveCount(0);
  await expect(page.getByTestId("bulk-bar")).toBeHidden();
  expect(calls.filter((c) => c.startsWith("POST"))).toEqual(["POST /v1/cards/bulk"]);
  expect(calls.filter((c) => c.startsWith("PATCH"))).toEqual([]);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(board.cardsIn("Todo")).toHaveCount(20);
  await expect(board.cardsIn("Done")).toHaveCount(0);
  await expect(board.cardsIn("Todo").first()).toContainText("Task 01");
  await expect(board.cardsIn("Todo").last()).toContainText("Task 20");
  const events = await page.evaluate(async (id) => (await (await fetch(`/v1/events?board_id=${id}&limit=100`)).json()).items, boardId);
  expect(events.filter((e: { type: string }) => e.type === "card.moved")).toHaveLength(40);
});

test("x picks the focused card, and Complete acts on every picked card", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 2200 });
  await signUp(page, newUser("Picker"));
  const boardId = await seed(page);
  await page.goto(`/boards/${boardId}`);
  await expect(new BoardPage(page).cardsIn("Todo")).toHaveCount(20);
  await page.getByRole("button", { name: "Task 02", exact: true }).focus();
  await page.keyboard.press("x");
  await page.getByRole("button", { name: "Task 03", exact: true }).focus();
  await page.keyboard.press("x");
  await expect(page.getByTestId("bulk-bar")).toContainText("2 selected");
  await page.getByRole("toolbar", { name: "Bulk actions" }).getByRole("button", { name: "Complete" }).click();
  await expect(page.getByRole("button", { name: "Task 02 (completed)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Task 03 (completed)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Task 04", exact: true })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Task 05", exact: true }).focus();
  await page.keyboard.press("x");
  await page.screenshot({ path: "screenshots/bulk-bar-phone.png" });
});
