import { readFile } from "node:fs/promises";
import path from "node:path";

// The committed document, generated from the route contracts by `npm run openapi:write` and
// checked against them in CI (`npm run openapi:check`), so what is served is what the code does.
let document: Promise<string> | undefined;

// GET /v1/openapi.json – the OpenAPI 3.1 document of /v1; public, so tools can fetch it without a token
export async function GET(): Promise<Response> {
  document ??= readFile(path.join(process.cwd(), "openapi.json"), "utf8");
  return new Response(await document, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
      "X-Request-Id": crypto.randomUUID(),
    },
  });
}
