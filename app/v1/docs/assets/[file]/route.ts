import { serveAsset, SWAGGER_ASSETS } from "@/lib/api/openapi/docs-assets";

// GET /v1/docs/assets/{file} – Swagger UI's files, from the swagger-ui-dist npm package
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return serveAsset(SWAGGER_ASSETS, (await params).file);
}
