// Temporary tool for the route() migration: `npx tsx --conditions=react-server scripts/openapi-compare.ts app/v1/x/route.ts …`
// builds the document from just those route files and lists every difference from the committed openapi.json
// (paths of the given files, and the component schemas they use).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";

const files = process.argv.slice(2);
const mods: Record<string, Record<string, unknown>> = {};
for (const f of files) mods[f] = await import(pathToFileURL(path.resolve(f)).href);
const doc = JSON.parse(openApiDocumentJson(mods));
const old = JSON.parse(fs.readFileSync("openapi.json", "utf8"));

function diff(a: unknown, b: unknown, at: string, out: string[]): void {
  if (isDeepStrictEqual(a, b)) return;
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) === !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff((a as never)[k], (b as never)[k], `${at}/${k}`, out);
    return;
  }
  out.push(`${at}\n    committed: ${JSON.stringify(a)}\n    generated: ${JSON.stringify(b)}`);
}
const out: string[] = [];
for (const p of Object.keys(doc.paths)) diff(old.paths[p], doc.paths[p], `paths${p}`, out);
for (const k of Object.keys(doc.components.schemas ?? {}))
  diff(old.components.schemas[k], doc.components.schemas[k], `components/schemas/${k}`, out);
console.log(out.length ? out.join("\n") : "no differences");
