import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";

/** Two boards through /v1 from the signed-in page; the card to find has the word only in a comment. */
async function seed(page: Page) {
  return page.evaluate(async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const roadmap = await post("/v1/boards", { name: "Roadmap" });
    const ops = await post("/v1/boards", { name: "Operations" });
    const todo = await post("/v1/lists", { board_id: roadmap.id, name: "Todo" });
    const doing = await post("/v1/lists", { board_id: ops.id, name: "Doing" });
    await post("/v1/cards", { list_id: todo.id, title: "Plan the offsite", description: "Venue and travel" });
    const target = await post("/v1/cards", { list_id: doing.id, title: "Renew insurance" });
    await post("/v1/comments", { card_id: target.id, body: "The broker says the flamingo clause needs a signature." });
    await post("/v1/cards", { list_id: doing.id, title: "Flamingo statue for the lobby" });
    return { boardId: ops.id as string, cardId: target.id as string };
  });
}

test("Ctrl+K finds a card by a word in one of its comments and opens it", async ({ page }) => {
  await signUp(page, newUser("Finder"));
  const { boardId, cardId } = await seed(page);
  await page.goto("/boards");

  await page.keyboard.press("Control+k");
  const palette = page.getByTestId("quick-find");
  await expect(palette).toBeVisible();
  await expect(palette.getByText("Type to find cards")).toBeVisible();
  await palette.getByRole("combobox", { name: "Find cards" }).fill("flamingo");
  const options = palette.getByRole("option");
  // The title match ranks first, the comment match second, with its snippet.
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText("Flamingo statue for the lobby");
  await expect(options.nth(1)).toContainText("Renew insurance");
  await expect(options.nth(1)).toContainText("Comment: broker says the flamingo clause");
  await expect(options.nth(1).locator("mark")).toHaveText("flamingo");
  await page.screenshot({ path: "screenshots/quick-find.png" });

  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/boards/${boardId}\\?card=${cardId}`));
  const dialog = page.getByTestId("card-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Renew insurance").first()).toBeVisible();
});

test("/ opens the palette outside fields; no hits and phone width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUp(page, newUser("Phone"));
  await seed(page);
  await page.goto("/boards");
  await page.keyboard.press("/");
  const palette = page.getByTestId("quick-find");
  await expect(palette).toBeVisible();
  const input = palette.getByRole("combobox", { name: "Find cards" });
  await expect(input).toBeFocused();
  // "/" typed inside the palette's field stays in the field.
  await page.keyboard.type("zebra/");
  await expect(input).toHaveValue("zebra/");
  await expect(palette.getByText("No cards match")).toBeVisible();
  await input.fill("insurnce");
  await expect(palette.getByRole("option")).toHaveCount(1);
  await expect(palette.getByRole("option")).toContainText("Renew insurance");
  await page.screenshot({ path: "screenshots/quick-find-phone.png" });
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
});

test("the board filter bar takes a typed query, kept in the URL and evaluated by the server", async ({ page }) => {
  await signUp(page, newUser("Filterer"));
  const { boardId } = await seed(page);
  await page.goto(`/boards/${boardId}`);
  await expect(page.getByText("Flamingo statue for the lobby")).toBeVisible();
  const input = page.getByTestId("board-filter-input");
  await input.fill("-flamingo OR is:done");
  await expect(page.getByText("Flamingo statue for the lobby")).toBeHidden();
  await expect(page.getByText("Renew insurance")).toBeVisible();
  await expect(page).toHaveURL(/q=-flamingo\+OR\+is%3Adone|q=-flamingo%20OR%20is%3Adone/);
  await page.reload();
  await expect(input).toHaveValue("-flamingo OR is:done");
  await expect(page.getByText("Flamingo statue for the lobby")).toBeHidden();
  await input.fill("is:open (");
  await expect(page.getByTestId("board-filter-problem")).toHaveText("Expected a term at position 10");
  await page.screenshot({ path: "screenshots/board-filter-query.png" });
});
