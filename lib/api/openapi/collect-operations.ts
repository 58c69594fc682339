import type { ApiRoute } from "../route";
import type { Method, Operation } from "./registry";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Route files under app/v1 that serve something other than API operations. */
const NOT_OPERATIONS = [/\[\.\.\./, /^\/v1\/openapi\.json$/, /^\/v1\/(docs|redoc)(\/|$)/];

/** `app/v1/boards/[id]/route.ts` (or `/app/v1/…`) → `/v1/boards/{id}`. */
export function apiPathOf(file: string): string {
  return file
    .replace(/^\/?app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");
}

export function isOperationPath(apiPath: string): boolean {
  return !NOT_OPERATIONS.some((pattern) => pattern.test(apiPath));
}

function isApiRoute(value: unknown): value is ApiRoute {
  return typeof value === "function" && "contract" in value;
}

/**
 * Every /v1 operation, from the route files themselves: the method is the export's name, the path
 * the file's folder, the rest the contract the export carries. A method exported without a
 * contract is an error, so nothing reaches /v1 undocumented. Sorted by path, then method.
 */
export function collectOperations(modules: Record<string, Record<string, unknown>>): Operation[] {
  const operations: Operation[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    const path = apiPathOf(file);
    if (!isOperationPath(path)) continue;
    for (const method of METHODS) {
      const handler = mod[method];
      if (handler === undefined) continue;
      if (!isApiRoute(handler))
        throw new Error(`${file} exports ${method} without a contract: write it as route({ … }, handler) from lib/api/route.ts.`);
      operations.push({ method: method.toLowerCase() as Method, path, contract: handler.contract });
    }
  }
  const order = (op: Operation) => `${op.path} ${METHODS.indexOf(op.method.toUpperCase() as (typeof METHODS)[number])}`;
  return operations.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
