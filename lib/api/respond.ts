import type { AppError } from "@/lib/core/errors";
import { errorBody, HttpError, statusOf } from "./errors";

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export const noContent = () => new Response(null, { status: 204 });

export function errorResponse(error: AppError): Response {
  return json(errorBody(error), statusOf(error), error instanceof HttpError ? error.headers : undefined);
}
