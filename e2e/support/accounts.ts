import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export type E2eUser = { name: string; email: string; password: string };

export function newUser(label = "User"): E2eUser {
  const id = randomBytes(4).toString("hex");
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase()}.${id}@example.test`,
    password: `pw-${id}-${randomBytes(4).toString("hex")}`,
  };
}

/** Page object for the sign-up and sign-in forms. */
export async function signUp(page: Page, user: E2eUser): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/boards$/);
}

export async function signIn(page: Page, user: Pick<E2eUser, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/boards$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}
