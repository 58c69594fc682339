import createClient from "openapi-fetch";
import type { paths } from "@/lib/api-client/openapi-types";
import { TEST_ORIGIN, type As } from "./api";
import { dispatch } from "./router";

/**
 * A client generated from the committed OpenAPI document (openapi-typescript types +
 * openapi-fetch), sending every request through the real route handlers: tests written with it
 * exercise the documented contract, and stop compiling when the contract drifts.
 */
export function openApiClient(as: As = null) {
  const headers: Record<string, string> = {};
  if (as && "token" in as) headers.authorization = `Bearer ${as.token}`;
  if (as && "cookie" in as) Object.assign(headers, { cookie: as.cookie, origin: TEST_ORIGIN });
  return createClient<paths>({ baseUrl: TEST_ORIGIN, headers, fetch: (request) => dispatch(request) });
}
