import type { ApiResponse } from "../support/api";
import type { TestUser } from "../support/factories";

export type ScenarioArgs = { owner: TestUser; viewer: TestUser; path: (values?: Record<string, string>) => string };

/**
 * Requests that provoke a documented error the operation's shape does not imply, keyed
 * "METHOD /v1/path code" (contract-errors.test.ts). Each builds what it needs in the owner's
 * workspace and returns the response that must carry that code.
 */
export const CONTRACT_SCENARIOS: Record<string, (args: ScenarioArgs) => Promise<ApiResponse>> = {};
