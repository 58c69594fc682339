import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const full = JSON.parse(readFileSync("openapi.json", "utf8"));
const variant = process.argv[2];
const spec = structuredClone(full);
if (variant === "boards-only") spec.paths = Object.fromEntries(Object.entries(spec.paths).filter(([p]) => p.startsWith("/v1/boards")));
if (variant === "no-export") delete spec.paths["/v1/boards/{id}/export"];
if (variant.startsWith("first")) spec.paths = Object.fromEntries(Object.entries(spec.paths).slice(0, Number(variant.slice(5))));
if (variant.startsWith("drop")) { const k = Object.keys(spec.paths)[Number(variant.slice(4))]; console.log("dropping", k); delete spec.paths[k]; }
if (variant === "ws-nobody") { delete spec.paths["/v1/workspace"].delete.requestBody; }
if (variant === "ws-nodelete") { delete spec.paths["/v1/workspace"].delete; }
if (variant === "ws-tag") { for (const op of Object.values(spec.paths["/v1/workspace"])) op.tags = ["Workspace settings"]; }
if (variant === "ws-path") { spec.paths["/v1/workspacex"] = spec.paths["/v1/workspace"]; delete spec.paths["/v1/workspace"]; }
if (variant === "ws-onlyget") { delete spec.paths["/v1/workspace"].patch; delete spec.paths["/v1/workspace"].delete; }
if (variant === "ws-nopatch") { delete spec.paths["/v1/workspace"].patch; }
if (variant === "c79m5") { spec.paths = Object.fromEntries(Object.entries(spec.paths).slice(0, 79).filter((_, i) => i < 10 || i > 14)); }
if (variant === "opids") for (const [p, item] of Object.entries(spec.paths)) for (const [m, op] of Object.entries(item)) op.operationId = `${m}${p.replace(/[^A-Za-z0-9]+/g, "_")}`;
if (variant.startsWith("allm")) { const [a, b] = variant.slice(4).split("-").map(Number); spec.paths = Object.fromEntries(Object.entries(spec.paths).filter((_, i) => i < a || i > b)); }
if (variant === "no-idem") for (const item of Object.values(spec.paths)) for (const op of Object.values(item)) if (op.parameters) op.parameters = op.parameters.filter((p) => !p.$ref);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.route("**/v1/openapi.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(spec) }));
await page.goto("http://127.0.0.1:3300/v1/docs");
await page.waitForTimeout(8000);
console.log(variant, "opblocks", await page.locator(".opblock").count(), "of", Object.values(spec.paths).reduce((n, i) => n + Object.keys(i).length, 0));
await browser.close();
