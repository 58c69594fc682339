import { expect, test } from "@playwright/test";
import { newUser, signOut, signUp } from "./support/accounts";

test("an invited email signs up into the inviting workspace and is told what they joined", async ({ page, browser }) => {
  const owner = newUser("Host");
  await signUp(page, owner);
  const origin = new URL(page.url()).origin;
  expect((await page.request.post("/v1/boards", { data: { name: "Launch plan" }, headers: { origin } })).status()).toBe(201);

  const invitee = newUser("Guest");
  await page.goto("/settings/members");
  await page.getByLabel("Add a member by email").fill(invitee.email);
  await page.getByLabel("Role for the new member").click();
  await page.getByRole("option", { name: "Admin" }).click();
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("list", { name: "Pending invites" })).toContainText(invitee.email);
  await signOut(page);

  // A browser of their own.
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto("/sign-up");
  await guest.getByLabel("Name").fill(invitee.name);
  await guest.getByLabel("Email").fill(invitee.email);
  await guest.getByLabel("Password").fill(invitee.password);
  await guest.getByRole("button", { name: "Create account" }).click();

  await expect(guest.getByTestId("joined-notice")).toHaveText(`You joined ${owner.name}'s workspace as admin.`);
  // Once: the address no longer carries the notice, so a reload does not repeat it.
  await expect(guest).toHaveURL(/\/boards$/);
  await expect(guest.getByTestId("board-list").getByRole("link", { name: /Launch plan/ })).toBeVisible();
  await expect(guest.getByText(`${owner.name}'s workspace`, { exact: true })).toBeVisible();
  // No workspace of their own was made: with one workspace the menu offers no switch.
  await guest.getByTestId("user-menu").click();
  await expect(guest.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await expect(guest.getByRole("menuitemradio")).toHaveCount(0);
  await guest.keyboard.press("Escape");
  await guest.reload();
  await expect(guest.getByTestId("board-list").getByRole("link", { name: /Launch plan/ })).toBeVisible();
  await expect(guest.getByTestId("joined-notice")).toHaveCount(0);
  await context.close();
});
