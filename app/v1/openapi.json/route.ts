import { openApiDocumentJson } from "@/lib/api/openapi/document-json";

// GET /v1/openapi.json – the OpenAPI 3.1 document of /v1; public, so tools can fetch it without a token
export function GET(): Response {
  return new Response(openApiDocumentJson(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
      "X-Request-Id": crypto.randomUUID(),
    },
  });
}
