import { expect, test } from "@playwright/test";
import { newUser, signIn, signOut, signUp } from "./support/accounts";

test("sign up, create a board, sign out, be refused, sign back in", async ({ page }) => {
  const user = newUser("Alice");
  await signUp(page, user);
  await expect(page.getByRole("heading", { name: "Boards", exact: true })).toBeVisible();
  await expect(page.getByText("No boards yet")).toBeVisible();
  await page.screenshot({ path: "screenshots/boards-empty.png", fullPage: true });

  await page.getByRole("button", { name: "New board" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New board" });
  await dialog.getByLabel("Name").fill("Website launch");
  await dialog.getByLabel("Description").fill("Everything for the October release");
  await dialog.getByRole("button", { name: "Create board" }).click();
  const list = page.getByTestId("board-list");
  await expect(list.getByRole("link", { name: /Website launch/ })).toBeVisible();
  await page.reload();
  await expect(list.getByRole("link", { name: /Website launch/ })).toBeVisible();
  await page.screenshot({ path: "screenshots/boards.png", fullPage: true });

  await signOut(page);
  await page.goto("/boards");
  await expect(page).toHaveURL(/\/sign-in/);
  const refused = await page.request.get("/v1/boards");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: "unauthorized" });

  await signIn(page, user);
  await expect(page.getByTestId("board-list").getByRole("link", { name: /Website launch/ })).toBeVisible();
});

test("wrong password and unknown email get the same message", async ({ page }) => {
  const user = newUser("Bob");
  await signUp(page, user);
  await signOut(page);
  await page.goto("/sign-in");
  await page.screenshot({ path: "screenshots/sign-in.png", fullPage: true });
  for (const email of [user.email, `nobody.${Date.now()}@example.test`]) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Email or password is incorrect.");
  }
});

test("a second account does not see the first account's boards", async ({ page, browser }) => {
  const owner = newUser("Owner");
  await signUp(page, owner);
  const created = await page.request.post("/v1/boards", {
    data: { name: "Secret plans" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  const boardId = (await created.json()).id;

  const other = await browser.newPage();
  await signUp(other, newUser("Other"));
  await expect(other.getByText("No boards yet")).toBeVisible();
  expect((await other.request.get(`/v1/boards/${boardId}`)).status()).toBe(404);
  await other.close();
});

test("a member added to another workspace switches to it from the user menu", async ({ page, browser }) => {
  const owner = newUser("Lead");
  await signUp(page, owner);
  const origin = new URL(page.url()).origin;
  expect((await page.request.post("/v1/boards", { data: { name: "Shared roadmap" }, headers: { origin } })).status()).toBe(201);

  const teammate = newUser("Mate");
  // Its own context (cookies), so a second tab can share it.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, teammate);
  expect((await page.request.post("/v1/users", { data: { email: teammate.email, role: "member" }, headers: { origin } })).status()).toBe(
    201,
  );

  await other.reload();
  await expect(other.getByText("No boards yet")).toBeVisible();
  // A second tab stays on the teammate's own workspace while the first one switches.
  const ownTab = await otherContext.newPage();
  await ownTab.goto("/boards");
  await expect(ownTab.getByText("No boards yet")).toBeVisible();
  await other.getByTestId("user-menu").click();
  await other.getByRole("menuitemradio", { name: new RegExp(`${owner.name}'s workspace`) }).click();
  await expect(other.getByTestId("board-list").getByRole("link", { name: /Shared roadmap/ })).toBeVisible();
  await expect(other.getByText(`${owner.name}'s workspace`)).toBeVisible();
  // The API follows the browser's choice of workspace too.
  const boards = await (await other.request.get("/v1/boards")).json();
  expect(boards.items.map((b: { name: string }) => b.name)).toEqual(["Shared roadmap"]);

  // The other tab still acts in the workspace it shows, though the cookie now names the lead's.
  await ownTab.getByRole("button", { name: "New board" }).first().click();
  await ownTab.getByRole("dialog", { name: "New board" }).getByLabel("Name").fill("My own notes");
  await ownTab.getByRole("dialog", { name: "New board" }).getByRole("button", { name: "Create board" }).click();
  await expect(ownTab.getByTestId("board-list").getByRole("link", { name: /My own notes/ })).toBeVisible();
  await other.reload();
  await expect(other.getByTestId("board-list").getByRole("link", { name: /Shared roadmap/ })).toBeVisible();
  await expect(other.getByText("My own notes")).toHaveCount(0);
  await otherContext.close();
});
