import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { apiPathOf, isOperationPath } from "@/lib/api/openapi/collect-operations";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";
import { generateOpenApiTypes } from "@/lib/api/openapi/generate-types";
import { routeModules } from "../support/route-modules";
import { dispatch } from "../support/router";

const documentJson = openApiDocumentJson(routeModules);
const document = JSON.parse(documentJson);
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Methods a route file exports (`export const GET =`, `export function GET`, `export async function GET`). */
function exportedMethods(source: string): string[] {
  return METHODS.filter((m) => new RegExp(`export\\s+(const|(async\\s+)?function)\\s+${m}\\b`).test(source));
}

async function routeFiles(): Promise<string[]> {
  const entries = await readdir("app/v1", { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === "route.ts")
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)))
    .sort();
}

/** What the route files' source says they export, read as text: independent of the collector. */
async function routeOperations(): Promise<Set<string>> {
  const operations = new Set<string>();
  for (const file of await routeFiles()) {
    const apiPath = apiPathOf(file);
    if (!isOperationPath(apiPath)) continue;
    for (const method of exportedMethods(await readFile(file, "utf8"))) operations.add(`${method} ${apiPath}`);
  }
  return operations;
}

function documentedOperations(): Set<string> {
  const operations = new Set<string>();
  for (const [p, item] of Object.entries(document.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(item))
      if (METHODS.includes(method.toUpperCase() as never)) operations.add(`${method.toUpperCase()} ${p}`);
  }
  return operations;
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (independent validator)", async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route under app/v1, and every documented operation has a route", async () => {
    const routes = await routeOperations();
    const documented = documentedOperations();
    const undocumented = [...routes].filter((op) => !documented.has(op));
    const missingRoutes = [...documented].filter((op) => !routes.has(op));
    expect(
      undocumented,
      `Route handlers missing from the OpenAPI document (write them as route({ … }, handler) from lib/api/route.ts):\n  ${undocumented.join("\n  ")}`,
    ).toEqual([]);
    expect(
      missingRoutes,
      `Documented operations with no route file exporting that method under app/v1:\n  ${missingRoutes.join("\n  ")}`,
    ).toEqual([]);
    expect(routes.has("POST /v1/tokens") && routes.has("DELETE /v1/tokens/{id}")).toBe(true);
  });

  it("describes auth, path parameters and the error envelope on every operation", () => {
    const problems: string[] = [];
    for (const [p, item] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(item)) {
        const name = `${method.toUpperCase()} ${p}`;
        if (!op.security?.some((s: object) => "bearerAuth" in s)) problems.push(`${name}: no bearerAuth security`);
        for (const status of ["401", "429"]) if (!op.responses?.[status]) problems.push(`${name}: no ${status} response`);
        if (method !== "get" && !op.responses?.["403"]) problems.push(`${name}: no 403 response`);
        for (const param of p.match(/\{(\w+)\}/g) ?? []) {
          const declared = (op.parameters ?? []).some((x: { in: string; name: string }) => x.in === "path" && `{${x.name}}` === param);
          if (!declared) problems.push(`${name}: path parameter ${param} not declared`);
        }
        for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
          if (Number(status) >= 400 && response.content?.["application/json"]?.schema?.$ref !== "#/components/schemas/Error")
            problems.push(`${name}: ${status} is not the Error envelope`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.paths["/v1/tokens"].post.requestBody.content["application/json"].schema.$ref).toBe(
      "#/components/schemas/CreateTokenInput",
    );
    expect(document.components.schemas.CreateTokenInput.example).toMatchObject({ scope: "read_write" });
    expect(document.paths["/v1/boards"].get.responses["429"].headers["Retry-After"]).toBeDefined();
  });

  it("matches the committed openapi.json and generated client types (run `npm run openapi:write` after changing the API)", async () => {
    const committed = await readFile("openapi.json", "utf8").catch(() => "");
    expect(committed === documentJson, "openapi.json is out of date with the code: run `npm run openapi:write` and commit it.").toBe(true);
    const types = await readFile("lib/api-client/openapi-types.d.ts", "utf8").catch(() => "");
    expect(
      types === (await generateOpenApiTypes(committed)),
      "lib/api-client/openapi-types.d.ts is out of date: run `npm run openapi:write`.",
    ).toBe(true);
  });
});

describe("serving the document and the docs", () => {
  const get = (p: string) => dispatch(new Request(`http://localhost:3000${p}`));

  it("serves /v1/openapi.json without credentials", async () => {
    const res = await get("/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual(document);
  });

  it.each([
    ["/v1/docs", /swagger-ui/],
    ["/v1/redoc", /<redoc spec-url="\/v1\/openapi.json"/],
  ])("serves %s with every asset from the app itself (no CDN)", async (page, marker) => {
    const res = await get(page);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    const html = await res.text();
    expect(html).toMatch(marker);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const served = await get(asset);
      expect(served.status, asset).toBe(200);
      expect((await served.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
    }
  });

  it("serves only the listed asset files", async () => {
    for (const p of [
      "/v1/docs/assets/package.json",
      "/v1/docs/assets/..%2F..%2Fpackage.json",
      "/v1/redoc/assets/redoc.lib.js",
      "/v1/docs/assets/toString",
    ]) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
    }
  });

  it("configures Swagger UI to persist the Bearer token for Try it out", async () => {
    const init = await (await get("/v1/docs/assets/init.js")).text();
    expect(init).toMatch(/persistAuthorization: true/);
    expect(init).toMatch(/url: "\/v1\/openapi.json"/);
  });
});
