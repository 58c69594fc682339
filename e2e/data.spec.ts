import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { trelloBoard } from "../test/support/trello-export";
import { newUser, signOut, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";

test.describe.configure({ mode: "serial" });

/** A board with one card and two finished time entries on it, through /v1 from the signed-in page. */
async function seedTime(page: Page): Promise<{ boardId: string }> {
  return page.evaluate(async () => {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const board = await post("/v1/boards", { name: "Client work" });
    const list = await post("/v1/lists", { board_id: board.id, name: "Doing" });
    const card = await post("/v1/cards", { list_id: list.id, title: "Invoice-ready task" });
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await post("/v1/time_entries", { card_id: card.id, started_at: ago(100), duration_seconds: 3600, note: "=cmd first", billable: true });
    await post("/v1/time_entries", { card_id: card.id, started_at: ago(35), duration_seconds: 1800, note: "second, with a comma" });
    return { boardId: board.id as string };
  });
}

test("Reports: totals, grouping, chart and a CSV download that parses back", async ({ page }) => {
  const user = newUser("Reporter");
  await signUp(page, user);
  const { boardId } = await seedTime(page);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { name: "Reports" })).toBeVisible();
  await expect(page.getByTestId("report-total")).toHaveText("Total 1:30 h · 2 entries");
  await expect(page.getByTestId("report-table").getByRole("row", { name: new RegExp(user.name) })).toContainText("1:30");
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();

  // Group by card instead, then only billable time.
  await page.getByRole("combobox", { name: "Group by" }).click();
  await page.getByRole("option", { name: "Card" }).click();
  await expect(page.getByTestId("report-table")).toContainText("Invoice-ready task");
  await page.getByRole("combobox", { name: "Billable" }).click();
  await page.getByRole("option", { name: "Billable", exact: true }).click();
  await expect(page.getByTestId("table-total")).toHaveText("1:00");
  await page.getByRole("combobox", { name: "Billable" }).click();
  await page.getByRole("option", { name: "All entries" }).click();
  await expect(page.getByTestId("table-total")).toHaveText("1:30");

  await page.screenshot({ path: "test-results/reports-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/reports-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^time-entries-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await readFile((await download.path())!), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.map((r) => [r.card, r.duration_seconds, r.note, r.billable])).toEqual([
    ["Invoice-ready task", "3600", "'=cmd first", "true"],
    ["Invoice-ready task", "1800", "second, with a comma", "false"],
  ]);

  // The board's menu shows its tracked time.
  await page.goto(`/boards/${boardId}`);
  await page.getByRole("button", { name: "Board menu" }).click();
  await expect(page.getByTestId("board-time-total")).toHaveText(/Time tracked: 1:30 h/);
});

test("Trello import: upload with progress, then the board with its lists and cards", async ({ page }) => {
  await signUp(page, newUser("Mover"));
  await page.getByRole("button", { name: "Import" }).click();
  const dialog = page.getByRole("dialog", { name: "Import a board" });
  await dialog.getByLabel("Export file").setInputFiles({
    name: "trello-roadmap.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(trelloBoard())),
  });
  await dialog.getByRole("button", { name: "Import", exact: true }).click();
  await expect(dialog.getByRole("status")).toHaveText("Imported 4 cards in 3 lists.");
  await page.screenshot({ path: "test-results/import-desktop.png" });
  await dialog.getByRole("link", { name: "Open the board" }).click();
  await expect(page.getByRole("heading", { name: "Trello Roadmap" })).toBeVisible();
  await expect(page.getByTestId("list")).toHaveText([/^To do/, /^Doing/]);
  await expect(page.getByText("Write the importer")).toBeVisible();
  await expect(page.getByText("Second in To do")).toBeVisible();

  // The board's cards CSV, with a preview and a column mapping, into this board.
  await page.getByRole("button", { name: "Board menu" }).click();
  await page.getByRole("menuitem", { name: "Import cards from CSV" }).click();
  const csv = page.getByRole("dialog", { name: "Import cards from CSV" });
  await csv.getByLabel("CSV file (UTF-8)").setInputFiles({
    name: "cards.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Name,Stage,Notes\r\nFrom the spreadsheet,Doing,imported\r\nAnother row,Later,\r\n"),
  });
  await expect(csv.getByRole("table", { name: "Preview of the first rows as cards" })).toContainText("From the spreadsheet");
  await csv.getByLabel("List").click();
  await page.getByRole("option", { name: "Stage" }).click();
  await csv.getByLabel("Description").click();
  await page.getByRole("option", { name: "Notes" }).click();
  await csv.getByRole("button", { name: "Import cards" }).click();
  await expect(csv.getByRole("status")).toHaveText("Imported 2 cards in 2 lists.");
  await csv.getByRole("button", { name: "Close" }).first().click();
  await expect(page.getByTestId("list")).toHaveText([/^To do/, /^Doing/, /^Later/]);
  await expect(page.getByText("From the spreadsheet")).toBeVisible();
});

test("an owner logs time for a member from the card, and the report counts it under them", async ({ page }) => {
  const member = newUser("Logger");
  await signUp(page, member);
  await signOut(page);
  await signUp(page, newUser("Lead"));
  const { boardId } = await seedTime(page);
  const added = await page.evaluate(async (email) => {
    const res = await fetch("/v1/users", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, role: "member" }),
    });
    return res.status;
  }, member.email);
  expect(added).toBe(201);

  const board = new BoardPage(page);
  await page.goto(`/boards/${boardId}`);
  await board.openCard("Invoice-ready task");
  await board.dialog.getByRole("button", { name: "Log time" }).click();
  await page.getByLabel("Time spent").fill("2h");
  await page.getByRole("combobox", { name: "Logged for" }).click();
  await page.getByRole("option", { name: member.name }).click();
  await page.getByRole("button", { name: "Log time" }).last().click();
  await expect(board.dialog.getByTestId("time-entries")).toContainText(member.name.split(" ")[0]);

  await page.goto("/reports");
  await expect(page.getByTestId("report-table").getByRole("row", { name: new RegExp(member.name) })).toContainText("2:00");
});
