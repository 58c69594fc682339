import { ApiError, errorBody } from "./errors";

export function json(data: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(data, { status, headers });
}

export const created = (data: unknown) => json(data, 201);
export const noContent = () => new Response(null, { status: 204 });

export function errorResponse(error: ApiError): Response {
  return json(errorBody(error), error.status, error.headers);
}
