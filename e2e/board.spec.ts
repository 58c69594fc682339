import { expect, test } from "@playwright/test";
import { newUser, signIn, signOut, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";

test.describe.configure({ mode: "serial" });

test("build a board, drag a card to another list, and find it there after a reload", async ({ page }) => {
  await signUp(page, newUser("Dragger"));
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Launch plan");
  await expect(page.getByText("This board has no lists yet")).toBeVisible();

  for (const name of ["To do", "Doing", "Done"]) await board.addList(name);
  await board.addCards("To do", ["Write copy", "Design hero", "Set up DNS"]);
  await expect(board.cardsIn("To do")).toHaveCount(3);

  const cardTrail = await board.recordTrail("card-list", "Design hero");
  await board.dragCard("Design hero", board.list("Doing"));
  await expect(board.cardsIn("Doing")).toHaveCount(1);
  await expect(board.list("Doing").getByText("Design hero")).toBeVisible();
  // Dropped, it goes straight to its new list: never a frame back in the old one.
  expect(await cardTrail()).toEqual(["List To do", "List Doing"]);

  await page.reload();
  await expect(board.list("Doing").getByText("Design hero")).toBeVisible();
  await expect(board.cardsIn("To do")).toHaveCount(2);

  // Within a list: drag the last card to the top.
  await board.dragCard("Set up DNS", board.card("Write copy"));
  await expect(board.cardsIn("To do").first()).toContainText("Set up DNS");
  await page.reload();
  await expect(board.cardsIn("To do").first()).toContainText("Set up DNS");

  // Lists move by their headers, and stay where they were dropped.
  const listTrail = await board.recordTrail("list-order");
  await board.dragList("Done", "To do");
  await expect(page.getByTestId("list")).toHaveText([/^Done/, /^To do/, /^Doing/]);
  expect(await listTrail()).toEqual(["List To do | List Doing | List Done", "List Done | List To do | List Doing"]);
  await page.reload();
  await expect(page.getByTestId("list")).toHaveText([/^Done/, /^To do/, /^Doing/]);

  const types = await board.eventTypes(boardId);
  expect(types.filter((t) => t === "list.updated")).toHaveLength(1);
  expect(types.filter((t) => t === "card.moved")).toHaveLength(2);
  expect(types.filter((t) => t === "card.created")).toHaveLength(3);
  expect(types.filter((t) => t === "list.created")).toHaveLength(3);
});

test("move cards with the keyboard and with Move to…; one PATCH per move", async ({ page }) => {
  await signUp(page, newUser("Keys"));
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Keyboard board");
  for (const name of ["Backlog", "Next"]) await board.addList(name);
  await board.addCards("Backlog", ["Alpha", "Beta"]);

  const patches: string[] = [];
  page.on("request", (r) => r.method() === "PATCH" && r.url().includes("/v1/cards/") && patches.push(r.url()));

  // Keyboard: Space picks up, ArrowRight moves to the next list, Space drops.
  const alpha = board.card("Alpha").getByRole("button", { name: "Alpha", exact: true });
  await alpha.focus();
  await page.keyboard.press("Space");
  await page.waitForTimeout(200);
  await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(300);
  await page.keyboard.press("Space");
  await expect(board.list("Next").getByText("Alpha")).toBeVisible();
  await expect(page.locator("[id^=DndLiveRegion]")).toContainText(/Dropped Alpha/);

  // Move to…: Beta to Next, at the top.
  await board.card("Beta").hover();
  await page.getByRole("button", { name: "Actions for Beta" }).click();
  await page.getByRole("menuitem", { name: "Move to…" }).click();
  const dialog = page.getByRole("dialog", { name: "Move card" });
  await dialog.getByLabel("List").click();
  await page.getByRole("option", { name: "Next" }).click();
  await dialog.getByLabel("Position").click();
  await page.getByRole("option", { name: "1 (top)" }).click();
  await dialog.getByRole("button", { name: "Move" }).click();
  await expect(board.cardsIn("Next").first()).toContainText("Beta");
  await expect.poll(() => patches.length).toBe(2);

  await page.reload();
  await expect(board.cardsIn("Next")).toHaveText([/Beta/, /Alpha/]);
  await expect(board.cardsIn("Backlog")).toHaveCount(0);
  const moved = (await board.eventTypes(boardId)).filter((t) => t === "card.moved");
  expect(moved).toHaveLength(2);
});

test("open a card by URL, edit every field, comment, check items, time it, and see each change as an event", async ({ page }) => {
  const user = newUser("Editor");
  await signUp(page, user);
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Card details");
  await board.addList("Work");
  await board.addCards("Work", ["Draft plan"]);
  const cardId = await board.card("Draft plan").getAttribute("data-card-id");

  // Deep link opens the dialog; closing and Back behave.
  await page.goto(`/boards/${boardId}?card=${cardId}`);
  await expect(board.dialog).toBeVisible();
  await expect(board.dialog.getByRole("heading", { name: "Draft plan" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(board.dialog).toBeHidden();
  await expect(page).not.toHaveURL(/card=/);
  await board.openCard("Draft plan");
  await expect(page).toHaveURL(new RegExp(`card=${cardId}`));
  await page.goBack();
  await expect(board.dialog).toBeHidden();
  await board.openCard("Draft plan");
  const d = board.dialog;

  // Title and description (markdown rendered safely: no script, no javascript: link).
  await d.getByTestId("card-title").click();
  await d.getByLabel("Card title").fill("Final plan");
  await d.getByLabel("Card title").press("Enter");
  await expect(d.getByRole("heading", { name: "Final plan" })).toBeVisible();
  await d.getByRole("button", { name: "Add a more detailed description…" }).click();
  await d
    .getByRole("textbox", { name: "Description" })
    .fill("**Bold move**\n\n- one\n- two\n\n<script>window.pwned=1</script>\n\n[bad](javascript:alert(1))");
  await d.getByRole("button", { name: "Save" }).click();
  const md = d.getByTestId("markdown").first();
  await expect(md.locator("strong")).toHaveText("Bold move");
  await expect(md.locator("li")).toHaveCount(2);
  await expect(md.locator("script")).toHaveCount(0);
  expect(await md.locator("a").getAttribute("href")).not.toContain("javascript");

  // Due date, completion, assignee, a new tag.
  await d.getByLabel("Due date", { exact: true }).fill("2030-01-15T10:30");
  await d.getByLabel("Due date", { exact: true }).blur();
  await expect(d.getByText("Jan 15").first()).toBeVisible();
  await d.getByTestId("card-complete-toggle").click();
  await expect(d.getByTestId("card-complete-toggle")).toHaveAttribute("aria-pressed", "true");
  await d.getByRole("button", { name: "Edit assignees" }).click();
  await page.getByRole("option", { name: new RegExp(user.name) }).click();
  await page.keyboard.press("Escape");
  await expect(d.getByTestId("assignee")).toContainText(user.name);
  await d.getByRole("button", { name: "Edit tags" }).click();
  await page.getByLabel("New tag name").fill("Urgent");
  await page.getByRole("radio", { name: "#ef4444" }).click();
  await page.getByRole("button", { name: "Create tag" }).click();
  await expect(page.getByRole("option", { name: "Urgent" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");

  // Checklist with items, one checked.
  await d.getByRole("button", { name: "Add a checklist" }).click();
  await d.getByLabel("New checklist title").fill("Steps");
  await d.getByLabel("New checklist title").press("Enter");
  await d.getByRole("button", { name: "Done", exact: true }).click();
  await d.getByRole("button", { name: "Add an item" }).click();
  for (const item of ["Outline", "Review"]) {
    await d.getByLabel("New item in Steps").fill(item);
    await d.getByLabel("New item in Steps").press("Enter");
    await expect(d.getByRole("checkbox", { name: item })).toBeVisible();
  }
  await d.getByRole("checkbox", { name: "Outline" }).click();
  await expect(d.getByText("1/2")).toBeVisible();

  // Comments: add, edit, delete own.
  await d.getByLabel("Write a comment").fill("First thoughts");
  await d.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(d.getByTestId("comment")).toContainText("First thoughts");
  await expect(d.getByTestId("comment").getByRole("button", { name: "Edit" })).toBeVisible();
  await d.getByTestId("comment").getByRole("button", { name: "Edit" }).click();
  await d.getByLabel("Edit comment").fill("Second thoughts");
  await d.getByTestId("comment").getByRole("button", { name: "Save" }).click();
  await expect(d.getByTestId("comment")).toContainText("edited");
  await d.getByLabel("Write a comment").fill("To be removed");
  await d.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(d.getByTestId("comment")).toHaveCount(2);
  await expect(d.getByTestId("comment").nth(1).getByRole("button", { name: "Delete" })).toBeVisible();
  await d.getByTestId("comment").nth(1).getByRole("button", { name: "Delete" }).click();
  await expect(d.getByTestId("comment")).toHaveCount(1);

  // Timer: visible in the header and on the card while it runs.
  await d.getByRole("button", { name: "Start timer" }).click();
  await expect(page.getByTestId("header-timer")).toContainText("Final plan");
  await expect(d.getByTestId("card-timer-clock")).toBeVisible();
  await page.waitForTimeout(1200);
  await d.getByRole("button", { name: "Stop timer" }).click();
  await expect(page.getByTestId("header-timer")).toBeHidden();
  await d.getByRole("button", { name: "Log time" }).click();
  await page.getByLabel("Time spent").fill("1h 30m");
  await page.getByRole("button", { name: "Log time" }).last().click();
  await expect(d.getByTestId("time-total")).toContainText("1h 30m");
  await expect(d.getByTestId("time-entries").locator("li")).toHaveCount(2);

  // Every change arrived as an event (and the dialog's activity shows them).
  const types = await board.eventTypes(boardId);
  for (const type of [
    "card.created",
    "card.updated",
    "card.completed",
    "tag.added",
    "checklist.item_created",
    "checklist.item_completed",
    "comment.created",
    "comment.updated",
    "comment.deleted",
    "time_entry.started",
    "time_entry.stopped",
    "time_entry.created",
  ]) {
    expect(types, type).toContain(type);
  }
  await expect(d.getByTestId("activity").locator("[data-event-type='comment.created']")).toHaveCount(2);

  // The board reflects the dialog's changes after a reload.
  await d.getByRole("button", { name: "Close" }).click();
  await expect(board.dialog).toBeHidden();
  await page.reload();
  const tile = board.card("Final plan (completed)");
  await expect(tile).toContainText("Urgent");
  await expect(tile).toContainText("Jan 15");
});

test("filters narrow the board and live in the URL", async ({ page }) => {
  await signUp(page, newUser("Filter"));
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Filtered");
  await board.addList("Inbox");
  await board.addCards("Inbox", ["Pay invoice", "Call plumber", "Pay rent"]);
  const rent = await board.card("Pay rent").getAttribute("data-card-id");
  const res = await page.request.patch(`/v1/cards/${rent}`, {
    data: { completed: true, due_at: "2020-01-01T00:00:00Z" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(res.status()).toBe(200);
  await page.reload();

  await page.getByLabel("Filter cards by text").fill("pay");
  await expect(board.cardsIn("Inbox")).toHaveCount(2);
  await expect(page).toHaveURL(/q=pay/);
  await page.getByRole("button", { name: "Status filter" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Open" }).click();
  await page.keyboard.press("Escape");
  await expect(board.cardsIn("Inbox")).toHaveText([/Pay invoice/]);
  await expect(page).toHaveURL(/q=pay\+is%3Aopen/);
  await expect(page.getByTestId("filter-chip")).toHaveText(["pay", "is:open"]);

  await page.reload();
  await expect(page.getByLabel("Filter cards by text")).toHaveValue("pay is:open");
  await expect(board.cardsIn("Inbox")).toHaveCount(1);
  await page.getByRole("button", { name: "Remove filter is:open" }).click();
  await expect(page.getByLabel("Filter cards by text")).toHaveValue("pay");
  await expect(board.cardsIn("Inbox")).toHaveCount(2);
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(board.cardsIn("Inbox")).toHaveCount(3);

  await page.goto(`/boards/${boardId}?q=is%3Adone`);
  await expect(board.cardsIn("Inbox")).toHaveCount(1);
  await expect(page.getByTestId("filter-count")).toHaveText("1 of 3 cards");
});

test("members page: an admin adds by email (an account, an invite), changes a role and removes; a viewer only reads", async ({ page }) => {
  const owner = newUser("Owner");
  const teammate = newUser("Mate");
  // The teammate has an account first, so adding them by email finds it.
  await signUp(page, teammate);
  await signOut(page);

  await signUp(page, owner);
  await page.goto("/settings/members");
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await page.getByLabel("Add a member by email").fill(teammate.email);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const row = page.getByTestId("member-row").filter({ hasText: teammate.email });
  await expect(row).toBeVisible();
  await row.getByLabel(`Role of ${teammate.name}`).click();
  const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/v1/users/"));
  await page.getByRole("option", { name: "Viewer" }).click();
  expect((await saved).status()).toBe(200);
  await expect(row.getByLabel(`Role of ${teammate.name}`)).toHaveText("Viewer");

  await page.getByLabel("Add a member by email").fill("newcomer@example.test");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("list", { name: "Pending invites" })).toContainText("newcomer@example.test");

  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: teammate.email }).getByLabel(`Role of ${teammate.name}`)).toHaveText(
    "Viewer",
  );

  // The viewer sees who is here, but nothing to change.
  await signOut(page);
  await signIn(page, teammate);
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitemradio", { name: new RegExp(`${owner.name}'s workspace`) }).click();
  // The switch is a server action; wait for its redirect before navigating on.
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(page.getByText(`${owner.name}'s workspace`)).toBeVisible();
  await page.goto("/settings/members");
  await expect(page.getByText("Only admins and owners can change membership.")).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await expect(page.getByTestId("member-row").filter({ hasText: owner.email })).toContainText("Owner");
  await expect(page.getByTestId("member-row").filter({ hasText: teammate.email })).toContainText("Viewer");
  await expect(page.getByLabel("Add a member by email")).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Pending invites" })).toHaveCount(0);

  // And the owner removes them, with a confirmation.
  await signOut(page);
  await signIn(page, owner);
  await page.goto("/settings/members");
  await page.getByRole("button", { name: `Remove ${teammate.name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("member-row").filter({ hasText: teammate.email })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("member-row")).toHaveCount(1);
});

test("rename a list and the board in place: Enter saves once, Escape keeps the old name", async ({ page }) => {
  await signUp(page, newUser("Namer"));
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Old board name");
  await board.addList("Backlog");

  const listPatches: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "PATCH" && request.url().includes("/v1/lists/")) listPatches.push(request.postData() ?? "");
  });
  await page.getByRole("button", { name: "Actions for list Backlog" }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByLabel("List name").fill("Icebox");
  const renamed = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/v1/lists/"));
  await page.getByLabel("List name").press("Enter");
  await expect(page.getByRole("button", { name: "Actions for list Icebox" })).toBeVisible();
  expect((await renamed).status()).toBe(200);
  await expect(page.getByLabel("List name")).toHaveCount(0);

  await page.getByRole("button", { name: "Actions for list Icebox" }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByLabel("List name").fill("Never saved");
  await page.getByLabel("List name").press("Escape");
  await expect(page.getByRole("button", { name: "Actions for list Icebox" })).toBeVisible();

  await page.getByRole("button", { name: "Old board name" }).click();
  await page.getByLabel("Board name").fill("New board name");
  await page.getByLabel("Board name").press("Enter");
  await expect(page.getByRole("heading", { name: "New board name" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: "Actions for list Icebox" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "New board name" })).toBeVisible();
  expect(listPatches).toEqual([JSON.stringify({ name: "Icebox" })]);
  expect((await board.eventTypes(boardId)).filter((t) => t === "list.updated")).toHaveLength(1);
});
