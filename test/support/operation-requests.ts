import type { z } from "zod";
import type { Operation } from "@/lib/api/openapi/registry";
import { ID_PREFIXES, newId, type IdKind } from "@/lib/ids";

/** The id kind a path parameter's schema accepts (`card`, `webhook`…), found by trying each. */
export function idKindOf(schema: z.ZodType): IdKind {
  const kind = (Object.keys(ID_PREFIXES) as IdKind[]).find((k) => schema.safeParse(newId(k)).success);
  if (!kind) throw new Error("A path parameter that accepts no prefixed id: give it idOf(kind).");
  return kind;
}

/**
 * The operation's path with every parameter filled: by `values` where given, else with a
 * well-shaped id that names nothing (so the request passes parsing and reaches the verb).
 */
export function concretePath(operation: Operation, values: Record<string, string> = {}): string {
  const shape = operation.contract.params?.shape ?? {};
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? newId(idKindOf(shape[name] as z.ZodType)));
}

export const operationName = (operation: Pick<Operation, "method" | "path">) => `${operation.method.toUpperCase()} ${operation.path}`;
