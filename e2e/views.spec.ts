import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";

/** A board with a Priority field and three cards, and a second board, through /v1 from the signed-in page. */
async function seed(page: Page) {
  return page.evaluate(async () => {
    const call = async (method: string, path: string, body: unknown) => {
      const res = await fetch(path, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const board = await call("POST", "/v1/boards", { name: "Launch" });
    const other = await call("POST", "/v1/boards", { name: "Ops" });
    const todo = await call("POST", "/v1/lists", { board_id: board.id, name: "Todo" });
    const doing = await call("POST", "/v1/lists", { board_id: other.id, name: "Doing" });
    const priority = await call("POST", "/v1/xattr", {
      board_id: board.id,
      name: "Priority",
      type: "select",
      options: [{ name: "High", color: "#ef4444" }, { name: "Low" }],
    });
    const [high, low] = priority.options.map((o: { id: string }) => o.id);
    const me = (await (await fetch("/v1/users?limit=1")).json()).items[0].id;
    await call("POST", "/v1/cards", { list_id: todo.id, title: "Press release", fields: { [priority.id]: high }, assignee_ids: [me] });
    await call("POST", "/v1/cards", { list_id: todo.id, title: "Landing page", fields: { [priority.id]: low } });
    await call("POST", "/v1/cards", { list_id: todo.id, title: "Thank-you notes", completed: true, fields: { [priority.id]: high } });
    await call("POST", "/v1/cards", {
      list_id: doing.id,
      title: "Rotate keys",
      assignee_ids: [me],
      due_at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    return { boardId: board.id as string };
  });
}

test("filter by a custom field, build the query from pickers and chips, save it as a view and apply it again", async ({ page }) => {
  await signUp(page, newUser("Viewer"));
  const { boardId } = await seed(page);
  await page.goto(`/boards/${boardId}`);
  const cards = page.locator("[data-card-id]");
  await expect(cards).toHaveCount(3);

  // The field's own picker writes the same term as typing it.
  await page.getByRole("button", { name: "Priority filter" }).click();
  await page.getByRole("menuitemcheckbox", { name: "High" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("board-filter-input")).toHaveValue("field.Priority:High");
  await page.getByTestId("board-filter-input").fill("field.priority:high");
  await expect(cards).toHaveText([/Press release/, /Thank-you notes/]);
  await page.getByRole("button", { name: "Status filter" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Open" }).click();
  await page.keyboard.press("Escape");
  await expect(cards).toHaveText([/Press release/]);
  await expect(page.getByTestId("filter-chip")).toHaveText(["field.priority:high", "is:open"]);

  await page.getByRole("button", { name: "Saved views" }).click();
  await page.getByRole("menuitem", { name: "Save current filter…" }).click();
  const dialog = page.getByRole("dialog", { name: "Save view" });
  await dialog.getByLabel("Name").fill("Urgent and open");
  await dialog.getByRole("switch", { name: "Share with the workspace" }).click();
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Saved views" })).toHaveText(/Urgent and open/);
  await page.screenshot({ path: "screenshots/board-saved-view.png" });

  await page.getByRole("button", { name: "Clear" }).click();
  await expect(cards).toHaveCount(3);
  await page.getByRole("button", { name: "Saved views" }).click();
  await page.getByTestId("saved-view").filter({ hasText: "Urgent and open" }).click();
  await expect(page.getByTestId("board-filter-input")).toHaveValue("field.priority:high is:open");
  await expect(cards).toHaveText([/Press release/]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/board-saved-view-phone.png" });
});

test("the Views page lists matching cards across boards, and saves a workspace-wide view", async ({ page }) => {
  await signUp(page, newUser("Planner"));
  await seed(page);
  await page.goto("/views");
  // The first built-in view: my open cards, on both boards.
  const rows = page.getByTestId("view-cards").getByRole("link");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Rotate keys" })).toContainText("Ops · Doing");
  await expect(rows.filter({ hasText: "Press release" })).toContainText("Launch · Todo");

  await page.getByRole("button", { name: "Due this week" }).click();
  await expect(rows).toHaveText([/Rotate keys/]);

  await page.getByLabel("Query across boards").fill("field.priority:any");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(rows).toHaveCount(3);
  await page.getByRole("button", { name: "Save view" }).click();
  const dialog = page.getByRole("dialog", { name: "Save view" });
  await dialog.getByLabel("Name").fill("Prioritised");
  await dialog.getByRole("button", { name: "Save view" }).click();
  await page.getByRole("navigation", { name: "Views" }).getByRole("button", { name: "Prioritised" }).click();
  await expect(page).toHaveURL(/view=sf_/);
  await expect(rows).toHaveCount(3);
  await page.screenshot({ path: "screenshots/views-page.png" });
  await rows.filter({ hasText: "Landing page" }).click();
  await expect(page.getByTestId("card-dialog")).toBeVisible();
});

test("the Milestone and Sprint pickers filter the board by planning", async ({ page }) => {
  await signUp(page, newUser("Planner"));
  const boardId = await page.evaluate(async () => {
    const post = async (path: string, body: unknown = {}) => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const board = await post("/v1/boards", { name: "Release" });
    const list = await post("/v1/lists", { board_id: board.id, name: "Todo" });
    const beta = await post("/v1/milestones", { board_id: board.id, name: "Beta" });
    const sprint = await post("/v1/sprints", { board_id: board.id, name: "Sprint 1" });
    await post("/v1/cards", { list_id: list.id, title: "In beta", milestone_id: beta.id });
    await post("/v1/cards", { list_id: list.id, title: "In the sprint", sprint_id: sprint.id });
    await post("/v1/cards", { list_id: list.id, title: "Unplanned" });
    return board.id as string;
  });
  await page.goto(`/boards/${boardId}`);
  const cards = page.locator("[data-card-id]");
  await expect(cards).toHaveCount(3);
  await page.getByRole("button", { name: "Milestone filter" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Beta" }).click();
  await page.keyboard.press("Escape");
  await expect(cards).toHaveText([/In beta/]);
  await expect(page.getByTestId("filter-chip")).toHaveText(["milestone:Beta"]);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("button", { name: "Sprint filter" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Backlog" }).click();
  await page.keyboard.press("Escape");
  await expect(cards).toHaveText([/In beta/, /Unplanned/]);
});
