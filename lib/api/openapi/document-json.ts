import { collectOperations } from "./collect-operations";
import { generateOpenApiDocument } from "./generate-document";

/**
 * The document as the exact text committed as openapi.json (and served at /v1/openapi.json),
 * from the route modules (`importRouteModules()` in scripts, `import.meta.glob` in tests).
 */
export function openApiDocumentJson(routeModules: Record<string, Record<string, unknown>>): string {
  return `${JSON.stringify(generateOpenApiDocument(collectOperations(routeModules)), null, 2)}\n`;
}
