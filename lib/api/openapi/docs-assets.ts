import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/core/errors";
import { errorResponse } from "../respond";

/** `without` names strings of a vendor file to blank out as it is served (see REDOC_ASSETS). */
type Asset = { file: string; type: string; without?: string[] } | { text: string; type: string };

const JS = "text/javascript; charset=utf-8";
const SVG = "image/svg+xml";
const dist = (pkg: string, file: string) => path.join(process.cwd(), "node_modules", pkg, file);
// Tasktide's own mark and logo, from public/ (scripts/make-icons.mjs), so the pages carry our name.
const own = (file: string) => path.join(process.cwd(), "public", file);

/**
 * The docs pages' assets come from the npm packages installed with the app, never from a CDN:
 * the docs work offline and on locked-down networks, and no third party sees who reads them.
 * Only these names are served, so the route cannot be walked out of node_modules.
 */
export const SWAGGER_ASSETS: Record<string, Asset> = {
  "swagger-ui.css": { file: dist("swagger-ui-dist", "swagger-ui.css"), type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": { file: dist("swagger-ui-dist", "swagger-ui-bundle.js"), type: JS },
  "swagger-ui-standalone-preset.js": { file: dist("swagger-ui-dist", "swagger-ui-standalone-preset.js"), type: JS },
  "icon.svg": { file: own("icon.svg"), type: SVG },
  // Our start-up script lives in a file rather than inline, so the page's CSP can forbid inline scripts.
  "init.js": {
    type: JS,
    text: `// Tasktide's mark and name in the top bar, in place of Swagger's logo.
const TasktideLogo = ({ React }) => ({
  components: {
    Logo: () =>
      React.createElement(
        "span",
        { style: { display: "flex", alignItems: "center", gap: "10px", color: "#fff", fontSize: "1.25em", fontWeight: 600 } },
        React.createElement("img", { src: "/v1/docs/assets/icon.svg", alt: "", width: 32, height: 32 }),
        "Tasktide API",
      ),
  },
});
window.ui = SwaggerUIBundle({
  url: "/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl, TasktideLogo],
  layout: "StandaloneLayout",
  // "Try it out" with a token: Authorize once, and the token survives reloads (localStorage).
  persistAuthorization: true,
  tryItOutEnabled: false,
  displayRequestDuration: true,
  filter: true,
  // Tags start collapsed: with every operation (130+) expanded at once, this Swagger UI renders the
  // first few and stops (measured: up to ~126 renders, 129 does not). Each tag opens on a click.
  docExpansion: "none",
});
`,
  },
};

/**
 * ReDoc shows the document's `info.x-logo` (our logo.svg) at the top of its sidebar. Its footer's
 * "API docs by Redocly" link hard-codes an image from cdn.redoc.ly, with no option to turn it off:
 * served with that address blanked, the image fails without a request and ReDoc drops it (the
 * link stays). A ReDoc upgrade that moves the address fails test/integration/public-assets.test.ts.
 */
export const REDOC_ASSETS: Record<string, Asset> = {
  "redoc.standalone.js": {
    file: dist("redoc", "bundles/redoc.standalone.js"),
    type: JS,
    without: ["https://cdn.redoc.ly/redoc/logo-mini.svg"],
  },
  "icon.svg": { file: own("icon.svg"), type: SVG },
  "logo.svg": { file: own("logo.svg"), type: SVG },
};

async function readAsset(asset: { file: string; without?: string[] }): Promise<Uint8Array<ArrayBuffer> | string> {
  if (!asset.without) return new Uint8Array(await readFile(asset.file));
  let text = await readFile(asset.file, "utf8");
  for (const blank of asset.without) text = text.replaceAll(blank, "");
  return text;
}

export async function serveAsset(assets: Record<string, Asset>, name: string): Promise<Response> {
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  if (!asset) return errorResponse(new AppError("not_found", `No docs asset named ${name}.`));
  const body = "text" in asset ? asset.text : await readAsset(asset);
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
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
