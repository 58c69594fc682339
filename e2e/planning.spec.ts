import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";

test.describe.configure({ mode: "serial" });

async function cardByTitle(page: Page, boardId: string, title: string) {
  const res = await page.request.get(`/v1/cards?board_id=${boardId}&limit=100`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    items: { id: string; title: string; sprint_id: string | null; start_at: string | null; due_at: string | null }[];
  };
  return body.items.find((c) => c.title === title)!;
}

/** Picks an option of a Radix select by its label. */
async function choose(page: Page, scope: ReturnType<Page["getByTestId"]>, label: string, option: string) {
  await scope.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

test("plan a sprint, activate it, complete it with carry-over; milestones; a dependency moves its successor", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, newUser("Planner"));
  const origin = new URL(page.url()).origin;
  const board = new BoardPage(page);
  const boardId = await board.createBoard("Release 2");
  await board.addList("To do");
  await board.addCards("To do", ["Design", "Build", "Ship"]);
  const bar = page.getByTestId("sprint-bar");
  await expect(bar).toContainText("No active sprint");

  // Two sprints from the planning panel.
  await bar.getByRole("button", { name: /Planning/ }).click();
  const panel = page.getByTestId("planning-dialog");
  await expect(panel.getByText("No sprints yet")).toBeVisible();
  for (const [name, start, end] of [
    ["Sprint 1", "2026-05-04", "2026-05-15"],
    ["Sprint 2", "2026-05-18", "2026-05-29"],
  ]) {
    await panel.getByLabel("Sprint name").fill(name);
    await panel.getByLabel("Start", { exact: true }).fill(start);
    await panel.getByLabel("End", { exact: true }).fill(end);
    await panel.getByLabel("Capacity (points)").fill("10");
    await panel.getByRole("button", { name: "Create sprint" }).click();
    await expect(panel.getByTestId("sprint-row").filter({ hasText: name })).toBeVisible();
  }
  await page.keyboard.press("Escape");

  // Plan two cards into Sprint 1, with estimates.
  for (const [title, estimate] of [
    ["Design", "3"],
    ["Build", "5"],
  ]) {
    await board.openCard(title);
    await choose(page, board.dialog, "Sprint", "Sprint 1 (draft)");
    await expect(board.dialog.getByRole("combobox", { name: "Sprint" })).toContainText("Sprint 1");
    await board.dialog.getByLabel("Estimate").fill(estimate);
    await board.dialog.getByLabel("Estimate").blur();
    await expect.poll(async () => (await cardByTitle(page, boardId, title)).sprint_id).not.toBeNull();
    await page.keyboard.press("Escape");
    await expect(board.dialog).toBeHidden();
  }

  // Plan and activate Sprint 1: the bar shows it with its capacity used.
  await bar.getByRole("button", { name: /Planning/ }).click();
  const row1 = panel.getByTestId("sprint-row").filter({ hasText: "Sprint 1" });
  await row1.getByRole("button", { name: "Plan" }).click();
  await expect(row1.getByTestId("sprint-row-status")).toHaveText("planned");
  await row1.getByRole("button", { name: "Activate" }).click();
  await expect(row1.getByTestId("sprint-row-status")).toHaveText("active");
  // Only one active sprint per board: Sprint 2, once planned, offers Activate but the API refuses it.
  const row2 = panel.getByTestId("sprint-row").filter({ hasText: "Sprint 2" });
  await row2.getByRole("button", { name: "Plan" }).click();
  await expect(row2.getByTestId("sprint-row-status")).toHaveText("planned");
  await row2.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByText(/already has an active sprint/)).toBeVisible();
  await expect(row2.getByTestId("sprint-row-status")).toHaveText("planned");
  await page.keyboard.press("Escape");
  await expect(bar).toContainText("Sprint 1");
  await expect(bar.getByTestId("sprint-status")).toHaveText("active");
  await expect(bar.getByTestId("sprint-capacity")).toHaveText("8 / 10 points");

  // Finish Design, then complete the sprint: Build carries over to Sprint 2.
  await board.openCard("Design");
  await board.dialog.getByTestId("card-complete-toggle").click();
  await expect(board.dialog.getByTestId("card-complete-toggle")).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Escape");
  // The burndown: ideal line from the 8 committed points; Design was finished after the sprint's
  // dates (May), so every day still shows 8 remaining.
  await bar.getByRole("button", { name: "Burndown" }).click();
  const chart = page.getByTestId("burndown-chart");
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-line")).toHaveCount(2);
  await expect(chart.locator("figcaption")).toContainText("2026-05-04: 8 points remaining (ideal 8)");
  await expect(chart.locator("figcaption")).toContainText("2026-05-15: 8 points remaining (ideal 0)");
  await page.screenshot({ path: "screenshots/burndown.png" });
  await page.keyboard.press("Escape");
  await bar.getByRole("button", { name: "Complete sprint" }).click();
  const completion = page.getByTestId("complete-sprint-dialog");
  await expect(completion).toContainText("1 of 2 cards done");
  await expect(completion.getByRole("combobox", { name: "Move unfinished cards to" })).toContainText("Sprint 2");
  await completion.getByRole("button", { name: "Complete sprint" }).click();
  await expect(completion).toBeHidden();
  await expect(bar).toContainText("No active sprint");
  const sprints = (await (await page.request.get(`/v1/sprints?board_id=${boardId}`)).json()).items as {
    id: string;
    name: string;
    status: string;
    snapshot: { carried_over_cards: number; carried_over_to: string } | null;
  }[];
  const s1 = sprints.find((s) => s.name === "Sprint 1")!;
  const s2 = sprints.find((s) => s.name === "Sprint 2")!;
  expect(s1).toMatchObject({ status: "completed", snapshot: { carried_over_cards: 1, carried_over_to: s2.id } });
  expect((await cardByTitle(page, boardId, "Build")).sprint_id).toBe(s2.id);
  expect((await cardByTitle(page, boardId, "Design")).sprint_id).toBe(s1.id);

  // A milestone with its progress bar, and its chip on a card.
  await bar.getByRole("button", { name: /Planning/ }).click();
  await panel.getByRole("tab", { name: "Milestones" }).click();
  await panel.getByLabel("Milestone name").fill("Public beta");
  await panel.getByRole("button", { name: "Create milestone" }).click();
  await expect(panel.getByTestId("milestone-row").filter({ hasText: "Public beta" })).toContainText("0/0 cards");
  await page.keyboard.press("Escape");
  await board.openCard("Build");
  await choose(page, board.dialog, "Milestone", "Public beta");
  await expect(board.dialog.getByRole("combobox", { name: "Milestone" })).toContainText("Public beta");
  await page.keyboard.press("Escape");
  await expect(board.card("Build").getByTestId("card-milestone")).toHaveText("Public beta");
  await bar.getByRole("button", { name: /Planning/ }).click();
  await panel.getByRole("tab", { name: "Milestones" }).click();
  await expect(panel.getByRole("progressbar", { name: "Public beta progress" })).toHaveAttribute("aria-valuemax", "1");
  await expect(panel.getByTestId("milestone-row")).toContainText("0/1 cards");
  await page.keyboard.press("Escape");

  // Dates, then a dependency: Ship must start after Build finishes, so the scheduler moves it.
  const build = await cardByTitle(page, boardId, "Build");
  const ship = await cardByTitle(page, boardId, "Ship");
  for (const [id, start, due] of [
    [build.id, "2026-06-01T00:00:00.000Z", "2026-06-05T00:00:00.000Z"],
    [ship.id, "2026-05-01T00:00:00.000Z", "2026-05-03T00:00:00.000Z"],
  ]) {
    expect((await page.request.patch(`/v1/cards/${id}`, { data: { start_at: start, due_at: due }, headers: { origin } })).status()).toBe(
      200,
    );
  }
  await page.reload();
  await board.openCard("Ship");
  await choose(page, board.dialog, "Depends on card", "Build");
  await board.dialog.getByLabel("Lag in days").fill("1");
  await board.dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(board.dialog.getByTestId("dependency-row")).toContainText("Starts after it finishes: Build");
  await expect(board.dialog.getByLabel("Blocking: not finished yet")).toBeVisible();
  await expect.poll(async () => (await cardByTitle(page, boardId, "Ship")).start_at).toBe("2026-06-06T00:00:00.000Z");
  expect((await cardByTitle(page, boardId, "Ship")).due_at).toBe("2026-06-08T00:00:00.000Z");
  await page.keyboard.press("Escape");
  await expect(board.card("Ship").getByTestId("card-blocked")).toBeVisible();
  await expect(board.card("Build").getByTestId("card-blocked")).toHaveCount(0);
  // The timeline shows the successor where the scheduler put it, after its predecessor.
  await bar.getByRole("button", { name: "Timeline" }).click();
  const shipBar = page.getByTestId("timeline-dialog").getByRole("button", { name: /^Ship:/ });
  await expect(shipBar).toHaveAttribute("data-start", "2026-06-06");
  await expect(shipBar).toHaveAttribute("data-end", "2026-06-08");
  await expect(shipBar).toHaveAccessibleName(/after Build/);
  await page.keyboard.press("Escape");

  const types = await board.eventTypes(boardId);
  for (const type of [
    "sprint.created",
    "sprint.updated",
    "sprint.activated",
    "sprint.completed",
    "card.sprint_changed",
    "milestone.created",
    "dependency.created",
    "schedule.recalculated",
  ]) {
    expect(types, type).toContain(type);
  }
});
