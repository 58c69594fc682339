import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { newUser, signUp } from "./support/accounts";
import { BoardPage } from "./support/board-page";

test("drop an image on a card: progress, thumbnail, still there after a reload, identical bytes downloaded, deleted", async ({ page }) => {
  await signUp(page, newUser("Attacher"));
  const board = new BoardPage(page);
  await board.createBoard("Screenshots");
  await board.addList("Inbox");
  await board.addCards("Inbox", ["Bug report"]);
  await board.openCard("Bug report");

  const image = await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: 30, g: 120, b: 220 } } })
    .png()
    .toBuffer();
  // Hold the upload back a moment so its progress can be seen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/v1/files", async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.evaluate(
    ({ base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], "screenshot.png", { type: "image/png" }));
      const dialog = document.querySelector("[data-testid=card-dialog]")!;
      dialog.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      dialog.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { base64: image.toString("base64") },
  );
  await expect(page.getByTestId("upload-progress")).toContainText("screenshot.png");
  release();
  const attachment = page.getByTestId("attachment");
  await expect(attachment).toHaveCount(1);
  await expect(attachment).toContainText("screenshot.png");
  await expect(page.getByTestId("attachment-thumbnail")).toBeVisible({ timeout: 15_000 });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "screenshots/card-attachments.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("card-attachments").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "screenshots/card-attachments-phone.png" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Set it as the cover: the card on the board shows it and counts the attachment.
  await page.getByTestId("attachment-cover").click();
  await expect(page.getByTestId("attachment")).toContainText("Cover");
  await page.keyboard.press("Escape");
  await expect(board.dialog).toBeHidden();
  await expect(board.card("Bug report").getByTestId("card-cover")).toBeVisible();
  await expect(board.card("Bug report").getByTestId("card-attachment-count")).toHaveText("1");
  await page.screenshot({ path: "screenshots/board-card-cover.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/board-card-cover-phone.png" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await board.openCard("Bug report");

  await page.reload();
  await expect(board.dialog).toBeVisible();
  await expect(page.getByTestId("attachment-thumbnail")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByTestId("attachment-download").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("screenshot.png");
  expect((await readFile((await file.path())!)).equals(image)).toBe(true);

  await page.getByTestId("attachment-delete").click();
  await page.getByTestId("confirm-delete-attachment").click();
  await expect(page.getByTestId("attachment")).toHaveCount(0);
  await page.reload();
  await expect(board.dialog.getByText("No attachments yet.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(board.card("Bug report").getByTestId("card-cover")).toHaveCount(0);
});

test("a file over the limit is refused with the reason shown", async ({ page }) => {
  await signUp(page, newUser("Big"));
  const board = new BoardPage(page);
  await board.createBoard("Big files");
  await board.addList("Inbox");
  await board.addCards("Inbox", ["Huge"]);
  await board.openCard("Huge");
  await page.getByTestId("attach-file-input").setInputFiles({
    name: "huge.bin",
    mimeType: "application/octet-stream",
    buffer: Buffer.alloc(26 * 1024 * 1024, 1),
  });
  await expect(page.getByTestId("upload-progress").getByRole("alert")).toContainText("larger than the limit of 25 MiB");
  await expect(page.getByTestId("attachment")).toHaveCount(0);

  // Settings shows the workspace's storage use against its quota: still nothing stored.
  await page.goto("/settings");
  await expect(page.getByTestId("file-storage-usage")).toContainText("0 B of 1.0 GB used");
  await expect(page.getByTestId("file-storage-usage")).toContainText("Files up to 25.0 MB each, at most 100 per card.");
  await page.screenshot({ path: "screenshots/settings-file-storage.png" });
});

test("drop a file onto a card on the board: a toast shows it attached and the card counts it", async ({ page }) => {
  await signUp(page, newUser("Dropper"));
  const board = new BoardPage(page);
  await board.createBoard("Drops");
  await board.addList("Inbox");
  await board.addCards("Inbox", ["Target"]);
  await board.card("Target").evaluate((card) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["meeting notes\n"], "notes.txt", { type: "text/plain" }));
    card.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    card.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText("Attached notes.txt")).toBeVisible();
  await expect(board.card("Target").getByTestId("card-attachment-count")).toHaveText("1");
  await board.openCard("Target");
  await expect(page.getByTestId("attachment")).toContainText("notes.txt");
});
