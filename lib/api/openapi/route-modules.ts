import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Imports every `app/v1/**\/route.ts` (for the OpenAPI script, run by tsx); keys are paths
 * relative to the repository, as `collectOperations` expects. Vitest uses import.meta.glob instead.
 */
export async function importRouteModules(root = process.cwd()): Promise<Record<string, Record<string, unknown>>> {
  const entries = await readdir(path.join(root, "app/v1"), { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name === "route.ts").map((e) => path.relative(root, path.join(e.parentPath, e.name)));
  const modules: Record<string, Record<string, unknown>> = {};
  for (const file of files.sort()) modules[file] = await import(pathToFileURL(path.join(root, file)).href);
  return modules;
}
