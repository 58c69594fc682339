import { z } from "zod";
import { AppError, type ErrorCode } from "@/lib/core/errors";
import {
  beginIdempotent,
  completeIdempotent,
  fingerprint,
  readIdempotencyKey,
  releaseIdempotent,
  scopeOf,
} from "@/lib/idempotency/idempotency";
import type { Ctx } from "@/lib/workspaces/context";
import { authorize, type Permission } from "@/lib/workspaces/permissions";
import { checkResponse } from "./check-response";
import { isMultipart, readMultipart, type MultipartUpload } from "./multipart";
import { parseParams, parseWith, readJsonBody, readQuery } from "./parse";
import { statusOf } from "./errors";
import { errorResponse, json, noContent } from "./respond";
import { runApiRequest, type RouteContext } from "./run-api-request";

export type SuccessStatus = 200 | 201 | 202 | 204 | 206;

/**
 * A success body's schema (`null`: no body), optionally with what the reader should know of it;
 * `binary` names the media type of a response that is a file's bytes, not JSON (the handler
 * returns its own Response).
 */
export type SuccessResponse = z.ZodType | null | { schema: z.ZodType | null; description: string; binary?: string };

/**
 * A `multipart/form-data` body: its text fields (parsed like a JSON body) and the name of its one
 * file part, which the handler receives as a stream (`upload`). An operation may take both this
 * and a JSON `body`; the request's Content-Type chooses.
 */
export type MultipartContract<M extends z.ZodObject> = { fields: M; file: string; description: string };

export function responseSchema(response: SuccessResponse): z.ZodType | null {
  return response === null || response instanceof z.ZodType ? response : response.schema;
}

/**
 * Everything a /v1 operation promises, stated once: it parses the request, and the OpenAPI
 * document is generated from it (lib/api/openapi/collect-operations.ts finds every route file).
 * The method and path are the route file's: the export's name and the folder it lives in.
 */
export type RouteContract<
  P extends z.ZodObject | undefined,
  Q extends z.ZodObject | undefined,
  B extends z.ZodType | undefined,
  M extends z.ZodObject | undefined = undefined,
> = {
  tag: string;
  summary: string;
  description?: string;
  /**
   * Who may call it (lib/workspaces/permissions.ts), checked before the input is parsed, so a
   * caller without the right learns that first. The verb checks the same key, for its other callers.
   */
  permission: Permission;
  /** Path parameters; a value of the wrong shape answers 404 and never reaches SQL. */
  params?: P;
  /** Query parameters (`.strict()`, so an unknown one is 400). */
  query?: Q;
  /** The JSON body. */
  body?: B;
  /** The body may be left out entirely (an action whose fields are all optional): counts as `{}`. */
  bodyOptional?: boolean;
  /** A multipart body with one streamed file (see MultipartContract). */
  multipart?: M extends z.ZodObject ? MultipartContract<M> : undefined;
  /**
   * The success responses by status: `{ 200: Board }`, `{ 201: Card }`, `{ 204: null }`. The first
   * one is what a plain return value answers; `withStatus(202, value)` picks another.
   */
  responses: Partial<Record<SuccessStatus, SuccessResponse>>;
  /** Error codes this operation answers besides those implied by its shape (see registerOperation). */
  errors?: ErrorCode[];
};

type Input<T> = T extends z.ZodType ? z.output<T> : undefined;

/** The multipart body's parsed fields and its file stream, when the request was multipart. */
export type Upload<M> = M extends z.ZodObject ? { fields: z.output<M>; file: MultipartUpload["file"] } : undefined;

export type RouteHandler<P, Q, B, M = undefined> = (args: {
  req: Request;
  ctx: Ctx;
  params: Input<P>;
  query: Input<Q>;
  /** Undefined when the request was multipart (then `upload` is set). */
  body: Input<B>;
  upload: Upload<M> | undefined;
}) => Promise<unknown>;

/** A Next route handler that also carries its contract, for the OpenAPI document and the tests. */
export type ApiRoute = ((req: Request, route?: RouteContext) => Promise<Response>) & {
  contract: RouteContract<z.ZodObject | undefined, z.ZodObject | undefined, z.ZodType | undefined, z.ZodObject | undefined>;
};

const STATUS = Symbol("status");
type WithStatus = { [STATUS]: SuccessStatus; value: unknown };

/** Answers one of the contract's other success statuses (e.g. 202 for an invite instead of 201). */
export function withStatus(status: SuccessStatus, value: unknown): WithStatus {
  return { [STATUS]: status, value };
}

/**
 * One /v1 operation: `export const GET = route({ tag, summary, params, responses: { 200: Board } },
 * ({ ctx, params }) => getBoard({ ctx, id: params.id }))`. It authenticates, rate-limits, parses
 * params, query and body with the contract's schemas, runs the handler and answers the contract's
 * status; errors become the `{error, message}` envelope (run-api-request.ts).
 */
export function route<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  M extends z.ZodObject | undefined = undefined,
>(contract: RouteContract<P, Q, B, M>, handler: RouteHandler<P, Q, B, M>): ApiRoute {
  const statuses = Object.keys(contract.responses).map(Number) as SuccessStatus[];
  if (statuses.length === 0) throw new Error(`Route "${contract.summary}" declares no success response.`);
  const run = (req: Request, route?: RouteContext) =>
    runApiRequest(req, route, async ({ ctx, rawParams }) => {
      authorize(ctx, contract.permission);
      const params = (contract.params ? parseParams(contract.params, rawParams) : undefined) as Input<P>;
      const query = (contract.query ? parseWith(contract.query, readQuery(req), "query") : undefined) as Input<Q>;
      const key = req.method === "POST" ? readIdempotencyKey(req) : undefined;
      const multipart = contract.multipart as MultipartContract<z.ZodObject> | undefined;
      // The body as sent (before its schema): what an Idempotency-Key's retry must repeat.
      let read: MultipartUpload | undefined;
      let raw: unknown;
      if (multipart && isMultipart(req)) read = await readMultipart(req, multipart.file);
      else if (contract.body) raw = await readJsonBody(req, { optional: contract.bodyOptional });

      const respond = async (): Promise<Response> => {
        let upload: Upload<M> | undefined;
        let body: Input<B> = undefined as Input<B>;
        if (read) {
          try {
            upload = { fields: parseWith(multipart!.fields, read.fields, "body"), file: read.file } as Upload<M>;
          } catch (error) {
            read.file.stream.destroy();
            throw error;
          }
        } else if (contract.body) {
          body = parseWith(contract.body, raw, "body") as Input<B>;
        }
        const result = await handler({ req, ctx, params, query, body, upload });
        if (result instanceof Response) return result;
        const [status, value] = isWithStatus(result) ? [result[STATUS], result.value] : [statuses[0], result];
        const response = contract.responses[status];
        if (response === undefined) throw new Error(`Route "${contract.summary}" answered ${status}, which its contract does not list.`);
        const schema = responseSchema(response);
        if (schema === null) return noContent();
        checkResponse(contract.summary, status, schema, value);
        return json(value, status);
      };
      if (key === undefined) return respond();
      return idempotent(ctx, req, key, read ? multipartFingerprint(req, read) : raw, respond, () => read?.file.stream.destroy());
    });
  return Object.assign(run, { contract }) as ApiRoute;
}

/**
 * Runs `respond` once per Idempotency-Key: a retry with the same body answers the stored response.
 * Every answer below 500 is kept (a 400 or 404 too: the same request gets the same answer); a
 * failure on our side (5xx, or an unexpected error) frees the key, so the retry runs again.
 */
async function idempotent(
  ctx: Ctx,
  req: Request,
  key: string,
  sent: unknown,
  respond: () => Promise<Response>,
  discard: () => void,
): Promise<Response> {
  const operation = `${req.method} ${new URL(req.url).pathname}`;
  const scope = scopeOf(ctx.caller, key);
  let begun;
  try {
    begun = await beginIdempotent(ctx.db, scope, operation, fingerprint(operation, sent));
  } catch (error) {
    discard();
    throw error;
  }
  if (begun.kind === "replay") {
    discard();
    return begun.response;
  }
  let response: Response;
  try {
    response = await respond();
  } catch (error) {
    if (!(error instanceof AppError) || statusOf(error) >= 500 || error.code === "rate_limited") {
      await releaseIdempotent(ctx.db, scope).catch(() => {});
      throw error;
    }
    response = errorResponse(error);
  }
  if (response.status >= 500) {
    await releaseIdempotent(ctx.db, scope).catch(() => {});
    return response;
  }
  return completeIdempotent(ctx.db, scope, response);
}

/**
 * A multipart upload's fingerprint: its text fields, the file's name and the body's declared
 * length. The file's bytes are not read twice: a retry is answered before its file is consumed.
 */
function multipartFingerprint(req: Request, read: MultipartUpload): unknown {
  return { fields: read.fields, filename: read.file.filename, length: req.headers.get("content-length") };
}

function isWithStatus(value: unknown): value is WithStatus {
  return typeof value === "object" && value !== null && STATUS in value;
}
