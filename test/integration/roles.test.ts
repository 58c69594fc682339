import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/db/schema";
import { collectOperations } from "@/lib/api/openapi/collect-operations";
import { hasRole } from "@/lib/workspaces/authorize";
import { PERMISSIONS } from "@/lib/workspaces/permissions";
import { api } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";
import { concretePath, operationName } from "../support/operation-requests";
import { routeModules } from "../support/route-modules";

/**
 * The role matrix, from the permissions table and the route contracts: for every operation and
 * every role, a caller below the operation's minimum role is refused with a 403 naming the role,
 * and a caller at or above it is not refused (whatever its empty input then earns: 400, 404 …).
 * Operations added later join the matrix by naming their permission.
 */
const operations = collectOperations(routeModules);
const ROLES: Role[] = ["viewer", "member", "admin", "owner"];

let owner: TestUser;
let restrictedToken: string;

beforeAll(async () => {
  owner = await createUser();
  const board = await api("POST", "/v1/boards", { as: owner, body: { name: "Restricted to this one" } });
  restrictedToken = (
    await api("POST", "/v1/tokens", { as: owner, body: { name: "one board", scope: "read_write", board_ids: [board.body.id] } })
  ).body.token;
});

describe("every operation × every role", () => {
  const cases = operations.flatMap((op) => ROLES.map((role) => ({ op, role, name: `${operationName(op)} as ${role}` })));

  it.each(cases)("$name", async ({ op, role }) => {
    const minimum: Role = PERMISSIONS[op.contract.permission].role;
    const caller = role === "owner" ? owner : await createMember(owner.workspaceId, role);
    // Acting on oneself is what the lowest role may do here (leaving the workspace).
    const path = concretePath(op, op.path.startsWith("/v1/users/{id}") ? { id: caller.id } : {});
    const res = await api(op.method.toUpperCase(), path, { as: caller, body: op.contract.body ? {} : undefined });
    if (hasRole(role, minimum)) {
      expect(res.status, JSON.stringify(res.body)).not.toBe(403);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        error: "forbidden",
        message: expect.stringMatching(new RegExp(`the ${minimum} role or higher is required`)),
      });
    }
  });
});

describe("workspace-level operations refuse board-restricted tokens", () => {
  const workspaceLevel = operations.filter((op) => "workspaceLevel" in PERMISSIONS[op.contract.permission]);

  it("covers members, the account, sessions, tokens, webhooks, imports and board creation", () => {
    const resources = new Set(workspaceLevel.map((op) => op.path.split("/")[2]));
    expect([...resources].sort()).toEqual([
      "boards",
      "imports",
      "me",
      "sessions",
      "tokens",
      "users",
      "webhook_settings",
      "webhooks",
      "workspace",
    ]);
  });

  it.each(workspaceLevel.map((op) => ({ op, name: operationName(op) })))("$name", async ({ op }) => {
    const res = await api(op.method.toUpperCase(), concretePath(op), {
      as: { token: restrictedToken },
      body: op.contract.body ? {} : undefined,
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/restricted to some boards/);
  });
});
