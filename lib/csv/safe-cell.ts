/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula (and some also after a
 * leading tab or carriage return): `=HYPERLINK(…)` in a card title would become a live link in the
 * accountant's Excel. OWASP's advice: prefix such a cell with a single quote, which the
 * spreadsheet shows as text and a CSV parser keeps as part of the value.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A cell back as it was written, for an import of our own CSV (the inverse of safeCell). */
export function unsafeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
