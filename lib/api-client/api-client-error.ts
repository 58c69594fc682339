import type { components } from "./openapi-types";

type ErrorEnvelope = components["schemas"]["Error"];

/** An error from /v1 with its status and envelope, so the UI can show the server's message. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorEnvelope["error"] | (string & {}),
    message: string,
    readonly details?: ErrorEnvelope["details"],
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  /** From a failed response's `{error, message, details}` body (or whatever a proxy sent instead). */
  static fromEnvelope(status: number, body: unknown): ApiClientError {
    const envelope = (typeof body === "object" && body !== null ? body : {}) as Partial<ErrorEnvelope>;
    const message = typeof envelope.message === "string" ? envelope.message : `Request failed (${status}).`;
    return new ApiClientError(status, typeof envelope.error === "string" ? envelope.error : "internal", message, envelope.details);
  }
}
