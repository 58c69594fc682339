import { expect, test, type APIResponse } from "@playwright/test";
import { newUser, signUp } from "./support/accounts";

/**
 * The findings of the hardening review, against the production build behind scripts/server.mjs:
 * every /v1 answer is the envelope with X-Request-Id, and the client address comes from the socket.
 */
async function expectEnvelope(res: APIResponse, status: number, error: string): Promise<void> {
  expect(res.status(), await res.text()).toBe(status);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await res.json()).toMatchObject({ error, message: expect.any(String) });
  expect(res.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
}

test("malformed paths, unknown and missing methods answer the envelope with X-Request-Id", async ({ request }) => {
  await expectEnvelope(await request.get("/v1/boards/%zz"), 400, "invalid_request");
  await expectEnvelope(await request.delete("/v1/cards/%E0%A4%A"), 400, "invalid_request");

  const trace = await request.fetch("/v1/boards", { method: "TRACE" });
  await expectEnvelope(trace, 405, "method_not_allowed");
  expect(trace.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");

  const put = await request.put("/v1/boards", { data: { name: "x" } });
  await expectEnvelope(put, 405, "method_not_allowed");
  expect(put.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  const post = await request.post("/v1/boards/board_01hzzzzzzzzzzzzzzzzzzzzzzz", { data: {} });
  await expectEnvelope(post, 405, "method_not_allowed");
  expect(post.headers()["allow"]).toBe("DELETE, GET, HEAD, OPTIONS, PATCH");

  const options = await request.fetch("/v1/boards", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS, POST");
  expect(options.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  await expectEnvelope(await request.fetch("/v1/nowhere", { method: "OPTIONS" }), 404, "not_found");
  await expectEnvelope(await request.fetch("/v1/nowhere", { method: "TRACE" }), 404, "not_found");

  const head = await request.head("/v1/boards");
  expect(head.status()).toBe(401);
  expect(head.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  await expectEnvelope(await request.get("/v1/boards"), 401, "unauthorized");

  // Outside /v1 there is no envelope, but no 500 either.
  expect((await request.get("/boards/%zz")).status()).toBe(400);
  expect((await request.fetch("/", { method: "TRACE" })).status()).toBe(501);
});

test("the client address is the socket's: forged internal and forwarding headers are ignored", async ({ page, browser }) => {
  const user = newUser("Addressed");
  await signUp(page, user);

  // Someone else fails to sign in as this user, claiming other addresses.
  const forged = await browser.newContext({
    extraHTTPHeaders: { "x-tasktide-client-address": "203.0.113.7", "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" },
  });
  const other = await forged.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email").fill(user.email);
  await other.getByLabel("Password").fill("not-the-password");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByTestId("form-error")).toHaveText("Email or password is incorrect.");
  await forged.close();

  // The failure is recorded with the address the sign-in limit was keyed by: the socket's.
  const res = await page.request.get("/v1/events?type=auth.login_failed");
  expect(res.status()).toBe(200);
  const [event] = (await res.json()).items;
  expect(event.data).toMatchObject({ email: user.email, ip: "127.0.0.1" });
});
