import type { ApiResponse } from "../support/api";
import type { TestUser } from "../support/factories";

export type ScenarioArgs = {
  owner: TestUser;
  viewer: TestUser;
  /** A read_write token of the owner's, restricted to one board of theirs. */
  restrictedToken: string;
  /** The operation's path with `values` for its parameters, or well-shaped ids naming nothing. */
  path: (values?: Record<string, string>) => string;
};

/**
 * Requests that provoke a documented error the operation's shape does not imply, keyed
 * "METHOD /v1/path code" (contract-errors.test.ts). Each builds what it needs in the owner's
 * workspace and returns the response that must carry that code.
 */
export const CONTRACT_SCENARIOS: Record<string, (args: ScenarioArgs) => Promise<ApiResponse>> = {};
