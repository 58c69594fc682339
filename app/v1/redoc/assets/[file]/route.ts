import { REDOC_ASSETS, serveAsset } from "@/lib/api/openapi/docs-assets";

// GET /v1/redoc/assets/{file} – ReDoc's standalone bundle, from the redoc npm package
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return serveAsset(REDOC_ASSETS, (await params).file);
}
