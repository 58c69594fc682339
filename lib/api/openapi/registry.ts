import { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "../errors";

/** Every /v1 operation is registered here by its domain's `lib/<domain>/openapi.ts`. */
export const registry = new OpenAPIRegistry();

export const ErrorEnvelope = z
  .object({
    error: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Error" });

export const IdParam = z.object({ id: z.string().meta({ description: "The resource's prefixed id." }) });

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), next_cursor: z.string().nullable() }).meta({ id });
}

type Method = "get" | "post" | "patch" | "put" | "delete";

type RouteDoc = {
  method: Method;
  /** OpenAPI path with `{param}` segments, e.g. `/v1/boards/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success response; omit `schema` for an empty one (204). */
  success: { status: 200 | 201 | 202 | 204; schema?: z.ZodType; description?: string };
  /** Error codes this operation can answer besides the ones every operation can. */
  errors?: ErrorCode[];
};

const ALWAYS: ErrorCode[] = ["unauthorized", "rate_limited", "internal"];
const DESCRIPTIONS: Record<ErrorCode, string> = {
  invalid_request: "The request is malformed or a field is invalid; `details` names each field.",
  unauthorized: "Missing, invalid, expired or revoked credentials.",
  forbidden: "Authenticated, but the role, token scope or board restriction does not allow this.",
  not_found: "No such resource for this caller.",
  conflict: "The change conflicts with the current state.",
  payload_too_large: "The body is over the size limit.",
  unsupported_media_type: "The body is not JSON.",
  rate_limited: "Too many requests; retry after `Retry-After` seconds.",
  internal: "An unexpected error; reported with its request id.",
};

/** Registers one operation with its success and error responses (the shared envelope per status). */
export function documentRoute(doc: RouteDoc): void {
  const codes = new Set<ErrorCode>([...ALWAYS, ...(doc.errors ?? [])]);
  if (doc.body) ["invalid_request", "payload_too_large", "unsupported_media_type"].forEach((c) => codes.add(c as ErrorCode));
  if (doc.query) codes.add("invalid_request");
  if (doc.method !== "get") codes.add("forbidden");
  const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {
    [doc.success.status]: {
      description: doc.success.description ?? (doc.success.status === 204 ? "Done; no content." : "Success."),
      ...(doc.success.schema ? { content: { "application/json": { schema: doc.success.schema } } } : {}),
    },
  };
  for (const code of codes) {
    responses[ERROR_STATUS[code]] ??= { description: DESCRIPTIONS[code], content: { "application/json": { schema: ErrorEnvelope } } };
  }
  registry.registerPath({
    method: doc.method,
    path: doc.path,
    tags: [doc.tag],
    summary: doc.summary,
    description: doc.description,
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    request: {
      ...(doc.params ? { params: doc.params } : {}),
      ...(doc.query ? { query: doc.query } : {}),
      ...(doc.body ? { body: { required: true, content: { "application/json": { schema: doc.body } } } } : {}),
    },
    responses,
  });
}
