import type { z } from "zod";
import { parseBody, parseWith } from "@/lib/api/parse";

/** For POST actions whose body is all optional: no body at all counts as `{}`. */
export async function parseOptionalBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  const length = req.headers.get("content-length");
  const empty = req.body === null || length === "0" || (!req.headers.get("content-type") && !length);
  return empty ? parseWith(schema, {}, "body") : parseBody(req, schema);
}
