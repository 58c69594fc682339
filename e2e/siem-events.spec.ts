import { expect, test } from "@playwright/test";
import { newUser, signIn, signOut, signUp } from "./support/accounts";

const WEBHOOKS = "/settings/integrations/webhooks";

test("the event picker shows the server's catalog, and the SIEM forwarding preset selects the security events", async ({ page }) => {
  await signUp(page, newUser("Siem"));
  const catalog = await (await page.request.get("/v1/event_types")).json();
  const security: string[] = catalog.items.filter((i: { security: boolean }) => i.security).map((i: { type: string }) => i.type);
  expect(security).toEqual(expect.arrayContaining(["auth.login", "auth.logout", "board.accessed", "member.added", "webhook.disabled"]));

  // The first load fails: the picker says so and offers to try again.
  let fail = true;
  await page.route("**/v1/event_types", (route) =>
    fail ? route.fulfill({ status: 503, json: { error: "unavailable", message: "Try again shortly." } }) : route.continue(),
  );
  await page.goto(WEBHOOKS);
  await page.getByRole("button", { name: "Create webhook" }).click();
  const dialog = page.getByRole("dialog", { name: "Create webhook" });
  await dialog.getByLabel("Payload URL").fill("https://siem.example.com/tasktide");
  await dialog.getByRole("switch", { name: "All events" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "Could not load the event types" })).toBeVisible();
  fail = false;
  await dialog.getByRole("button", { name: "Try again" }).click();

  // Groups and descriptions come from the endpoint, the new ones included.
  const picker = dialog.getByTestId("event-picker");
  await expect(picker.getByRole("group", { name: /Assignments/ })).toContainText("card.unassigned");
  await expect(picker.getByRole("group", { name: /Security/ })).toContainText("board.accessed");
  await expect(picker.getByRole("checkbox", { name: "card.assigned" })).toHaveAccessibleDescription(/one event per person added/);

  await picker.getByRole("checkbox", { name: "card.created" }).check();
  await dialog.getByRole("button", { name: "SIEM forwarding" }).click();
  for (const type of ["auth.login", "auth.logout", "board.accessed", "member.removed", "token.created", "webhook.disabled"])
    await expect(picker.getByRole("checkbox", { name: type, exact: true })).toBeChecked();
  await expect(picker.getByRole("checkbox", { name: "card.created" })).not.toBeChecked();
  await expect(dialog.getByText(`Selected: the ${security.length} security events.`)).toBeVisible();
  await page.screenshot({ path: "screenshots/webhooks-siem-preset.png" });
});

test("signing out through the UI records auth.logout, and opening a board records board.accessed once", async ({ page }) => {
  const user = newUser("Audit");
  await signUp(page, user);
  const board = await (
    await page.request.post("/v1/boards", { data: { name: "Audited" }, headers: { origin: new URL(page.url()).origin } })
  ).json();
  for (let i = 0; i < 2; i++) {
    await page.goto(`/boards/${board.id}`);
    await expect(page.getByRole("heading", { name: "Audited" })).toBeVisible();
  }
  await signOut(page);
  await signIn(page, user);
  const types = async (type: string) => (await (await page.request.get(`/v1/events?type=${type}`)).json()).items;
  expect(await types("auth.logout")).toHaveLength(1);
  const accessed = await types("board.accessed");
  expect(accessed).toHaveLength(1);
  expect(accessed[0]).toMatchObject({ board_id: board.id, data: { id: board.id, access: { via: "session", token_id: null } } });
});
