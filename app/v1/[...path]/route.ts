import { AppError } from "@/lib/core/errors";
import { errorResponse } from "@/lib/api/respond";

// Any /v1 path without a route answers the JSON envelope rather than Next's HTML 404 page, for
// every method (HEAD follows GET; methods Next does not know are answered by scripts/request-guard.mjs).
function noSuchRoute(req: Request): Response {
  const response = errorResponse(new AppError("not_found", `There is no API route ${req.method} ${new URL(req.url).pathname}.`));
  response.headers.set("X-Request-Id", crypto.randomUUID());
  return response;
}

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
export const OPTIONS = noSuchRoute;
