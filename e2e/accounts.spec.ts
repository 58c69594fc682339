import { expect, test } from "@playwright/test";
import { newUser, signIn, signUp } from "./support/accounts";

test("Sessions: a second browser is listed in Settings → Security, ending it signs it out at once", async ({ page, browser, baseURL }) => {
  const user = newUser("Sessions");
  await signUp(page, user);

  // A second browser (the "lost laptop") signs in to the same account.
  const laptop = await browser.newContext({ baseURL, userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/140.0" });
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, user);

  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "This browser" })).toHaveCount(1);
  const lost = rows.filter({ hasText: "Firefox on Windows" });
  await expect(lost).toBeVisible();
  await page.screenshot({ path: "screenshots/security-sessions.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/security-sessions-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await lost.getByRole("button", { name: /End the session/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "End session" }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText("Signed out Firefox on Windows")).toBeVisible();

  // The laptop's next request is refused: /v1 answers 401, pages go to sign-in.
  expect((await laptopPage.request.get("/v1/boards")).status()).toBe(401);
  await laptopPage.goto("/boards");
  await expect(laptopPage).toHaveURL(/\/sign-in/);
  // This browser carries on.
  await page.goto("/boards");
  await expect(page).toHaveURL(/\/boards$/);
  await laptop.close();
});
