import { and, eq, exists, gt, gte, ilike, isNull, lt, lte, not, or, sql, type SQL } from "drizzle-orm";
import { cardAssignees, cards, cardTags, lists, milestones, sprints, tags, users } from "@/db/schema";
import type { FilterNode, TermNode } from "./ast";
import { compileFieldTerm } from "./field-terms";
import { dueBound } from "./terms";

export type FilterEnv = { userId: string; now: Date };

/** `%`, `_` and `\` are literal in what a person types. */
export const likeEscape = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Compiles a checked tree (checkTerms found nothing) to a condition on `cards`: every value is a
 * bound parameter, every related table an EXISTS correlated on cards.id, so the same SQL runs on
 * PostgreSQL and PGlite. Tenant scoping is the caller's: this only narrows.
 */
export function compileFilter(node: FilterNode, env: FilterEnv): SQL {
  switch (node.kind) {
    case "and":
      return and(...node.children.map((c) => compileFilter(c, env)))!;
    case "or":
      return or(...node.children.map((c) => compileFilter(c, env)))!;
    case "not":
      return not(compileFilter(node.child, env));
    case "text": {
      const pattern = likeEscape(node.value);
      return or(ilike(cards.title, pattern), ilike(cards.description, pattern))!;
    }
    case "term":
      return compileTerm(node, env);
  }
}

function compileTerm(term: TermNode, env: FilterEnv): SQL {
  const value = term.value;
  const lower = value.toLowerCase();
  switch (term.key) {
    case "is":
      if (lower === "open") return eq(cards.completed, false);
      if (lower === "done") return eq(cards.completed, true);
      return eq(cards.archived, true);
    case "tag":
      return exists(
        sql`(select 1 from ${cardTags} join ${tags} on ${tags.id} = ${cardTags.tagId} where ${cardTags.cardId} = ${cards.id} and lower(${tags.name}) = ${lower})`,
      );
    case "list":
      return exists(sql`(select 1 from ${lists} where ${lists.id} = ${cards.listId} and lower(${lists.name}) = ${lower})`);
    case "assignee": {
      const someone = sql`(select 1 from ${cardAssignees} where ${cardAssignees.cardId} = ${cards.id})`;
      if (lower === "none") return not(exists(someone));
      if (lower === "me")
        return exists(
          sql`(select 1 from ${cardAssignees} where ${cardAssignees.cardId} = ${cards.id} and ${cardAssignees.userId} = ${env.userId})`,
        );
      // A user id, an email, or a name (case-insensitive).
      return exists(
        sql`(select 1 from ${cardAssignees} join ${users} on ${users.id} = ${cardAssignees.userId} where ${cardAssignees.cardId} = ${cards.id} and (${users.id} = ${value} or lower(${users.email}) = ${lower} or lower(${users.name}) = ${lower}))`,
      );
    }
    case "due": {
      const bound = dueBound(term, env.now);
      if (bound.kind === "none") return isNull(cards.dueAt);
      if (bound.kind === "overdue") return and(lt(cards.dueAt, env.now), eq(cards.completed, false))!;
      if (bound.kind === "day") return and(gte(cards.dueAt, bound.from), lt(cards.dueAt, bound.to))!;
      const cmp = { "<": lt, "<=": lte, ">": gt, ">=": gte }[bound.op];
      return cmp(cards.dueAt, bound.at);
    }
    case "milestone":
      if (lower === "none") return isNull(cards.milestoneId);
      return exists(
        sql`(select 1 from ${milestones} where ${milestones.id} = ${cards.milestoneId} and lower(${milestones.name}) = ${lower})`,
      );
    case "sprint":
      // `none` is the backlog; `active` the board's running sprint; otherwise a sprint's name.
      if (lower === "none") return isNull(cards.sprintId);
      if (lower === "active")
        return exists(sql`(select 1 from ${sprints} where ${sprints.id} = ${cards.sprintId} and ${sprints.status} = 'active')`);
      return exists(sql`(select 1 from ${sprints} where ${sprints.id} = ${cards.sprintId} and lower(${sprints.name}) = ${lower})`);
    case "field":
      return compileFieldTerm(term, env);
    default:
      throw new Error(`compileFilter: unchecked term ${term.key}`);
  }
}
