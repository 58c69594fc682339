import { exists, not, or, sql, type SQL } from "drizzle-orm";
import { cardFieldValues, cards, customFields, users } from "@/db/schema";
import type { TermNode } from "./ast";
import { FilterSyntaxError } from "./errors";

/**
 * `field.<name>:<value>`: custom fields in the filter language. A name is matched ignoring case,
 * with spaces and hyphens written as `_` (`field.story_points:` for "Story points"), on every board
 * the query covers, so one query works across boards that define the same field. What a value
 * means follows each field's type:
 *
 * - `none` / `any`: no value / some value
 * - text, url: the value contains the word (case-insensitive)
 * - number: `=3`, `>3`, `<=2.5`
 * - date: `2026-12-31`, `<2026-12-31`, `>=7d` (relative to today, UTC)
 * - checkbox: `true`/`yes`/`checked` or `false`/`no`/`unchecked`
 * - select, multi_select: an option's name (a multi_select matches when it has that option)
 * - user: `me`, or a member's id, email or name
 */
export type FieldValueForm = { number?: number; date?: string; boolean?: boolean };

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RELATIVE = /^(-?\d{1,4})([dw])$/;
const TRUE = ["true", "yes", "checked"];
const FALSE = ["false", "no", "unchecked"];

export const normalizeFieldName = (name: string) => name.toLowerCase().replace(/[\s-]+/g, "_");

/** A relative day (`7d`, `2w`) or a date, as `YYYY-MM-DD` (dates compare as text in that form). */
function dayOf(value: string, now: Date): string | undefined {
  if (DATE.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value ? value : undefined;
  }
  const relative = RELATIVE.exec(value);
  if (!relative) return undefined;
  const days = Number(relative[1]) * (relative[2] === "w" ? 7 : 1);
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The forms a value can be read in (a number, a day, a yes/no), or a syntax error for a comparison nothing can make. */
export function fieldValueForms(term: TermNode, now: Date): FieldValueForm {
  const lower = term.value.toLowerCase();
  const forms: FieldValueForm = {};
  if (NUMBER.test(term.value)) forms.number = Number(term.value);
  const day = dayOf(lower, now);
  if (day) forms.date = day;
  if (TRUE.includes(lower)) forms.boolean = true;
  if (FALSE.includes(lower)) forms.boolean = false;
  if (term.op !== "=" && forms.number === undefined && forms.date === undefined)
    throw new FilterSyntaxError(
      `field.${term.name}:${term.op}${term.value} compares with a number or a date (such as >3, <2026-12-31 or <7d)`,
      term.pos,
    );
  return forms;
}

const text = sql`(${cardFieldValues.value} #>> '{}')`;
const CMP = { "=": sql`=`, "<": sql`<`, ">": sql`>`, "<=": sql`<=`, ">=": sql`>=` } as const;

/** The condition on `cards` of one checked `field.<name>:` term; every value a bound parameter. */
export function compileFieldTerm(term: TermNode, env: { userId: string; now: Date }): SQL {
  const name = normalizeFieldName(term.name!);
  const lower = term.value.toLowerCase();
  const sameName = sql`regexp_replace(lower(${customFields.name}), '[[:space:]-]+', '_', 'g') = ${name}`;
  const valueOf = (condition: SQL) =>
    exists(
      sql`(select 1 from ${cardFieldValues} join ${customFields} on ${customFields.id} = ${cardFieldValues.fieldId} where ${cardFieldValues.cardId} = ${cards.id} and ${sameName} and ${condition})`,
    );
  if (term.op === "=" && lower === "none") return not(valueOf(sql`true`));
  if (term.op === "=" && lower === "any") return valueOf(sql`true`);

  const forms = fieldValueForms(term, env.now);
  const cmp = CMP[term.op];
  const branches: SQL[] = [];
  if (forms.number !== undefined)
    // CASE keeps the cast to the number fields' values: a text value never reaches ::numeric.
    branches.push(
      sql`(${customFields.type} = 'number' and (case when ${customFields.type} = 'number' then ${text}::numeric end) ${cmp} ${forms.number})`,
    );
  if (forms.date !== undefined) branches.push(sql`(${customFields.type} = 'date' and ${text} ${cmp} ${forms.date})`);
  if (term.op === "=") {
    const pattern = `%${term.value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    branches.push(sql`(${customFields.type} in ('text', 'url') and ${text} ilike ${pattern})`);
    branches.push(
      sql`(${customFields.type} in ('select', 'multi_select') and exists (select 1 from jsonb_array_elements(${customFields.options}) as opt where lower(opt->>'name') = ${lower} and (${cardFieldValues.value} = to_jsonb(opt->>'id') or ${cardFieldValues.value} @> jsonb_build_array(opt->>'id'))))`,
    );
    if (lower === "me") branches.push(sql`(${customFields.type} = 'user' and ${text} = ${env.userId})`);
    else
      branches.push(
        sql`(${customFields.type} = 'user' and exists (select 1 from ${users} where ${users.id} = ${text} and (${users.id} = ${term.value} or lower(${users.email}) = ${lower} or lower(${users.name}) = ${lower})))`,
      );
    if (forms.boolean === true) branches.push(sql`(${customFields.type} = 'checkbox')`);
  }
  // An unticked checkbox is stored as no value: `field.done:false` is "not ticked".
  if (forms.boolean === false && term.op === "=") {
    const ticked = valueOf(sql`${customFields.type} = 'checkbox'`);
    return branches.length ? or(valueOf(or(...branches)!), not(ticked))! : not(ticked);
  }
  return valueOf(or(...branches)!);
}
