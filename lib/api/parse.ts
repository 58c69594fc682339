import { z } from "zod";
import { ApiError, invalidRequest, type ErrorDetail } from "./errors";

export const MAX_JSON_BYTES = Number(process.env.API_MAX_BODY_BYTES || 1024 * 1024);

export function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join(".") || "(body)";
    if (issue.code === "unrecognized_keys") {
      return { field: issue.keys.join(", "), message: `Unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}.` };
    }
    return { field, message: issue.message };
  });
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: "body" | "query"): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = zodDetails(result.error);
  const summary = details.map((d) => (d.field === "(body)" ? d.message : `${d.field}: ${d.message}`)).join("; ");
  throw invalidRequest(`Invalid ${where === "body" ? "request body" : "query parameters"}: ${summary}`, details);
}

/**
 * Reads a JSON body with a hard size cap. The stream is counted as it arrives, so a missing or
 * lying Content-Length cannot make the server buffer more than the limit.
 */
export async function readJsonBody(req: Request, limit = MAX_JSON_BYTES): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
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
  return new ApiError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} KiB.`);
}

export async function parseBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  return parseWith(schema, await readJsonBody(req), "body");
}

export function parseQuery<T extends z.ZodType>(req: Request, schema: T): z.infer<T> {
  const params = new URL(req.url).searchParams;
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length > 1 ? values : values[0];
  }
  return parseWith(schema, query, "query");
}
