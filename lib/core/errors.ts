/**
 * Errors the domain throws, free of any transport: a verb says *what* went wrong (`not_found`,
 * `conflict`…) and each transport maps the code to its own terms (lib/api/errors.ts: HTTP status).
 */
export const ERROR_CODES = [
  "invalid_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "idempotency_key_in_use",
  "idempotency_key_reused",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetail = { field: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetail[];

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetail[] } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }
}

export const invalidRequest = (message: string, details?: ErrorDetail[]) => new AppError("invalid_request", message, { details });
export const unauthorized = (message = "Sign in or send a valid API token.") => new AppError("unauthorized", message);
export const forbidden = (message: string) => new AppError("forbidden", message);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const conflict = (message: string, details?: ErrorDetail[]) => new AppError("conflict", message, { details });
