import { expect, test } from "@playwright/test";
import { smtpPort } from "../playwright.config";
import { startSmtpServer } from "../test/support/smtp-server";
import { totpCode } from "../test/support/totp";
import { newUser, signIn, signOut, signUp } from "./support/accounts";

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

test("Forgot password: the reset link arrives at the test's SMTP server, works once, and signs out every session", async ({
  page,
  browser,
  baseURL,
}) => {
  const smtp = await startSmtpServer(smtpPort);
  try {
    const user = newUser("Reset");
    await signUp(page, user);
    const other = await browser.newContext({ baseURL });
    const otherPage = await other.newPage();
    await signIn(otherPage, user);

    await otherPage.context().clearCookies();
    await otherPage.goto("/sign-in");
    await otherPage.getByRole("link", { name: "Forgot password?" }).click();
    await expect(otherPage).toHaveURL(/\/forgot-password$/);
    await otherPage.getByLabel("Email").fill(user.email);
    await otherPage.getByRole("button", { name: "Send reset link" }).click();
    await expect(otherPage.getByRole("status")).toContainText(`If an account uses ${user.email}`);
    // An unknown address gets exactly the same page.
    await otherPage.goto("/forgot-password");
    await otherPage.getByLabel("Email").fill("nobody.at.all@example.test");
    await otherPage.getByRole("button", { name: "Send reset link" }).click();
    await expect(otherPage.getByRole("status")).toContainText("If an account uses nobody.at.all@example.test");

    const mail = await smtp.waitForMail(user.email);
    const link = new RegExp(`${baseURL}/reset-password\\?token=[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0];
    expect(link).toBeDefined();
    await otherPage.goto(link!);
    await otherPage.getByLabel("New password").fill("a-brand-new-password");
    await otherPage.getByRole("button", { name: "Set new password" }).click();
    await expect(otherPage).toHaveURL(/\/sign-in\?reset=1$/);
    await expect(otherPage.getByText("every session signed out")).toBeVisible();

    // The first browser was signed out by the reset.
    await page.goto("/boards");
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(otherPage, { email: user.email, password: "a-brand-new-password" });
    // The link works once.
    await otherPage.goto(link!);
    await expect(otherPage.getByText("This link no longer works")).toBeVisible();
    expect(smtp.mails.filter((m) => m.to.includes("nobody.at.all@example.test"))).toEqual([]);
    await other.close();
  } finally {
    await smtp.stop();
  }
});

test("Profile: rename, change password with the current one", async ({ page }) => {
  const user = newUser("Profile");
  await signUp(page, user);
  await page.goto("/settings/profile");
  await expect(page.getByRole("heading", { name: "Profile", level: 1 })).toBeVisible();
  await page.getByRole("region", { name: "Name" }).getByRole("textbox").fill("Renamed Person");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved")).toBeVisible();
  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill("not-my-password");
  await password.getByLabel("New password").fill("another-password-2");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("The current password is not right.")).toBeVisible();
  await password.getByLabel("Current password").fill(user.password);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed")).toBeVisible();
  await page.screenshot({ path: "screenshots/profile.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/profile-phone.png", fullPage: true });
});

test("Two-factor: enrol with the QR code's key, then sign-in asks for the code (computed by an independent TOTP library)", async ({
  page,
}) => {
  const user = newUser("TwoFactor");
  await signUp(page, user);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Set up two-factor" }).click();
  const dialog = page.getByRole("dialog", { name: "Set up two-factor authentication" });
  await dialog.getByLabel("Current password").fill(user.password);
  await dialog.getByRole("button", { name: "Continue" }).click();
  await expect(dialog.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await dialog.getByTestId("totp-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.screenshot({ path: "screenshots/two-factor-setup.png" });
  await dialog.getByLabel("Code from the app").fill("000000");
  await dialog.getByRole("button", { name: "Turn on" }).click();
  await expect(dialog.getByText("That code is not right")).toBeVisible();
  await dialog.getByLabel("Code from the app").fill(totpCode(secret));
  await dialog.getByRole("button", { name: "Turn on" }).click();
  await expect(dialog.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await dialog.getByRole("button", { name: "I have saved the codes" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("10 recovery codes left");
  await page.screenshot({ path: "screenshots/security.png", fullPage: true });

  await signOut(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  await page.getByLabel("Authentication code").fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("form-error")).toContainText("That code is not right");
  // The enrolment used this step's code; the next step's is accepted (one step of drift either side).
  await page.getByLabel("Authentication code").fill(totpCode(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/boards$/);
});

test("Workspace settings: rename, then delete with the name typed back", async ({ page }) => {
  const user = newUser("Workspace");
  await signUp(page, user);
  await page.goto("/settings/workspace");
  await expect(page.getByRole("heading", { name: "Workspace", level: 1 })).toBeVisible();
  const name = `Team ${user.name.split(" ")[1]}`;
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByText("Workspace saved")).toBeVisible();
  await page.screenshot({ path: "screenshots/workspace-settings.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/workspace-settings-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto("/boards");
  await page.getByRole("button", { name: "New board" }).first().click();
  await page.getByRole("dialog", { name: "New board" }).getByLabel("Name").fill("Doomed board");
  await page.getByRole("dialog", { name: "New board" }).getByRole("button", { name: "Create board" }).click();
  await expect(page.getByTestId("board-list").getByRole("link", { name: /Doomed board/ })).toBeVisible();

  await page.goto("/settings/workspace");
  await page.getByRole("button", { name: "Delete workspace…" }).click();
  const confirm = page.getByRole("alertdialog");
  const button = confirm.getByRole("button", { name: "Delete workspace" });
  await confirm.getByLabel("Workspace name").fill("not the name");
  await expect(button).toBeDisabled();
  await confirm.getByLabel("Workspace name").fill(name);
  await button.click();
  await expect(page).toHaveURL(/\/boards$/);
  await expect(page.getByText("Doomed board")).toHaveCount(0);
});
