import { isDeepStrictEqual } from "node:util";
import type { z } from "zod";
import { config } from "@/config";

// API_CHECK_RESPONSES=1 (vitest sets it): every response a test provokes is checked against its
// contract, so a field added, renamed or retyped without the schema fails the suite, not a client.

/** Throws (a 500 in tests) when a success body does not match the contract's response schema exactly. */
export function checkResponse(operation: string, status: number, schema: z.ZodType, value: unknown): void {
  if (!config().api.checkResponses) return;
  const wire = JSON.parse(JSON.stringify(value ?? null));
  const result = schema.safeParse(wire);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`Response of "${operation}" (${status}) does not match its schema: ${issues}`);
  }
  // Object schemas strip unknown keys, so a field the schema does not declare shows up here.
  if (!isDeepStrictEqual(result.data, wire)) {
    throw new Error(
      `Response of "${operation}" (${status}) has fields its schema does not declare: ${undeclared(wire, result.data).join(", ")}`,
    );
  }
}

function undeclared(actual: unknown, parsed: unknown, path = ""): string[] {
  if (Array.isArray(actual) && Array.isArray(parsed)) return actual.flatMap((item, i) => undeclared(item, parsed[i], `${path}[${i}]`));
  if (actual && parsed && typeof actual === "object" && typeof parsed === "object") {
    return Object.keys(actual).flatMap((key) =>
      key in parsed
        ? undeclared((actual as Record<string, unknown>)[key], (parsed as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
        : [path ? `${path}.${key}` : key],
    );
  }
  return [];
}
