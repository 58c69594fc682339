export type Changes = Record<string, { from: unknown; to: unknown }>;

/** `{field: {from, to}}` for the fields whose serialized value differs; empty when none do. */
export function diffChanges<T extends Record<string, unknown>>(before: T, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = { from: before[field], to: after[field] };
    }
  }
  return changes;
}
