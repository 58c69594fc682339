/** The filter language in a paragraph, for OpenAPI descriptions (the full text: docs/filter-language.md). */
export const FILTER_LANGUAGE_SUMMARY =
  "Terms: `tag:<name>`, `assignee:me|none|<name, email or user id>`, `due:overdue|none|<7d|>2w|<=24h|2026-12-31|<2026-12-31`, " +
  "`is:open|done|archived`, `list:<name>`, `milestone:<name>|none`, `sprint:<name>|active|none`, `field.<field name>:<value>` " +
  '(names case-insensitive; quote values with spaces: `list:"In review"`); bare words and ' +
  '`"exact phrases"` match the title or description. Terms side by side must all match; `OR` (capitals) between them, ' +
  "parentheses to group, `-term` or `NOT term` to negate. A query that cannot be read is a 400 whose details give the position (1-based).";
