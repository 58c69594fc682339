import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { idempotencyKeys } from "@/db/schema";
import { ERROR_STATUS } from "@/lib/api/errors";
import { collectOperations } from "@/lib/api/openapi/collect-operations";
import { errorCodesOf, type Operation } from "@/lib/api/openapi/registry";
import type { ErrorCode } from "@/lib/core/errors";
import { minimumRole, PERMISSIONS } from "@/lib/workspaces/permissions";
import { api, type ApiResponse } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";
import { concretePath, operationName } from "../support/operation-requests";
import { routeModules } from "../support/route-modules";
import { CONTRACT_SCENARIOS } from "./contract-scenarios";

/**
 * Every error an operation documents is one it really answers: for each operation of the
 * document and each error code it lists, some request produces exactly that status and code.
 * Most codes follow from the operation's shape and are provoked generically below; the rest
 * (a conflict, a reference to nothing in a body…) by a scenario in contract-scenarios.ts. An
 * operation that lists a code neither covers fails here, so the document cannot promise an
 * error the code never gives — nor silently stop giving one it promises.
 */
const operations = collectOperations(routeModules);
// A small anonymous budget (the limiters are rebuilt before each test, from the config), so a
// few requests from one address show an operation's 429.
process.env.RATE_LIMIT_ANONYMOUS_PER_MINUTE = "2";

let owner: TestUser;
let viewer: TestUser;
let restrictedToken: string;

beforeAll(async () => {
  owner = await createUser();
  viewer = await createMember(owner.workspaceId, "viewer");
  const board = await api("POST", "/v1/boards", { as: owner, body: { name: "The only board of a token" } });
  restrictedToken = (
    await api("POST", "/v1/tokens", { as: owner, body: { name: "one board", scope: "read_write", board_ids: [board.body.id] } })
  ).body.token;
});

type Provoke = (operation: Operation) => Promise<ApiResponse>;

const BIG = "x".repeat(1024 * 1024 + 16);

/** The codes every operation of a given shape can be made to answer, with the request that does it. */
const GENERIC: Partial<Record<ErrorCode, { applies: (op: Operation) => boolean; provoke: Provoke }>> = {
  unauthorized: { applies: () => true, provoke: (op) => api(op.method.toUpperCase(), concretePath(op), { as: null }) },
  rate_limited: {
    applies: () => true,
    provoke: async (op) => {
      const anonymous = () => api(op.method.toUpperCase(), concretePath(op), { as: null, headers: { "x-real-ip": "203.0.113.77" } });
      await anonymous();
      await anonymous();
      return anonymous();
    },
  },
  not_found: {
    applies: (op) => Boolean(op.contract.params) && !op.contract.body,
    provoke: (op) => api(op.method.toUpperCase(), concretePath(op), { as: owner }),
  },
  payload_too_large: {
    applies: (op) => Boolean(op.contract.body),
    provoke: (op) => api(op.method.toUpperCase(), concretePath(op), { as: owner, body: { text: BIG } }),
  },
  unsupported_media_type: {
    applies: (op) => Boolean(op.contract.body),
    provoke: (op) =>
      api(op.method.toUpperCase(), concretePath(op), { as: owner, body: "name=x", headers: { "content-type": "text/plain" } }),
  },
  invalid_request: {
    applies: (op) => Boolean(op.contract.body || op.contract.query) || op.method === "post",
    provoke: (op) =>
      op.contract.body
        ? api(op.method.toUpperCase(), concretePath(op), { as: owner, body: [] })
        : op.contract.query
          ? api(op.method.toUpperCase(), `${concretePath(op)}?no_such_parameter=1`, { as: owner })
          : api(op.method.toUpperCase(), concretePath(op), { as: owner, headers: { "idempotency-key": "not a key" } }),
  },
  // The first request with the key still running: its row is there without a response yet.
  idempotency_key_in_use: {
    applies: (op) => op.method === "post",
    provoke: async (op) => {
      const key = `in-use-${randomUUID()}`;
      await (
        await getDb()
      )
        .insert(idempotencyKeys)
        .values({ workspaceId: owner.workspaceId, caller: `user:${owner.id}`, key, operation: "POST /v1/elsewhere", requestHash: "0" });
      return api("POST", concretePath(op), { as: owner, body: op.contract.body ? {} : undefined, headers: { "idempotency-key": key } });
    },
  },
  // Whatever the first request answered (a 400 is kept too), another body with its key is 422.
  idempotency_key_reused: {
    applies: (op) => op.method === "post" && Boolean(op.contract.body),
    provoke: async (op) => {
      const headers = { "idempotency-key": `reused-${randomUUID()}` };
      const path = concretePath(op);
      await api("POST", path, { as: owner, body: { probe: 1 }, headers });
      return api("POST", path, { as: owner, body: { probe: 2 }, headers });
    },
  },
  forbidden: {
    // Below the operation's minimum role (a viewer, where that is below it); else, for
    // workspace-level operations, a board-restricted token.
    applies: (op) => minimumRole(op.contract.permission) !== "viewer" || "workspaceLevel" in PERMISSIONS[op.contract.permission],
    provoke: (op) =>
      api(op.method.toUpperCase(), concretePath(op), {
        as: minimumRole(op.contract.permission) !== "viewer" ? viewer : { token: restrictedToken },
        body: op.contract.body ? {} : undefined,
      }),
  },
};

// Not answers to any input: `internal` is the promise that a bug is reported with a request id,
// not a stack; `unavailable` (503) needs the database gone, which postgres-restart.test.ts does
// to a cluster of its own.
const NOT_PROVOKED: ErrorCode[] = ["internal", "unavailable"];

describe("every documented error status is one the operation answers", () => {
  const cases = operations.flatMap((op) =>
    [...errorCodesOf(op)]
      .filter((code) => !NOT_PROVOKED.includes(code))
      .map((code) => ({ op, code, name: `${operationName(op)} → ${code}` })),
  );

  it.each(cases)("$name", async ({ op, code }) => {
    const scenario = CONTRACT_SCENARIOS[`${operationName(op)} ${code}`];
    const generic = GENERIC[code];
    const provoke = scenario
      ? () => scenario({ owner, viewer, restrictedToken, path: (values) => concretePath(op, values) })
      : generic?.applies(op)
        ? () => generic.provoke(op)
        : undefined;
    expect(
      provoke,
      `No request provokes ${code} from ${operationName(op)}: add a scenario to test/integration/contract-scenarios.ts, or stop documenting it.`,
    ).toBeDefined();
    const res = await provoke!();
    expect({ status: res.status, error: res.body?.error }, JSON.stringify(res.body)).toEqual({ status: ERROR_STATUS[code], error: code });
    expect(typeof res.body.message).toBe("string");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("lists no scenario for an operation or code the document does not have", () => {
    const documented = new Set(cases.map(({ op, code }) => `${operationName(op)} ${code}`));
    expect(Object.keys(CONTRACT_SCENARIOS).filter((key) => !documented.has(key))).toEqual([]);
  });
});
