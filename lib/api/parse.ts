import { config } from "@/config";
import { type z } from "zod";
import { AppError, invalidRequest, type ErrorDetail } from "@/lib/core/errors";

export function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "(body)";
    if (issue.code === "unrecognized_keys") {
      return { field: issue.keys.join(", "), message: `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.` };
    }
    return { field, message: issue.message };
  });
}

/**
 * What text the API accepts, decided here once: any Unicode string except one holding a NUL
 * (U+0000, which PostgreSQL cannot store in text) or an unpaired surrogate (not Unicode at all,
 * and not storable as UTF-8). Each such field is named in a 400, before any schema or SQL sees it.
 */
function textProblems(value: unknown, path: string[] = []): ErrorDetail[] {
  if (typeof value === "string") {
    if (value.includes("\u0000"))
      return [{ field: path.join(".") || "(body)", message: "Text must not contain the NUL character (U+0000)." }];
    if (!value.isWellFormed())
      return [{ field: path.join(".") || "(body)", message: "Text must be valid Unicode (it holds an unpaired surrogate)." }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblems(item, [...path, String(i)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...textProblems(key, [...path, "(key)"]),
      ...textProblems(item, [...path, key]),
    ]);
  }
  return [];
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: "body" | "query"): z.infer<T> {
  const problems = textProblems(value);
  if (problems.length > 0) throw invalid(where, problems);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalid(where, zodDetails(result.error));
}

function invalid(where: "body" | "query", details: ErrorDetail[]) {
  const summary = details.map((d) => (d.field === "(body)" ? d.message : `${d.field}: ${d.message}`)).join("; ");
  return invalidRequest(`Invalid ${where === "body" ? "request body" : "query parameters"}: ${summary}`, details);
}

/** Path parameters of the wrong shape name no resource that could exist: 404, never a query. */
export function parseParams<T extends z.ZodObject>(schema: T, raw: Record<string, string | string[]>): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const details = zodDetails(result.error);
  throw new AppError("not_found", `No such resource: ${details.map((d) => `${d.field}: ${d.message}`).join("; ")}`, { details });
}

/**
 * Reads a JSON body with a hard size cap. The stream is counted as it arrives, so a missing or
 * lying Content-Length cannot make the server buffer more than the limit.
 */
export async function readJsonBody(req: Request, options: { limit?: number; optional?: boolean } = {}): Promise<unknown> {
  const limit = options.limit ?? config().api.maxBodyBytes;
  if (options.optional && hasNoBody(req)) return {};
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const reader = req.body?.getReader();
  if (!reader) throw invalidRequest("The request body is empty; send a JSON object.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw invalidRequest("The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text);
  } catch {
    throw invalidRequest("The request body is not valid JSON.");
  }
}

function tooLarge(limit: number) {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} KiB.`);
}

/** No body at all: no stream, a zero Content-Length, or neither a length nor a type. */
function hasNoBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  return req.body === null || length === "0" || (!req.headers.get("content-type") && !length);
}

/** The query string as an object: a repeated key becomes an array. */
export function readQuery(req: Request): Record<string, string | string[]> {
  const params = new URL(req.url).searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length > 1 ? values : values[0];
  }
  return query;
}
