import type { SQL } from "drizzle-orm";
import type { FilterNode } from "./ast";
import { compileFilter, type FilterEnv } from "./compile";
import { FilterSyntaxError, filterError } from "./errors";
import { parseFilter } from "./parse";
import { checkTerms, mentionsArchived } from "./terms";

export type CompiledFilter = { tree: FilterNode | null; where: SQL | undefined; mentionsArchived: boolean };

/**
 * Parses, checks and compiles a query parameter of the filter language; a bad query is a 400
 * naming `param` with each problem's position.
 */
export function compileQueryParam(param: string, query: string | undefined, env: FilterEnv): CompiledFilter {
  if (query === undefined) return { tree: null, where: undefined, mentionsArchived: false };
  let tree: FilterNode | null;
  try {
    tree = parseFilter(query);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw filterError(param, [error]);
    throw error;
  }
  const problems = checkTerms(tree, env.now);
  if (problems.length) throw filterError(param, problems);
  return { tree, where: tree ? compileFilter(tree, env) : undefined, mentionsArchived: mentionsArchived(tree) };
}

export { parseFilter, FilterSyntaxError };
