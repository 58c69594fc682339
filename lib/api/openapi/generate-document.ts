import { OpenApiGeneratorV31, OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { enrichDocument } from "./enrich-document";
import { registerOperation, type Operation } from "./registry";

function registerSecuritySchemes(registry: OpenAPIRegistry): void {
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description:
      "A personal API token (`tt_…`) from Settings → Integrations → API Tokens. In Swagger UI, press Authorize and paste the token.",
  });
  registry.registerComponent("securitySchemes", "sessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: "authjs.session-token",
    description: "The browser's session (used by the Tasktide UI). Mutations must come from the same origin.",
  });
}

const DESCRIPTION = `The REST API of Tasktide: JSON in and out, \`snake_case\` fields, ISO-8601 UTC timestamps.

**Authentication.** Send \`Authorization: Bearer tt_…\` with a personal API token (Settings → Integrations → API Tokens). A token acts as its user, capped by its scope (\`read\`: GET only; \`read_write\`) and, when set, by its boards. Missing, invalid, expired or revoked credentials answer 401; a valid caller without the right answers 403 naming what is missing; another workspace's resource answers 404.

**Lists** answer \`{ "items": [...], "next_cursor": "…" | null }\`; pass \`?limit=\` (1–100, default 50) and \`?cursor=\`.

**Errors** answer \`{ "error": "<code>", "message": "…", "details": [...]? }\`.

**Rate limits** apply per token, per signed-in user, and per IP to requests without valid credentials. Authenticated responses carry \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`; over the limit the answer is 429 with \`Retry-After\` in seconds.`;

/** The OpenAPI 3.1 document of /v1, generated from the route contracts the handlers parse with. */
export function generateOpenApiDocument(operations: Operation[]) {
  const registry = new OpenAPIRegistry();
  registerSecuritySchemes(registry);
  for (const operation of operations) registerOperation(registry, operation);
  const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Tasktide API",
      version: "1.0.0",
      description: DESCRIPTION,
      "x-logo": { url: "/v1/redoc/assets/logo.svg", altText: "Tasktide" },
    },
    servers: [{ url: "/" }],
  });
  return enrichDocument(doc);
}
