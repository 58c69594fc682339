import { generateOpenApiDocument } from "./generate-document";

let cached: string | undefined;

/**
 * The document as the exact text served at /v1/openapi.json and committed as openapi.json:
 * generated once per process (routes register at import time and never change afterwards).
 */
export function openApiDocumentJson(): string {
  cached ??= `${JSON.stringify(generateOpenApiDocument(), null, 2)}\n`;
  return cached;
}
