/** One table from error code to HTTP status: used by the error mapper and the OpenAPI document. */
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetail = { field: string; message: string };

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetail[];
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const invalidRequest = (message: string, details?: ErrorDetail[]) =>
  new ApiError("invalid_request", message, { details });
export const unauthorized = (message = "Sign in or send a valid API token.") => new ApiError("unauthorized", message);
export const forbidden = (message: string) => new ApiError("forbidden", message);
export const notFound = (what: string) => new ApiError("not_found", `${what} was not found.`);
export const conflict = (message: string) => new ApiError("conflict", message);

export type ErrorBody = { error: ErrorCode; message: string; details?: ErrorDetail[] };

export function errorBody(error: ApiError): ErrorBody {
  return { error: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
}
