import { invalidRequest } from "@/lib/core/errors";

/** A query the language cannot read; `pos` is 1-based. */
export class FilterSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly pos: number,
  ) {
    super(`${reason} at position ${pos}`);
    this.name = "FilterSyntaxError";
  }
}

/** The 400 for a bad query parameter, naming the parameter and where in it the problem is. */
export function filterError(param: string, errors: FilterSyntaxError[]) {
  return invalidRequest(
    `The ${param} query could not be read: ${errors.map((e) => e.message).join("; ")}.`,
    errors.map((e) => ({ field: param, message: e.message })),
  );
}
