import { expect, test, type Page } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";
import { receivedEvent, signatureMatches, startReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const WEBHOOKS = "/settings/integrations/webhooks";

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startReceiver("ok");
});
test.afterEach(async () => {
  await receiver.stop();
});

/** JSON calls to /v1 with the session cookie; cookie mutations need a same-origin Origin header. */
function api(page: Page, baseURL: string) {
  const headers = { origin: baseURL };
  return {
    post: async (path: string, data: unknown) => {
      const res = await page.request.post(path, { data, headers });
      expect(res.status(), `POST ${path}: ${await res.text()}`).toBe(201);
      return res.json();
    },
    patch: async (path: string, data: unknown) => {
      const res = await page.request.patch(path, { data, headers });
      expect(res.status(), `PATCH ${path}: ${await res.text()}`).toBe(200);
      return res.json();
    },
  };
}

async function newBoardWithList(page: Page, baseURL: string) {
  const v1 = api(page, baseURL);
  const board = await v1.post("/v1/boards", { name: "Website launch" });
  const list = await v1.post("/v1/lists", { board_id: board.id, name: "To do" });
  return { board, list, v1 };
}

test("an admin creates, verifies, debugs, rotates, pauses and deletes a webhook", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, newUser("Hooks"));
  const { list, v1 } = await newBoardWithList(page, baseURL!);

  await page.goto(WEBHOOKS);
  await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
  await expect(page.getByText("No webhooks yet")).toBeVisible();
  await page.screenshot({ path: "screenshots/webhooks-empty.png", fullPage: true });

  // Create: the URL is checked as it is typed, the secret is shown once and copied from the dialog.
  await page.getByRole("button", { name: "Create webhook" }).click();
  const create = page.getByRole("dialog", { name: "Create webhook" });
  await create.getByLabel("Payload URL").fill("hooks.example.com/x");
  await expect(create.getByText("Start the URL with https://")).toBeVisible();
  await create.getByLabel("Payload URL").fill(receiver.url);
  await expect(create.getByText("Start the URL with https://")).toBeHidden();
  await create.getByLabel("Description").fill("Support desk sync");
  await create.getByRole("button", { name: "Create webhook" }).click();
  const created = page.getByRole("dialog", { name: "Webhook created" });
  await expect(created.getByText("it will not be shown again")).toBeVisible();
  await expect(created.getByText("X-Webhook-Signature").first()).toBeVisible();
  await created.getByRole("button", { name: "Copy secret" }).click();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  await expect(created.getByTestId("webhook-secret")).toHaveText(secret);
  await page.screenshot({ path: "screenshots/webhooks-secret.png" });
  await created.getByRole("button", { name: "I have saved the secret" }).click();
  // While it fades out the dialog keeps the secret on screen rather than flashing an empty form.
  expect(await page.getByRole("dialog", { name: "Create webhook" }).count()).toBe(0);
  await expect(created).toBeHidden();
  const row = page.getByTestId("webhook-row").filter({ hasText: receiver.url });
  await expect(row).toBeVisible();
  await expect(row).toContainText("All events");

  // A change to a card is delivered, signed with the secret from the dialog, and logged as a success.
  const card = await v1.post("/v1/cards", { list_id: list.id, title: "Review pull request" });
  const cardCreated = await receivedEvent(receiver, "card.created", (body) => body.data?.id === card.id);
  expect(signatureMatches(cardCreated, secret)).toBe(true);
  await expect(row.getByTestId("webhook-health")).toContainText("Success", { timeout: 40_000 });
  await page.screenshot({ path: "screenshots/webhooks-list.png", fullPage: true });

  await row.getByRole("link", { name: receiver.url }).click();
  await expect(page.getByRole("heading", { name: receiver.url, level: 1 })).toBeVisible();
  const rows = page.getByTestId("delivery-row");
  const createdRow = rows.filter({ hasText: "card.created" });
  await expect(createdRow).toHaveAttribute("data-status", "success");
  await expect(createdRow).toContainText("200");

  // The receiver goes away: the next change fails, and the log shows the failure and the next retry by itself.
  await receiver.stop();
  await v1.patch(`/v1/cards/${card.id}`, { title: "Review the pull request" });
  const updatedRow = rows.filter({ hasText: "card.updated" });
  await expect(updatedRow).toHaveAttribute("data-status", "pending", { timeout: 20_000 });
  await expect(updatedRow.getByTestId("delivery-status")).toHaveText("Retrying");
  await expect(updatedRow.getByTestId("next-retry")).toHaveText(/^(in \d+ (second|minute)s?|due now)$/);
  await updatedRow.getByRole("button", { name: /Show details/ }).click();
  const detail = page.getByTestId("delivery-detail");
  await expect(detail.getByTestId("attempt").first()).toContainText("Connection failed");
  await expect(detail).toContainText('"title": "Review the pull request"');
  await expect(detail.getByTestId("request-headers")).toContainText("X-Webhook-Signature");
  await page.screenshot({ path: "screenshots/webhooks-log-failing.png", fullPage: true });

  // Back up: retry by hand, and the same delivery (same id) arrives and turns green.
  await receiver.restart();
  const deliveryId = await updatedRow.getAttribute("data-delivery-id");
  await updatedRow.getByRole("button", { name: /^Retry/ }).click();
  await expect(updatedRow).toHaveAttribute("data-status", "success", { timeout: 20_000 });
  const retried = await receivedEvent(receiver, "card.updated");
  expect(retried.headers["x-webhook-delivery"]).toBe(deliveryId);
  expect(signatureMatches(retried, secret)).toBe(true);
  await expect(detail.getByTestId("attempt").first()).toContainText("200");

  // Test send: the result shows in the dialog.
  await page.getByRole("button", { name: "Send test" }).click();
  const testDialog = page.getByRole("dialog", { name: "Send a test event" });
  await expect(testDialog.getByRole("combobox")).toHaveText("webhook.test");
  await testDialog.getByRole("button", { name: "Send test" }).click();
  const result = testDialog.getByTestId("test-result");
  await expect(result).toContainText("Success");
  await expect(result).toContainText("200");
  await expect(result.getByTestId("test-response")).toContainText('"ok":true');
  await receivedEvent(receiver, "webhook.test");
  await page.screenshot({ path: "screenshots/webhooks-test-result.png" });
  await testDialog.getByRole("button", { name: "Close" }).first().click();

  // Rotate: the next delivery is signed with the new secret only.
  await page.getByRole("button", { name: "Rotate secret" }).click();
  const rotate = page.getByRole("dialog", { name: "Rotate the signing secret?" });
  await expect(rotate).toContainText("stop at once");
  await page.screenshot({ path: "screenshots/webhooks-rotate.png" });
  await rotate.getByRole("button", { name: "Rotate secret" }).click();
  const rotated = page.getByRole("dialog", { name: "New signing secret" });
  const newSecret = (await rotated.getByTestId("webhook-secret").textContent())!.trim();
  expect(newSecret).toMatch(/^whsec_/);
  expect(newSecret).not.toBe(secret);
  await rotated.getByRole("button", { name: "I have saved the secret" }).click();
  const second = await v1.post("/v1/cards", { list_id: list.id, title: "After rotation" });
  const afterRotation = await receivedEvent(receiver, "card.created", (body) => body.data?.id === second.id);
  expect(signatureMatches(afterRotation, newSecret)).toBe(true);
  expect(signatureMatches(afterRotation, secret)).toBe(false);
  await expect(rows.filter({ hasText: "card.created" })).toHaveCount(2, { timeout: 20_000 });
  await expect(rows.filter({ hasText: "card.created" }).first()).toHaveAttribute("data-status", "success");
  await page.screenshot({ path: "screenshots/webhooks-log.png", fullPage: true });

  // Toggle off (optimistic, and kept after a reload): nothing is delivered, the event is logged as skipped.
  await page.getByRole("link", { name: "All webhooks" }).click();
  const toggle = row.getByRole("switch", { name: `Active: ${receiver.url}` });
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(row.getByTestId("webhook-health")).toContainText("Paused");
  await page.reload();
  await expect(toggle).not.toBeChecked();
  receiver.clear();
  const paused = await v1.post("/v1/cards", { list_id: list.id, title: "While paused" });
  await row.getByRole("link", { name: receiver.url }).click();
  await expect(page.getByTestId("paused-banner")).toBeVisible();
  await page.getByRole("combobox", { name: "Status" }).click();
  await page.getByRole("option", { name: "Skipped" }).click();
  await page.getByRole("combobox", { name: "Event" }).click();
  await page.getByRole("option", { name: "card.created" }).click();
  await expect(rows).toHaveCount(1, { timeout: 20_000 });
  await expect(rows.first()).toContainText("card.created");
  await rows
    .first()
    .getByRole("button", { name: /Show details/ })
    .click();
  await expect(page.getByTestId("delivery-detail")).toContainText(paused.id);
  expect(receiver.requests.filter((r) => r.headers["x-webhook-event"] === "card.created")).toHaveLength(0);

  // Delete, after a confirmation that names the URL.
  const webhookId = (await page.url()).split("/").pop()!;
  await page.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this webhook?" });
  await expect(confirm).toContainText(receiver.url);
  await page.screenshot({ path: "screenshots/webhooks-delete.png" });
  await confirm.getByRole("button", { name: "Delete webhook" }).click();
  await expect(page).toHaveURL(new RegExp(`${WEBHOOKS}$`));
  await expect(page.getByText("No webhooks yet")).toBeVisible();
  expect((await page.request.get(`/v1/webhooks/${webhookId}`)).status()).toBe(404);
});

test("the create dialog works with the keyboard alone", async ({ page }) => {
  await signUp(page, newUser("Keys"));
  await page.goto(WEBHOOKS);
  await expect(page.getByText("No webhooks yet")).toBeVisible();

  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute("aria-label") || document.activeElement?.textContent?.trim() || "");
  // Generous: inside the dialog, Tab passes every event type's checkbox, and the catalog grows.
  async function tabTo(name: string | RegExp, max = 250) {
    for (let i = 0; i < max; i++) {
      const label = await focused();
      if (typeof name === "string" ? label === name : name.test(label)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${name}`);
  }

  await tabTo("Create webhook");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Create webhook" });
  await expect(dialog.getByLabel("Payload URL")).toBeFocused();
  await page.keyboard.type("ftp://nope");
  await expect(dialog.getByText("Only https://")).toBeVisible();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(receiver.url);
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Description")).toBeFocused();
  await page.keyboard.type("Keyboard only");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("switch", { name: "All events" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("checkbox", { name: "Select all cards events" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(dialog.getByRole("checkbox", { name: "card.moved" })).toBeChecked();
  await page.screenshot({ path: "screenshots/webhooks-create-keyboard.png" });
  await tabTo("Create webhook");
  await page.keyboard.press("Enter");

  const created = page.getByRole("dialog", { name: "Webhook created" });
  await expect(created.getByTestId("webhook-secret")).toBeVisible();
  await tabTo("I have saved the secret");
  await page.keyboard.press("Enter");
  await expect(created).toBeHidden();

  const webhooks = await (await page.request.get("/v1/webhooks")).json();
  expect(webhooks.items).toHaveLength(1);
  expect(webhooks.items[0]).toMatchObject({ url: receiver.url, description: "Keyboard only", active: true });
  expect([...webhooks.items[0].events].sort()).toEqual([
    "card.archived",
    "card.completed",
    "card.created",
    "card.deleted",
    "card.moved",
    "card.updated",
  ]);
});

test("members are told that only admins manage webhooks", async ({ page, browser, baseURL }) => {
  const member = newUser("Member");
  const other = await browser.newPage();
  await signUp(other, member);
  await signUp(page, newUser("Owner"));
  const board = await api(page, baseURL!).post("/v1/boards", { name: "Shared" });
  await api(page, baseURL!).post("/v1/users", { email: member.email, role: "member" });

  // Everyone also owns the workspace sign-up made for them; switch to the one they were added to.
  await other.context().addCookies([{ name: "tt_workspace", value: board.workspace_id, url: baseURL! }]);
  await other.goto(WEBHOOKS);
  await expect(other.getByText("Only admins can manage webhooks")).toBeVisible();
  await expect(other.getByRole("button", { name: "Create webhook" })).toHaveCount(0);
  await other.screenshot({ path: "screenshots/webhooks-member.png", fullPage: true });
  expect((await other.request.get("/v1/webhooks")).status()).toBe(403);
  await other.close();
});
