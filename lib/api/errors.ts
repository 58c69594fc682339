import { AppError, type ErrorCode, type ErrorDetail } from "@/lib/core/errors";

/** One table from error code to HTTP status: used by the error mapper and the OpenAPI document. */
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  idempotency_key_in_use: 409,
  idempotency_key_reused: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;

/** An AppError that carries HTTP headers of its own (Retry-After and the rate-limit budget). */
export class HttpError extends AppError {
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, headers: Record<string, string>) {
    super(code, message);
    this.name = "HttpError";
    this.headers = headers;
  }
}

export type ErrorBody = { error: ErrorCode; message: string; details?: ErrorDetail[] };

export function errorBody(error: AppError): ErrorBody {
  return { error: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
}

export function statusOf(error: AppError): number {
  return ERROR_STATUS[error.code];
}
