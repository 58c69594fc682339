import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "@/lib/core/errors";
import { responseSchema, type RouteContract } from "../route";
import { minimumRole } from "@/lib/workspaces/permissions";
import { ERROR_STATUS } from "../errors";

export const ErrorEnvelope = z
  .object({
    error: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Error" });

export type Method = "get" | "post" | "patch" | "put" | "delete";

export type Operation = {
  method: Method;
  path: string;
  contract: RouteContract<z.ZodObject | undefined, z.ZodObject | undefined, z.ZodType | undefined, z.ZodObject | undefined>;
};

const DESCRIPTIONS: Record<ErrorCode, string> = {
  invalid_request: "The request is malformed or a field is invalid; `details` names each field.",
  unauthorized: "Missing, invalid, expired or revoked credentials.",
  forbidden: "Authenticated, but the role, token scope or board restriction does not allow this.",
  not_found: "No such resource for this caller.",
  method_not_allowed: "The path does not support this method; `Allow` lists those it does.",
  conflict: "The change conflicts with the current state.",
  idempotency_key_in_use: "A request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds for its response.",
  idempotency_key_reused: "This `Idempotency-Key` was first used with another body (or operation); use a new key for a different request.",
  payload_too_large: "The body is over the size limit.",
  unsupported_media_type: "The body is not JSON.",
  rate_limited: "Too many requests; retry after `Retry-After` seconds.",
  unavailable: "The database is unreachable for a moment; retry after `Retry-After` seconds.",
  internal: "An unexpected error; reported with its request id.",
};

/**
 * The error codes an operation can answer: those every operation can, those its shape implies
 * (a body can be malformed, too large or not JSON; path ids can name nothing; a mutation can be
 * refused), and the ones its contract lists.
 */
export function errorCodesOf({ method, contract }: Pick<Operation, "method" | "contract">): Set<ErrorCode> {
  const codes = new Set<ErrorCode>(["unauthorized", "rate_limited", "unavailable", "internal", ...(contract.errors ?? [])]);
  if (contract.body || contract.multipart)
    ["invalid_request", "payload_too_large", "unsupported_media_type"].forEach((c) => codes.add(c as ErrorCode));
  if (contract.query) codes.add("invalid_request");
  if (contract.params) codes.add("not_found");
  if (method !== "get") codes.add("forbidden");
  if (method === "post") {
    // A malformed Idempotency-Key is 400 on any POST.
    codes.add("invalid_request");
    codes.add("idempotency_key_in_use");
    if (contract.body || contract.multipart) codes.add("idempotency_key_reused");
  }
  return codes;
}

/** A file's bytes in the document: a binary string. */
const Binary = z.string().meta({ format: "binary" });

/** The request body: JSON, multipart with its fields and a binary file part, or either. */
function requestBody(contract: Operation["contract"]) {
  const content: Record<string, { schema: z.ZodType }> = {};
  if (contract.multipart) {
    const { fields, file, description } = contract.multipart;
    content["multipart/form-data"] = { schema: fields.extend({ [file]: Binary.meta({ description }) }) };
  }
  if (contract.body) content["application/json"] = { schema: contract.body };
  return { required: !contract.bodyOptional, content };
}

/** Registers one operation with its success and error responses (the shared envelope per status). */
export function registerOperation(registry: OpenAPIRegistry, operation: Operation): void {
  const { method, path, contract } = operation;
  const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {};
  for (const [status, response] of Object.entries(contract.responses)) {
    const schema = responseSchema(response);
    const described = response && !(response instanceof z.ZodType) ? response : undefined;
    responses[status] = {
      description: described?.description ?? (status === "204" ? "Done; no content." : "Success."),
      ...(schema ? { content: { "application/json": { schema } } } : {}),
      ...(described?.binary ? { content: { [described.binary]: { schema: Binary } } } : {}),
    };
  }
  for (const code of errorCodesOf(operation)) {
    responses[ERROR_STATUS[code]] ??= { description: DESCRIPTIONS[code], content: { "application/json": { schema: ErrorEnvelope } } };
  }
  registry.registerPath({
    method,
    path,
    tags: [contract.tag],
    summary: contract.summary,
    description: [contract.description, `Requires the \`${minimumRole(contract.permission)}\` role or higher.`]
      .filter(Boolean)
      .join("\n\n"),
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    request: {
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.query ? { query: contract.query } : {}),
      ...(contract.body || contract.multipart ? { body: requestBody(contract) } : {}),
    },
    responses,
  });
}
