import { describe, expect, it } from "vitest";
import { openApiDocumentJson } from "@/lib/api/openapi/document-json";

// Our three domains' route files alone, so this test does not depend on other domains' work in progress.
const routeModules = import.meta.glob<Record<string, unknown>>("/app/v1/{lists,cards,tags}/**/route.ts", { eager: true });

describe("OpenAPI for lists, cards and tags", () => {
  const doc = JSON.parse(openApiDocumentJson(routeModules));

  it.each(["lists", "cards", "tags"])("documents every operation of /v1/%s", (resource) => {
    expect(Object.keys(doc.paths?.[`/v1/${resource}`] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths?.[`/v1/${resource}/{id}`] ?? {}).sort()).toEqual(["delete", "get", "patch"]);
  });

  it("describes the card body, the move fields and the query filters", () => {
    const schemas = doc.components?.schemas ?? {};
    const update = schemas.UpdateCardInput as { properties: Record<string, unknown>; additionalProperties?: unknown };
    expect(Object.keys(update.properties)).toEqual(
      expect.arrayContaining(["list_id", "position", "tag_ids", "assignee_ids", "due_at", "archived", "completed"]),
    );
    const params = (doc.paths?.["/v1/cards"]?.get?.parameters ?? []) as { name: string }[];
    expect(params.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "board_id",
        "list_id",
        "assignee_id",
        "tag_id",
        "completed",
        "archived",
        "due_before",
        "due_after",
        "updated_since",
        "limit",
        "cursor",
      ]),
    );
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(["Card", "List", "Tag", "CardPage", "ListPage", "TagPage"]));
  });
});
