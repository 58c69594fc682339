import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { checklistItems, webhookDeliveries } from "@/db/schema";
import { MAX_ITEMS_PER_CHECKLIST } from "@/lib/checklists/schemas";
import { newId } from "@/lib/ids";
import { api, TEST_ORIGIN, type ApiResponse } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";
import { dispatch } from "../support/router";
import { totpCode } from "../support/totp";
import { startReceiver } from "../support/webhook-receiver";

export type ScenarioArgs = {
  owner: TestUser;
  viewer: TestUser;
  /** A read_write token of the owner's, restricted to one board of theirs. */
  restrictedToken: string;
  /** The operation's path with `values` for its parameters, or well-shaped ids naming nothing. */
  path: (values?: Record<string, string>) => string;
};

// ——— Tiny setup helpers: each builds fresh, uniquely named data in the given workspace. ———

const unique = () => randomBytes(4).toString("hex");

/** The body of a request that must succeed (setup), or a thrown error naming what failed. */
async function ok(method: string, path: string, as: TestUser, body?: unknown): Promise<any> {
  const res = await api(method, path, { as, body });
  if (res.status >= 300) throw new Error(`setup ${method} ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const boardOf = (as: TestUser) => ok("POST", "/v1/boards", as, { name: `Board ${unique()}` });
const listOf = async (as: TestUser) => ok("POST", "/v1/lists", as, { board_id: (await boardOf(as)).id, name: `List ${unique()}` });
const cardOf = async (as: TestUser) => ok("POST", "/v1/cards", as, { list_id: (await listOf(as)).id, title: `Card ${unique()}` });
const tagOf = (as: TestUser, boardId: string, name = `Tag ${unique()}`) =>
  ok("POST", "/v1/tags", as, { board_id: boardId, name, color: "#22c55e" });
const sprintOf = async (as: TestUser) => ok("POST", "/v1/sprints", as, { board_id: (await boardOf(as)).id, name: `Sprint ${unique()}` });
const HOUR_AGO = () => new Date(Date.now() - 3600_000).toISOString();
const finishedEntryOf = async (as: TestUser) =>
  ok("POST", "/v1/time_entries", as, { card_id: (await cardOf(as)).id, started_at: HOUR_AGO(), duration_seconds: 60 });
/** A running timer needs its own user: one runs per user and workspace, and others stop or start theirs. */
const runningTimerOf = async (as: TestUser) => ok("POST", "/v1/time_entries/start", as, { card_id: (await cardOf(as)).id });

/** A fresh user with two-factor on (the secret kept, to compute codes with). */
export async function twoFactorUser(): Promise<{ user: TestUser; secret: string; recoveryCodes: string[] }> {
  const user = await createUser();
  const setup = await ok("POST", "/v1/me/two_factor/setup", user, { current_password: user.password });
  const enabled = await ok("POST", "/v1/me/two_factor/enable", user, { code: totpCode(setup.secret) });
  return { user, secret: setup.secret, recoveryCodes: enabled.recovery_codes };
}

/** A multipart request as a browser's FormData sends it (text fields, then `file`), as a session. */
async function multipart(
  as: TestUser,
  path: string,
  fields: Record<string, string>,
  file: string | Buffer,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)]), "upload");
  const res = await dispatch(
    new Request(`${TEST_ORIGIN}${path}`, { method: "POST", headers: { ...headers, cookie: as.cookie, origin: TEST_ORIGIN }, body: form }),
  );
  return { status: res.status, body: await res.json(), headers: res.headers };
}

/** Runs `fn` with `vars` set in the environment (config() re-reads it), restoring them after. */
async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Webhooks point at a loopback receiver, allowed only while the scenario runs. */
const loopback = <T>(fn: () => Promise<T>) => withEnv({ WEBHOOKS_ALLOW_PRIVATE: "1" }, fn);
// Nothing listens on port 9: the URL passes the checks, and no scenario makes it deliver.
const webhookOf = (as: TestUser, body: Record<string, unknown> = {}) =>
  loopback(() => ok("POST", "/v1/webhooks", as, { url: "http://127.0.0.1:9/webhook", ...body }));

/** Query strings for a list operation's path. */
const withQuery = (path: string, query: Record<string, string>) => `${path}?${new URLSearchParams(query)}`;

/**
 * Requests that provoke a documented error the operation's shape does not imply, keyed
 * "METHOD /v1/path code" (contract-errors.test.ts). Each builds what it needs in the owner's
 * workspace (or a fresh user's, when it needs a workspace state of its own) and returns the
 * response that must carry that code.
 */
export const CONTRACT_SCENARIOS: Record<string, (args: ScenarioArgs) => Promise<ApiResponse>> = {
  // ——— Boards ———
  "GET /v1/boards/{id} forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", path({ id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "GET /v1/boards/{id}/snapshot forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", path({ id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "PATCH /v1/boards/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),

  // ——— Lists ———
  "POST /v1/lists not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: { board_id: newId("board"), name: "Nowhere" } }),
  "PATCH /v1/lists/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),

  // ——— Cards ———
  "GET /v1/cards forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "GET /v1/search forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { q: "anything", board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "GET /v1/lists forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "POST /v1/cards not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: { list_id: newId("list"), title: "Nowhere" } }),
  "PATCH /v1/cards/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { title: "Renamed" } }),

  // ——— Checklists ———
  "GET /v1/checklists not_found": ({ owner, path }) => api("GET", withQuery(path(), { card_id: newId("card") }), { as: owner }),
  "POST /v1/checklists not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { card_id: newId("card"), title: "Nowhere" } }),
  "PATCH /v1/checklists/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { title: "Renamed" } }),
  "POST /v1/checklists/{id}/items not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: { text: "Nowhere" } }),
  "POST /v1/checklists/{id}/items conflict": async ({ owner, path }) => {
    // A full checklist: 100 items through the API, the rest straight into the table.
    const checklist = await ok("POST", "/v1/checklists", owner, {
      card_id: (await cardOf(owner)).id,
      title: "Full",
      items: Array.from({ length: 100 }, (_, i) => ({ text: `Item ${i}` })),
    });
    const rest = Array.from({ length: MAX_ITEMS_PER_CHECKLIST - 100 }, (_, i) => ({
      id: newId("checklistItem"),
      workspaceId: owner.workspaceId,
      checklistId: checklist.id,
      text: `Item ${100 + i}`,
      position: 100 + i,
    }));
    await (await getDb()).insert(checklistItems).values(rest);
    return api("POST", path({ id: checklist.id }), { as: owner, body: { text: "One too many" } });
  },
  "PATCH /v1/checklists/{id}/items/{item_id} not_found": ({ owner, path }) =>
    api("PATCH", path(), { as: owner, body: { text: "Renamed" } }),

  // ——— Comments ———
  "GET /v1/comments not_found": ({ owner, path }) => api("GET", withQuery(path(), { card_id: newId("card") }), { as: owner }),
  "POST /v1/comments not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: { card_id: newId("card"), body: "Nowhere" } }),
  "PATCH /v1/comments/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { body: "Edited" } }),

  // ——— Imports ———
  "POST /v1/imports idempotency_key_reused": async ({ owner, path }) => {
    // The same key with other fields (an upload's fingerprint is its fields, file name and length).
    const key = { "idempotency-key": `import-${randomUUID()}` };
    await multipart(owner, path(), { kind: "trello" }, "not json", key);
    return multipart(owner, path(), { kind: "tasktide" }, "not json", key);
  },
  "POST /v1/imports not_found": ({ owner, path }) => multipart(owner, path(), { kind: "csv", board_id: newId("board") }, "title\nx"),
  "POST /v1/imports invalid_request": ({ owner, path }) => multipart(owner, path(), { kind: "trello" }, "not json"),
  "POST /v1/imports payload_too_large": ({ owner, path }) =>
    multipart(owner, path(), { kind: "trello" }, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20)),
  "POST /v1/imports unsupported_media_type": ({ owner, path }) => api("POST", path(), { as: owner, body: { kind: "trello" } }),

  // ——— Files ———
  "GET /v1/files not_found": ({ owner, path }) => api("GET", withQuery(path(), { card_id: newId("card") }), { as: owner }),
  "POST /v1/files not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { card_id: newId("card"), url: "https://example.com/", name: "Nowhere" } }),
  "POST /v1/files conflict": async ({ owner, path }) => {
    const card = await cardOf(owner);
    const link = { card_id: card.id, url: "https://example.com/" };
    return withEnv({ FILE_MAX_PER_CARD: "1" }, async () => {
      await ok("POST", path(), owner, link);
      return api("POST", path(), { as: owner, body: link });
    });
  },
  "PATCH /v1/files/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),
  "GET /v1/files/{id}/content conflict": async ({ owner, path }) => {
    const link = await ok("POST", "/v1/files", owner, { card_id: (await cardOf(owner)).id, url: "https://example.com/" });
    return api("GET", path({ id: link.id }), { as: owner });
  },

  // ——— Events ———
  "GET /v1/events forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),

  // ——— Tags ———
  "POST /v1/tags not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { board_id: newId("board"), name: "Nowhere", color: "#22c55e" } }),
  "POST /v1/tags conflict": async ({ owner, path }) => {
    const tag = await tagOf(owner, (await boardOf(owner)).id);
    return api("POST", path(), { as: owner, body: { board_id: tag.board_id, name: tag.name.toUpperCase(), color: "#000000" } });
  },
  "PATCH /v1/tags/{id} conflict": async ({ owner, path }) => {
    const board = await boardOf(owner);
    const [taken, other] = [await tagOf(owner, board.id), await tagOf(owner, board.id)];
    return api("PATCH", path({ id: other.id }), { as: owner, body: { name: taken.name } });
  },
  "PATCH /v1/tags/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),

  // ——— Bulk card actions ———
  "POST /v1/cards/bulk not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { card_ids: [newId("card")], action: "complete" } }),
  "POST /v1/cards/bulk forbidden": async ({ owner, restrictedToken, path }) =>
    api("POST", path(), { as: { token: restrictedToken }, body: { card_ids: [(await cardOf(owner)).id], action: "complete" } }),

  // ——— Saved filters ———
  "GET /v1/cards not_found": ({ owner, path }) => api("GET", withQuery(path(), { saved_filter_id: newId("savedFilter") }), { as: owner }),
  "GET /v1/saved_filters forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "POST /v1/saved_filters not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { name: "Nowhere", query: "is:open", board_id: newId("board") } }),
  "POST /v1/saved_filters forbidden": async ({ owner, path }) =>
    api("POST", path(), { as: await createMember(owner.workspaceId, "viewer"), body: { name: "Shared", query: "is:open", shared: true } }),
  "PATCH /v1/saved_filters/{id} forbidden": async ({ owner, path }) => {
    const shared = await ok("POST", "/v1/saved_filters", owner, { name: "Shared", query: "is:open", shared: true });
    return api("PATCH", path({ id: shared.id }), { as: await createMember(owner.workspaceId, "viewer"), body: { name: "Mine now" } });
  },
  "PATCH /v1/saved_filters/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),
  "DELETE /v1/saved_filters/{id} forbidden": async ({ owner, path }) => {
    const shared = await ok("POST", "/v1/saved_filters", owner, { name: "Shared", query: "is:open", shared: true });
    return api("DELETE", path({ id: shared.id }), { as: await createMember(owner.workspaceId, "member") });
  },

  // ——— Custom fields ———
  "POST /v1/xattr not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { board_id: newId("board"), name: "Nowhere", type: "text" } }),
  "POST /v1/xattr conflict": async ({ owner, path }) => {
    const board = await boardOf(owner);
    await ok("POST", "/v1/xattr", owner, { board_id: board.id, name: "Estimate", type: "number" });
    return api("POST", path(), { as: owner, body: { board_id: board.id, name: "ESTIMATE", type: "text" } });
  },
  "PATCH /v1/xattr/{id} conflict": async ({ owner, path }) => {
    const board = await boardOf(owner);
    await ok("POST", "/v1/xattr", owner, { board_id: board.id, name: "Taken", type: "text" });
    const other = await ok("POST", "/v1/xattr", owner, { board_id: board.id, name: "Other", type: "text" });
    return api("PATCH", path({ id: other.id }), { as: owner, body: { name: "taken" } });
  },
  "PATCH /v1/xattr/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),
  "PUT /v1/xattr/{id}/values/{card_id} not_found": ({ owner, path }) => api("PUT", path(), { as: owner, body: { value: 1 } }),

  // ——— Milestones ———
  "POST /v1/milestones not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { board_id: newId("board"), name: "Nowhere" } }),
  "PATCH /v1/milestones/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),

  // ——— Sprints (a draft sprint allows only plan: any other action is the state machine's 409) ———
  "POST /v1/sprints not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { board_id: newId("board"), name: "Nowhere" } }),
  "PATCH /v1/sprints/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { name: "Renamed" } }),
  "POST /v1/sprints/generate not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { board_id: newId("board"), count: 1, length_days: 14 } }),
  "POST /v1/sprints/{id}/complete not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: {} }),
  "POST /v1/sprints/{id}/plan conflict": async ({ owner, path }) => {
    const sprint = await sprintOf(owner);
    await ok("POST", `/v1/sprints/${sprint.id}/plan`, owner);
    return api("POST", path({ id: sprint.id }), { as: owner });
  },
  ...Object.fromEntries(
    ["activate", "start_review", "complete", "pause", "resume"].map((action) => [
      `POST /v1/sprints/{id}/${action} conflict`,
      async ({ owner, path }: ScenarioArgs) => api("POST", path({ id: (await sprintOf(owner)).id }), { as: owner }),
    ]),
  ),

  // ——— Dependencies ———
  "POST /v1/cards/{id}/dependencies not_found": async ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { depends_on_id: (await cardOf(owner)).id } }),
  "POST /v1/cards/{id}/dependencies conflict": async ({ owner, path }) => {
    const [first, second] = [await cardOf(owner), await cardOf(owner)];
    await ok("POST", `/v1/cards/${second.id}/dependencies`, owner, { depends_on_id: first.id });
    return api("POST", path({ id: second.id }), { as: owner, body: { depends_on_id: first.id, type: "relates_to" } });
  },

  // ——— Time entries (timers on fresh users: one runs per user and workspace) ———
  "GET /v1/time_entries not_found": ({ owner, path }) => api("GET", withQuery(path(), { card_id: newId("card") }), { as: owner }),
  "GET /v1/time_entries forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "POST /v1/time_entries not_found": ({ owner, path }) =>
    api("POST", path(), { as: owner, body: { card_id: newId("card"), started_at: HOUR_AGO(), duration_seconds: 60 } }),
  "POST /v1/time_entries/start not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: { card_id: newId("card") } }),
  "POST /v1/time_entries/start conflict": async ({ path }) => {
    const user = await createUser();
    await runningTimerOf(user);
    return api("POST", path(), { as: user, body: { card_id: (await cardOf(user)).id } });
  },
  "POST /v1/time_entries/stop not_found": async ({ path }) => api("POST", path(), { as: await createUser() }),
  "GET /v1/time_entries/totals not_found": ({ owner, path }) => api("GET", withQuery(path(), { board_id: newId("board") }), { as: owner }),
  "GET /v1/time_entries/totals forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "GET /v1/time_entries/report not_found": ({ owner, path }) => api("GET", withQuery(path(), { tag_id: newId("tag") }), { as: owner }),
  "GET /v1/time_entries/report forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "GET /v1/time_entries/export.csv not_found": ({ owner, path }) => api("GET", withQuery(path(), { tag_id: newId("tag") }), { as: owner }),
  "GET /v1/time_entries/export.csv forbidden": async ({ owner, restrictedToken, path }) =>
    api("GET", withQuery(path(), { board_id: (await boardOf(owner)).id }), { as: { token: restrictedToken } }),
  "PATCH /v1/time_entries/{id} conflict": async ({ path }) => {
    const user = await createUser();
    const running = await runningTimerOf(user);
    return api("PATCH", path({ id: running.id }), { as: user, body: { duration_seconds: 60 } });
  },
  "PATCH /v1/time_entries/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { note: "Edited" } }),
  "POST /v1/time_entries/{id}/stop conflict": async ({ owner, path }) =>
    api("POST", path({ id: (await finishedEntryOf(owner)).id }), { as: owner }),

  // ——— Members (workspace-wide states on fresh owners) ———
  "POST /v1/users conflict": ({ owner, viewer, path }) => api("POST", path(), { as: owner, body: { email: viewer.email, role: "member" } }),
  "PATCH /v1/users/{id} conflict": async ({ path }) => {
    const lastOwner = await createUser();
    return api("PATCH", path({ id: lastOwner.id }), { as: lastOwner, body: { role: "admin" } });
  },
  "PATCH /v1/users/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { role: "member" } }),
  "DELETE /v1/users/{id} conflict": async ({ path }) => {
    const lastOwner = await createUser();
    return api("DELETE", path({ id: lastOwner.id }), { as: lastOwner });
  },

  "POST /v1/users/{id}/password_reset conflict": async ({ owner, path }) => {
    // A member who also owns a workspace of their own: the link cannot come from this one.
    const everywhere = await createUser();
    await ok("POST", "/v1/users", owner, { email: everywhere.email, role: "member" });
    return api("POST", path({ id: everywhere.id }), { as: owner });
  },

  "PATCH /v1/workspace conflict": async ({ path }) => {
    const owner = await createUser(); // without two-factor: requiring it would lock them out
    return api("PATCH", path(), { as: owner, body: { require_two_factor: true } });
  },

  "POST /v1/workspace/transfer not_found": async ({ path }) => {
    const owner = await createUser();
    return api("POST", path(), { as: owner, body: { user_id: newId("user") } });
  },

  // ——— The account (/v1/me) ———
  "DELETE /v1/me conflict": async ({ path }) => {
    const lastOwner = await createUser();
    return api("DELETE", path(), { as: lastOwner, body: { current_password: lastOwner.password } });
  },
  "POST /v1/me/email conflict": async ({ owner, path }) => {
    const user = await createUser();
    return api("POST", path(), { as: user, body: { email: owner.email, current_password: user.password } });
  },
  "POST /v1/me/two_factor/setup conflict": async ({ path }) => {
    const { user } = await twoFactorUser();
    return api("POST", path(), { as: user, body: { current_password: user.password } });
  },
  "POST /v1/me/two_factor/enable conflict": async ({ path }) => {
    const user = await createUser();
    return api("POST", path(), { as: user, body: { code: "123456" } });
  },
  "POST /v1/me/two_factor/recovery_codes conflict": async ({ path }) => {
    const user = await createUser();
    return api("POST", path(), { as: user, body: { current_password: user.password } });
  },
  "DELETE /v1/me/two_factor conflict": async ({ path }) => {
    const user = await createUser();
    return api("DELETE", path(), { as: user, body: { current_password: user.password, code: "123456" } });
  },

  // ——— Webhooks (on fresh owners, so no other scenario's events are delivered to them) ———
  "POST /v1/webhooks conflict": async ({ path }) => {
    const admin = await createUser();
    return loopback(() =>
      withEnv({ WEBHOOKS_MAX_PER_WORKSPACE: "0" }, () => api("POST", path(), { as: admin, body: { url: "http://127.0.0.1:9/webhook" } })),
    );
  },
  "PATCH /v1/webhooks/{id} not_found": ({ owner, path }) => api("PATCH", path(), { as: owner, body: { description: "Edited" } }),
  "POST /v1/webhooks/{id}/deliveries/{delivery_id}/retry conflict": async ({ path }) => {
    // A delivery whose lease another worker holds right now.
    const admin = await createUser();
    const receiver = await startReceiver("ok");
    try {
      const webhook = await loopback(() => ok("POST", "/v1/webhooks", admin, { url: receiver.url }));
      const delivery = await loopback(() => ok("POST", `/v1/webhooks/${webhook.id}/test`, admin, {}));
      await (
        await getDb()
      )
        .update(webhookDeliveries)
        .set({ lockedUntil: new Date(Date.now() + 60_000), lockToken: randomUUID() })
        .where(eq(webhookDeliveries.id, delivery.id));
      return await loopback(() => api("POST", path({ id: webhook.id, delivery_id: delivery.id }), { as: admin }));
    } finally {
      await receiver.stop();
    }
  },
  "POST /v1/webhooks/{id}/recover conflict": async ({ path }) => {
    const admin = await createUser();
    const paused = await webhookOf(admin, { active: false });
    return api("POST", path({ id: paused.id }), { as: admin, body: { since: HOUR_AGO() } });
  },
  "POST /v1/webhooks/{id}/acknowledge conflict": async ({ owner, path }) =>
    api("POST", path({ id: (await webhookOf(owner)).id }), { as: owner }),
  "POST /v1/webhooks/{id}/recover not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: { since: HOUR_AGO() } }),
  "POST /v1/webhooks/{id}/rotate_secret not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: {} }),
  "POST /v1/webhooks/{id}/test not_found": ({ owner, path }) => api("POST", path(), { as: owner, body: {} }),
};
