import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/core/errors";
import { errorResponse } from "../respond";

type Asset = { file: string; type: string } | { text: string; type: string };

const JS = "text/javascript; charset=utf-8";
const dist = (pkg: string, file: string) => path.join(process.cwd(), "node_modules", pkg, file);

/**
 * The docs pages' assets come from the npm packages installed with the app, never from a CDN:
 * the docs work offline and on locked-down networks, and no third party sees who reads them.
 * Only these names are served, so the route cannot be walked out of node_modules.
 */
export const SWAGGER_ASSETS: Record<string, Asset> = {
  "swagger-ui.css": { file: dist("swagger-ui-dist", "swagger-ui.css"), type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { file: dist("swagger-ui-dist", "swagger-ui-bundle.js"), type: JS },
  "swagger-ui-standalone-preset.js": { file: dist("swagger-ui-dist", "swagger-ui-standalone-preset.js"), type: JS },
  "favicon-32x32.png": { file: dist("swagger-ui-dist", "favicon-32x32.png"), type: "image/png" },
  // Our start-up script lives in a file rather than inline, so the page's CSP can forbid inline scripts.
  "init.js": {
    type: JS,
    text: `window.ui = SwaggerUIBundle({
  url: "/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
  layout: "StandaloneLayout",
  // "Try it out" with a token: Authorize once, and the token survives reloads (localStorage).
  persistAuthorization: true,
  tryItOutEnabled: false,
  displayRequestDuration: true,
  filter: true,
});
`,
  },
};

export const REDOC_ASSETS: Record<string, Asset> = {
  "redoc.standalone.js": { file: dist("redoc", "bundles/redoc.standalone.js"), type: JS },
};

export async function serveAsset(assets: Record<string, Asset>, name: string): Promise<Response> {
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  if (!asset) return errorResponse(new AppError("not_found", `No docs asset named ${name}.`));
  const body = "text" in asset ? asset.text : await readFile(asset.file);
  return new Response(body, {
    headers: { "Content-Type": asset.type, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * Scripts only from our origin; Swagger UI and ReDoc style themselves inline and ReDoc runs its
 * search in a blob worker. Requests ("Try it out") go to our own origin only.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

export function htmlPage(html: string): Response {
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" },
  });
}
