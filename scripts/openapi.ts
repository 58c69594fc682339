/**
 * `npm run openapi:write` regenerates the committed openapi.json (and the test client's types)
 * from the code; `npm run openapi:check` fails when either is out of date, so a change to the
 * API cannot land without a reviewable change to its contract.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";
import { generateOpenApiTypes } from "@/lib/api/openapi/generate-types";
import { importRouteModules } from "@/lib/api/openapi/route-modules";

export const DOCUMENT_PATH = path.resolve("openapi.json");
export const TYPES_PATH = path.resolve("lib/api-client/openapi-types.d.ts");

async function main(mode: string | undefined): Promise<void> {
  const document = openApiDocumentJson(await importRouteModules());
  const types = await generateOpenApiTypes(document);
  if (mode === "write") {
    await writeFile(DOCUMENT_PATH, document);
    await writeFile(TYPES_PATH, types);
    console.log(`Wrote ${path.relative(process.cwd(), DOCUMENT_PATH)} and ${path.relative(process.cwd(), TYPES_PATH)}.`);
    return;
  }
  if (mode === "check") {
    const stale = [];
    if ((await readFile(DOCUMENT_PATH, "utf8").catch(() => "")) !== document) stale.push("openapi.json");
    if ((await readFile(TYPES_PATH, "utf8").catch(() => "")) !== types) stale.push("lib/api-client/openapi-types.d.ts");
    if (stale.length > 0) {
      console.error(`Out of date with the code: ${stale.join(", ")}. Run \`npm run openapi:write\` and commit the result.`);
      process.exit(1);
    }
    console.log("openapi.json matches the code.");
    return;
  }
  console.error("usage: tsx scripts/openapi.ts write|check");
  process.exit(2);
}

await main(process.argv[2]);
