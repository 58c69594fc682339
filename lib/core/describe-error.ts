import { errorChain } from "@/db/connection-errors";

/**
 * A log line for an unexpected error that carries no data: the class and code of the error and
 * of each cause, the schema names PostgreSQL reports (constraint, table, column), and the stack
 * frames (code locations). Never messages of database errors — drizzle's is "Failed query: <sql>
 * params: <values>", PostgreSQL's can quote a value ("invalid input syntax for type uuid: …") —
 * nor `detail`, `params`, `query` or bodies. Only JavaScript's own programming errors (TypeError,
 * ReferenceError, RangeError) keep their message, which names code, not data.
 */
export function describeError(error: unknown): string {
  const parts = errorChain(error).map(describeOne);
  return [parts.join(" ← "), ...stackFrames(error)].join("\n");
}

/** The "at …" lines of the stack, after its header (which repeats the message). */
function stackFrames(error: unknown): string[] {
  if (!(error instanceof Error) || !error.stack) return [];
  const at = error.message ? error.stack.indexOf(error.message) : 0;
  if (at < 0) return [];
  return error.stack
    .slice(at + error.message.length)
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12);
}

const MESSAGE_KEPT = new Set(["TypeError", "ReferenceError", "RangeError"]);

function describeOne(e: unknown): string {
  if (typeof e !== "object" || e === null) return typeof e;
  const name = (e as { name?: unknown }).name;
  const className = typeof name === "string" && name.toLowerCase() !== "error" ? name : e.constructor?.name || "Error";
  const fields: string[] = [];
  const field = (key: string) => {
    const value = (e as Record<string, unknown>)[key];
    if (typeof value === "string" && value && value.length <= 100) fields.push(key === "code" ? value : `${key}=${value}`);
  };
  for (const key of ["code", "severity", "routine", "schema_name", "table_name", "column_name", "constraint_name"]) field(key);
  if (MESSAGE_KEPT.has(className) && e instanceof Error) fields.push(JSON.stringify(e.message.slice(0, 200)));
  return fields.length ? `${className} ${fields.join(" ")}` : className;
}
