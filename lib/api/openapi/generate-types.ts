import openapiTS, { astToString } from "openapi-typescript";

const BANNER = "// Generated from openapi.json by `npm run openapi:write`; do not edit.\n";

/** TypeScript types of the document (openapi-typescript), for the generated test client. */
export async function generateOpenApiTypes(documentJson: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(documentJson));
  return BANNER + astToString(ast);
}
