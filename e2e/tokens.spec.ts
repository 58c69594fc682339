import { expect, request, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";

/** Page object for Settings → Integrations → API Tokens. */
async function createTokenInUi(page: Page, options: { name: string; scope: "Read" | "Read + Write"; expiry?: string }): Promise<string> {
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API token" });
  await dialog.getByLabel("Name").fill(options.name);
  if (options.scope !== "Read") {
    await dialog.getByRole("combobox", { name: "Scope" }).click();
    await page.getByRole("option", { name: options.scope }).click();
  }
  if (options.expiry) {
    await dialog.getByRole("combobox", { name: "Expiration" }).click();
    await page.getByRole("option", { name: options.expiry }).click();
  }
  await dialog.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("dialog", { name: "Token created" });
  await expect(shown.getByText("it will not be shown again")).toBeVisible();
  const token = (await shown.getByTestId("api-token-secret").textContent())!.trim();
  expect(token).toMatch(/^tt_[0-9A-Za-z]{40}$/);
  await shown.getByRole("button", { name: "Copy token" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
  await page.screenshot({ path: `screenshots/token-created-${options.scope === "Read" ? "read" : "read-write"}.png` });
  await shown.getByRole("button", { name: "I have copied the token" }).click();
  // While it fades out the dialog keeps showing the token, not an empty form with its own
  // "Create token" button (which a quick second click used to hit).
  expect(await page.getByRole("dialog", { name: "Create API token" }).count()).toBe(0);
  await expect(shown).toBeHidden();
  return token;
}

test("API tokens: create Read and Read + Write tokens, use them from a script, revoke them; an expired token is refused", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, newUser("Tokens"));
  await page.goto("/settings/integrations/tokens");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await expect(page.getByText("No API tokens yet")).toBeVisible();

  const readToken = await createTokenInUi(page, { name: "Reporting script", scope: "Read" });
  const writeToken = await createTokenInUi(page, { name: "Deploy bot", scope: "Read + Write", expiry: "30 days" });
  const rows = page.getByTestId("token-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Reporting script" })).toContainText("Read");
  await expect(rows.filter({ hasText: "Deploy bot" })).toContainText("Read + Write");
  await expect(rows.filter({ hasText: "Reporting script" })).toContainText(`tt_…${readToken.slice(-4)}`);
  await page.screenshot({ path: "screenshots/tokens.png", fullPage: true });

  // A script: no cookies, only the Bearer token.
  const script = await request.newContext({ baseURL });
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  expect((await script.get("/v1/boards", { headers: as(readToken) })).status()).toBe(200);
  const refused = await script.post("/v1/boards", { headers: as(readToken), data: { name: "Not allowed" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).message).toMatch(/read_write/);
  const created = await script.post("/v1/boards", { headers: as(writeToken), data: { name: "Made by a script" } });
  expect(created.status()).toBe(201);

  for (const name of ["Reporting script", "Deploy bot"]) {
    await page.getByRole("button", { name: `Revoke ${name}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke token" }).click();
    // The row goes at once (optimistic); the toast says the server has revoked it.
    await expect(page.getByText(`Revoked ${name}`)).toBeVisible();
    await expect(rows.filter({ hasText: name })).toHaveCount(0);
  }
  await expect(page.getByText("No API tokens yet")).toBeVisible();
  for (const token of [readToken, writeToken]) {
    const res = await script.get("/v1/boards", { headers: as(token) });
    expect(res.status()).toBe(401);
    expect(await res.json()).toMatchObject({ error: "unauthorized", message: expect.stringMatching(/revoked/) });
  }

  // An expired token: created (with the page's session) to expire in two seconds.
  const origin = new URL(page.url()).origin;
  const soon = await page.request.post("/v1/tokens", {
    headers: { origin },
    data: { name: "Short-lived", scope: "read", expires_at: new Date(Date.now() + 2000).toISOString() },
  });
  expect(soon.status()).toBe(201);
  const shortLived = (await soon.json()).token as string;
  expect((await script.get("/v1/boards", { headers: as(shortLived) })).status()).toBe(200);
  await page.waitForTimeout(2500);
  const expired = await script.get("/v1/boards", { headers: as(shortLived) });
  expect(expired.status()).toBe(401);
  expect((await expired.json()).message).toMatch(/expired/);
  await script.dispose();
});

test("Swagger UI and ReDoc render every endpoint from the app's own assets, and Try it out works with a token", async ({
  page,
  baseURL,
}) => {
  await signUp(page, newUser("Docs"));
  const origin = new URL(page.url()).origin;
  const token = (await (await page.request.post("/v1/tokens", { headers: { origin }, data: { name: "docs", scope: "read" } })).json())
    .token as string;
  const document = await (await page.request.get("/v1/openapi.json")).json();
  const operations = Object.values(document.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
  // A fresh context without the session: Try it out must work with the token alone.
  const anonymous = await page.context().browser()!.newContext({ baseURL });
  // No internet: every request that leaves the app is refused, and noted.
  const external: string[] = [];
  await anonymous.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => {
      external.push(route.request().url());
      return route.abort("internetdisconnected");
    },
  );
  const docs = await anonymous.newPage();
  await docs.goto("/v1/docs");
  // Tags start collapsed (docs-assets.ts says why): open each, count its operations, close it.
  const tags = docs.locator(".opblock-tag");
  await expect(tags.first()).toBeVisible();
  let rendered = 0;
  for (let i = 0; i < (await tags.count()); i++) {
    await tags.nth(i).click();
    await expect(docs.locator(".opblock").first()).toBeVisible();
    rendered += await docs.locator(".opblock").count();
    await tags.nth(i).click();
    await expect(docs.locator(".opblock")).toHaveCount(0);
  }
  expect(rendered).toBe(operations);
  await docs.screenshot({ path: "screenshots/swagger-ui.png", fullPage: true });

  await docs.getByRole("button", { name: "Authorize" }).first().click();
  const auth = docs.locator(".auth-container").filter({ hasText: "bearerAuth" });
  await auth.locator("input").fill(token);
  await auth.locator("button.authorize").click();
  await expect(auth.getByRole("button", { name: /Logout|Remove authorization/ })).toBeVisible();
  await docs.locator(".auth-container button.btn-done").first().click();
  await tags.filter({ hasText: "Boards" }).first().click();
  const listBoards = docs.locator("#operations-Boards-get_v1_boards");
  await listBoards.locator(".opblock-summary").click();
  await listBoards.getByRole("button", { name: "Try it out" }).click();
  await listBoards.getByRole("button", { name: "Execute" }).click();
  await expect(listBoards.locator(".live-responses-table tbody .response-col_status").first()).toHaveText("200");
  await listBoards.locator(".live-responses-table").scrollIntoViewIfNeeded();
  await docs.screenshot({ path: "screenshots/swagger-try-it-out.png", fullPage: false });

  await docs.goto("/v1/redoc");
  await expect(docs.locator("[data-section-id*='/paths/']")).toHaveCount(operations);
  await docs.screenshot({ path: "screenshots/redoc.png" });
  // ReDoc hard-codes its attribution logo from cdn.redoc.ly (no option turns it off); our CSP
  // blocks it. Nothing else may even be attempted.
  expect(
    external.filter((url) => url !== "https://cdn.redoc.ly/redoc/logo-mini.svg"),
    "the docs must not load anything from another origin",
  ).toEqual([]);
  await anonymous.close();
});
