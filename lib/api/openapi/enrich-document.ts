import type { OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { ErrorCode } from "@/lib/core/errors";
import { ERROR_STATUS } from "../errors";

type Doc = ReturnType<OpenApiGeneratorV31["generateDocument"]>;
type Response = {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: unknown; example?: unknown }>;
};

const HEADERS = {
  "X-Request-Id": { description: "Unique per response; quote it when reporting a problem.", schema: { type: "string", format: "uuid" } },
  "RateLimit-Limit": { description: "Requests allowed in the current window.", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in the current window.", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets.", schema: { type: "integer" } },
  "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer" } },
  "Idempotent-Replayed": {
    description: "`true` when this is the stored response of an earlier request with the same `Idempotency-Key` (nothing ran again).",
    schema: { type: "string", const: "true" },
  },
} as const;

/** The `Idempotency-Key` header every POST takes: one shared parameter, referenced by each. */
const PARAMETERS = {
  IdempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description:
      "Makes a retry safe: a later POST by the same caller with the same key and the same body answers the first response again (with `Idempotent-Replayed: true`) and changes nothing. The same key with another body is 422 `idempotency_key_reused`; while the first request still runs, 409 `idempotency_key_in_use` with `Retry-After`. Keys are kept 24 hours per caller (token or user). 1–255 visible ASCII characters; a UUID is the usual choice.",
    schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
    example: "5b9e2a4c-4c3e-4f0a-9a67-0c6f5b0b7f11",
  },
} as const;

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

/** One example envelope per status, so readers see what each error looks like. */
const EXAMPLES: Record<ErrorCode, { message: string; details?: { field: string; message: string }[] }> = {
  invalid_request: {
    message: "Invalid request body: name: Name must not be empty.",
    details: [{ field: "name", message: "Name must not be empty." }],
  },
  unauthorized: { message: "The API token is invalid, expired or revoked." },
  forbidden: { message: "This API token has the read scope; the read_write scope is required to make changes." },
  not_found: { message: "Board was not found." },
  method_not_allowed: { message: "PUT is not allowed on /v1/boards; allowed: GET, HEAD, OPTIONS, POST." },
  conflict: { message: "The change conflicts with the current state." },
  idempotency_key_in_use: { message: "A request with this Idempotency-Key is still being processed; retry in 1 s to get its response." },
  idempotency_key_reused: {
    message: "This Idempotency-Key was first used on POST /v1/cards with another body; use a new key for a different request.",
  },
  payload_too_large: { message: "The request body is larger than 1024 KiB." },
  unsupported_media_type: { message: "Send the body as JSON with Content-Type: application/json." },
  rate_limited: { message: "Too many requests; try again in 12 s." },
  unavailable: { message: "The database is unreachable for a moment; try again in 2 s." },
  internal: { message: "Something went wrong on our side (request 6f1c…)." },
};

// The first code of a status names it (409: conflict, not idempotency_key_in_use).
const CODE_BY_STATUS = new Map<string, ErrorCode>();
for (const [code, status] of Object.entries(ERROR_STATUS))
  if (!CODE_BY_STATUS.has(String(status))) CODE_BY_STATUS.set(String(status), code as ErrorCode);

/**
 * What the route registrations cannot say one by one: the headers every response carries
 * (request id, rate-limit budget, Retry-After on 429) and an example envelope per error status.
 */
export function enrichDocument(doc: Doc): Doc {
  doc.components = { ...doc.components, headers: { ...HEADERS }, parameters: { ...doc.components?.parameters, ...PARAMETERS } };
  for (const pathItem of Object.values(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(
      pathItem as Record<string, { responses?: Record<string, Response>; parameters?: unknown[] }>,
    )) {
      if (method === "post") operation.parameters = [...(operation.parameters ?? []), { $ref: "#/components/parameters/IdempotencyKey" }];
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        response.headers = { "X-Request-Id": ref("X-Request-Id"), ...response.headers };
        if (method === "post" && Number(status) < 300) response.headers["Idempotent-Replayed"] = ref("Idempotent-Replayed");
        const code = CODE_BY_STATUS.get(status);
        if (status === "429" || status === "503") response.headers["Retry-After"] = ref("Retry-After");
        if (code !== "unauthorized" && code !== "internal" && code !== "unavailable" && !(code === undefined && Number(status) >= 400)) {
          Object.assign(response.headers, {
            "RateLimit-Limit": ref("RateLimit-Limit"),
            "RateLimit-Remaining": ref("RateLimit-Remaining"),
            "RateLimit-Reset": ref("RateLimit-Reset"),
          });
        }
        const json = response.content?.["application/json"];
        if (code && json && json.example === undefined) json.example = { error: code, ...EXAMPLES[code] };
      }
    }
  }
  return doc;
}
