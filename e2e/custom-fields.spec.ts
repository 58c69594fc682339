import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";

test.describe.configure({ mode: "serial" });

/** Opens the board menu's "Custom fields" dialog. */
async function openFieldManager(page: Page) {
  await page.getByRole("button", { name: "Board menu" }).click();
  await page.getByRole("menuitem", { name: "Custom fields" }).click();
  const manager = page.getByRole("dialog", { name: "Custom fields" });
  await expect(manager).toBeVisible();
  return manager;
}

/** Fills the manager's "Add field" form and waits for the server's 201. */
async function addField(page: Page, name: string, type: string, options: { choices?: string[]; showOnCard?: boolean } = {}) {
  const form = page.getByRole("dialog", { name: "Custom fields" }).getByRole("form", { name: "Add field" });
  await form.getByLabel("Field name").fill(name);
  await form.getByRole("combobox", { name: "Field type" }).click();
  await page.getByRole("option", { name: type, exact: true }).click();
  for (const choice of options.choices ?? []) {
    await form.getByLabel(`New option for ${name}`).fill(choice);
    await form.getByLabel(`New option for ${name}`).press("Enter");
    await expect(form.getByLabel(`Option name ${choice}`)).toHaveValue(choice);
  }
  if (options.showOnCard) await form.getByRole("switch", { name: "Show on card" }).click();
  const created = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/v1/xattr"));
  await form.getByRole("button", { name: "Add field" }).click();
  expect((await created).status()).toBe(201);
  await expect(form.getByLabel("Field name")).toHaveValue("");
}

test("define fields from the board menu, set them on a card, see the value on its front after a reload", async ({ page }) => {
  await signUp(page, newUser("Fielder"));
  const board = new BoardPage(page);
  await board.createBoard("Field trip");
  await board.addList("To do");
  await board.addCards("To do", ["Write spec"]);

  const manager = await openFieldManager(page);
  await expect(manager.getByText("No custom fields yet")).toBeVisible();
  await addField(page, "Priority", "Select", { choices: ["High", "Low"], showOnCard: true });
  await addField(page, "Effort", "Number", { showOnCard: true });
  await addField(page, "Spec link", "URL");

  const rows = manager.getByTestId("custom-field-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByLabel("Name of field Priority")).toHaveValue("Priority");
  await expect(rows.nth(0).getByRole("switch", { name: "Show on card" })).toBeChecked();
  await expect(rows.nth(0).getByLabel("Option name High")).toHaveValue("High");
  await expect(rows.nth(0).getByLabel("Option name Low")).toHaveValue("Low");
  await expect(rows.nth(2).getByRole("switch", { name: "Show on card" })).not.toBeChecked();

  // Reorder with the keyboard-reachable buttons: Effort goes first, and stays there.
  const moved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/v1/xattr/") && r.status() === 200);
  await rows.nth(1).getByRole("button", { name: "Move Effort up" }).click();
  await moved;
  await expect(rows.nth(0).getByLabel("Name of field Effort")).toBeVisible();
  await manager.getByRole("button", { name: "Close" }).click();

  await board.openCard("Write spec");
  const dialog = board.dialog;
  let saved = board.cardSaved();
  await dialog.getByRole("combobox", { name: "Priority" }).click();
  await page.getByRole("option", { name: "High" }).click();
  await saved;
  await expect(dialog.getByRole("combobox", { name: "Priority" })).toHaveText(/High/);

  saved = board.cardSaved();
  await dialog.getByLabel("Effort").fill("3");
  await dialog.getByLabel("Effort").press("Enter");
  await saved;

  // A value the server refuses: its 400 message shows under the field, and nothing is kept.
  const refused = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/v1/cards/") && r.status() === 400);
  await dialog.getByLabel("Spec link").fill("not a link");
  await dialog.getByLabel("Spec link").press("Enter");
  await refused;
  await expect(dialog.getByRole("alert").filter({ hasText: /Spec link.*http/ })).toBeVisible();

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  const front = board.card("Write spec");
  await expect(front.getByText("High", { exact: true })).toBeVisible();
  await expect(front.getByTestId("card-field-chips")).toContainText("Effort3");

  await page.reload();
  await expect(board.card("Write spec").getByText("High", { exact: true })).toBeVisible();
  await expect(board.card("Write spec").getByTestId("card-field-chips")).toContainText("Effort3");
  await board.openCard("Write spec");
  await expect(board.dialog.getByRole("combobox", { name: "Priority" })).toHaveText(/High/);
  await expect(board.dialog.getByLabel("Effort")).toHaveValue("3");
  await expect(board.dialog.getByLabel("Spec link")).toHaveValue("");

  // Clearing goes through "None", and the chip leaves the front.
  saved = board.cardSaved();
  await board.dialog.getByRole("combobox", { name: "Priority" }).click();
  await page.getByRole("option", { name: "None" }).click();
  await saved;
  await board.dialog.getByRole("button", { name: "Close" }).click();
  await expect(board.card("Write spec").getByText("High", { exact: true })).toHaveCount(0);
});

test("a viewer sees the fields and the values, and can change none of them", async ({ page, browser }) => {
  const owner = newUser("Owner");
  await signUp(page, owner);
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Read only");
  await board.addList("To do");
  await board.addCards("To do", ["Look only"]);
  const origin = new URL(page.url()).origin;
  const created = await page.request.post("/v1/xattr", {
    data: { board_id: boardId, name: "Priority", type: "select", show_on_card: true, options: [{ name: "High", color: "#ef4444" }] },
    headers: { origin },
  });
  expect(created.status()).toBe(201);
  const priority = (await created.json()) as { id: string; options: { id: string }[] };
  const cardId = await board.card("Look only").getAttribute("data-card-id");
  const set = await page.request.patch(`/v1/cards/${cardId}`, {
    data: { fields: { [priority.id]: priority.options[0].id } },
    headers: { origin },
  });
  expect(set.status()).toBe(200);

  const viewer = newUser("Viewer");
  const context = await browser.newContext();
  const other = await context.newPage();
  await signUp(other, viewer);
  expect((await page.request.post("/v1/users", { data: { email: viewer.email, role: "viewer" }, headers: { origin } })).status()).toBe(201);
  await other.goto("/boards");
  await other.getByTestId("user-menu").click();
  await other.getByRole("menuitemradio", { name: new RegExp(`${owner.name}'s workspace`) }).click();
  await other
    .getByTestId("board-list")
    .getByRole("link", { name: /Read only/ })
    .click();
  await expect(other).toHaveURL(new RegExp(`/boards/${boardId}`));
  const seen = new BoardPage(other);
  await expect(seen.card("Look only").getByText("High", { exact: true })).toBeVisible();

  const manager = await openFieldManager(other);
  await expect(manager.getByTestId("custom-field-row")).toHaveCount(1);
  await expect(manager.getByTestId("custom-field-row")).toContainText("Priority");
  await expect(manager.getByRole("switch", { name: "Show on card" })).toBeDisabled();
  await expect(manager.getByRole("form", { name: "Add field" })).toHaveCount(0);
  await expect(manager.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  await manager.getByRole("button", { name: "Close" }).click();

  // A viewer's cards are not draggable (aria-disabled), so open it by its URL, as a shared link would.
  await other.goto(`/boards/${boardId}?card=${cardId}`);
  await expect(seen.dialog).toBeVisible();
  const fields = seen.dialog.getByTestId("card-custom-fields");
  await expect(fields).toContainText("High");
  await expect(fields.getByRole("combobox")).toHaveCount(0);
  await context.close();
});

test("a field made in the UI filters the board from its picker, saves as a view, and quick find finds a comment", async ({ page }) => {
  await signUp(page, newUser("Organizer"));
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Organized");
  await board.addList("To do");
  await board.addCards("To do", ["Ship it", "Polish it"]);
  const manager = await openFieldManager(page);
  await addField(page, "Priority", "Select", { choices: ["Urgent", "Later"] });
  await manager.getByRole("button", { name: "Close" }).click();

  await board.openCard("Ship it");
  const saved = board.cardSaved();
  await board.dialog.getByRole("combobox", { name: "Priority" }).click();
  await page.getByRole("option", { name: "Urgent" }).click();
  await saved;
  await board.dialog.getByLabel("Write a comment").fill("Ask the pelican team before release");
  await board.dialog.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(board.dialog.getByText("Ask the pelican team before release")).toBeVisible();
  await board.dialog.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Priority filter" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Urgent" }).click();
  await page.keyboard.press("Escape");
  await expect(board.cardsIn("To do")).toHaveText([/Ship it/]);
  await expect(page.getByTestId("filter-chip")).toHaveText(["field.Priority:Urgent"]);
  await page.getByRole("button", { name: "Saved views" }).click();
  await page.getByRole("menuitem", { name: "Save current filter…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save view" });
  await dialog.getByLabel("Name").fill("Urgent");
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`/boards/${boardId}`);
  await expect(board.cardsIn("To do")).toHaveCount(2);
  await page.getByRole("button", { name: "Saved views" }).click();
  await page.getByTestId("saved-view").filter({ hasText: "Urgent" }).click();
  await expect(board.cardsIn("To do")).toHaveText([/Ship it/]);

  await page.keyboard.press("Control+k");
  const palette = page.getByTestId("quick-find");
  await palette.getByRole("combobox", { name: "Find cards" }).fill("pelican");
  await expect(palette.getByRole("option")).toHaveText([/Ship it/]);
  await page.keyboard.press("Enter");
  await expect(board.dialog).toBeVisible();
});
