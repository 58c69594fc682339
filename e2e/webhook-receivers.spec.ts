import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";
import { receivedEvent, startReceiver, type WebhookReceiver } from "./support/webhook-receiver";

const WEBHOOKS = "/settings/integrations/webhooks";

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startReceiver("ok");
});
test.afterEach(async () => {
  await receiver.stop();
});

test("an admin sets up a SIEM-style webhook: bare hex signature, an Authorization header, then sees it turned off", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page, newUser("Siem"));
  await page.goto(WEBHOOKS);
  await page.getByRole("button", { name: "Create webhook" }).click();
  const create = page.getByRole("dialog", { name: "Create webhook" });
  await create.getByLabel("Payload URL").fill(receiver.url);

  // The verification code follows the chosen format.
  const snippets = create.getByTestId("verification-snippets");
  await expect(snippets).toHaveAttribute("data-format", "sha256_prefixed");
  await expect(snippets).toContainText('"sha256=" + crypto.createHmac');
  await create.getByTestId("signature-format").click();
  await page.getByRole("option", { name: "Bare hex digest" }).click();
  await expect(snippets).toHaveAttribute("data-format", "hex");
  await expect(snippets).not.toContainText('"sha256=" +');
  await snippets.getByRole("tab", { name: "Go" }).click();
  await expect(snippets).toContainText("hmac.Equal");

  await create.getByRole("button", { name: "Add header" }).click();
  await create.getByLabel("Header 1 name").fill("Authorization");
  await create.getByLabel("Header 1 value").fill("Splunk 0123-4567-89ab-cdef");
  await page.screenshot({ path: "screenshots/webhook-form-siem.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "screenshots/webhook-form-siem-phone.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await create.getByRole("button", { name: "Create webhook" }).click();

  const created = page.getByRole("dialog", { name: "Webhook created" });
  await created.getByRole("button", { name: "Copy secret" }).click();
  const secret = await page.evaluate(() => navigator.clipboard.readText());
  await expect(created.getByTestId("verification-snippets")).toHaveAttribute("data-format", "hex");
  await created.getByRole("button", { name: "I have saved the secret" }).click();

  // The workspace keeps its delivery log for fewer days than the server's maximum.
  await page.getByLabel("Keep deliveries for").click();
  await page.getByRole("option", { name: "7 days" }).click();
  await expect(page.getByText("Deliveries are now kept for 7 days")).toBeVisible();
  const settings = await (await page.request.get("/v1/webhook_settings")).json();
  expect(settings).toMatchObject({ delivery_retention_days: 7, effective_retention_days: 7 });

  const headers = { origin: baseURL! };
  const board = await (await page.request.post("/v1/boards", { data: { name: "SIEM board" }, headers })).json();
  const request = await receivedEvent(receiver, "board.created", (body) => body.data?.id === board.id);
  expect(request.headers.authorization).toBe("Splunk 0123-4567-89ab-cdef");
  expect(request.headers["x-webhook-signature"]).toBe(createHmac("sha256", secret).update(request.rawBody).digest("hex"));

  // The receiver answers 410: the webhook turns off, and every settings page says so until dismissed.
  receiver.setMode("gone");
  await page.request.post("/v1/boards", { data: { name: "Gone board" }, headers });
  await page.goto("/settings/members");
  const notice = page.getByTestId("disabled-webhooks-notice");
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText("410");
  await page.screenshot({ path: "screenshots/webhook-disabled-notice.png" });
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("disabled-webhooks-notice")).toHaveCount(0);
});
