import { buildPayload } from "@/lib/webhooks/build-payload";
import { EVENT_CATALOG, type EventType } from "./catalog";

// The example payloads of GET /v1/event_types: data derived from each type's JSON Schema (readable
// values by field name, ids with the right prefixes), wrapped by buildPayload like a real delivery.

export type JsonSchema = Record<string, unknown>;

/** Events not about one board (webhooks.md: they reach board-restricted webhooks too). */
const WORKSPACE_LEVEL = new Set<string>([...EVENT_CATALOG.members, ...EVENT_CATALOG.security, ...EVENT_CATALOG.test]);
WORKSPACE_LEVEL.delete("board.accessed");

/** `changes` of the example, for the types that carry it (`*.updated`, `card.moved`, `member.role_changed`). */
const EXAMPLE_CHANGES: Partial<Record<EventType, Record<string, { from: unknown; to: unknown }>>> = {
  "card.updated": { title: { from: "Review PR", to: "Review pull request" } },
  "card.moved": { list_id: { from: "list_01jrz5k8m2c4e6g8j0m2p4r6t8", to: "list_01jrz5k8m2c4e6g8j0m2p4r6t9" } },
  "comment.updated": { body: { from: "LGTM", to: "Looks good to me." } },
  "list.updated": { name: { from: "Doing", to: "In progress" } },
  "board.updated": { name: { from: "Roadmap", to: "Roadmap 2026" } },
  "member.role_changed": { role: { from: "member", to: "admin" } },
  "time_entry.updated": { note: { from: "", to: "Code review" } },
  "webhook.updated": { description: { from: "", to: "SIEM" } },
};

const EXAMPLE_TIME = new Date("2026-04-17T14:23:00Z");
const EXAMPLE_ACTOR = { id: "user_01jrz5k8m2c4e6g8j0m2p4r6a1", name: "Alice", email: "alice@example.com" };

/** A whole delivery body (webhooks.md, "Payload"), built by the same code as real deliveries. */
export function examplePayload(type: EventType, schema: JsonSchema): Record<string, unknown> {
  const prefix = type.split(".")[0];
  const data = exampleOf(schema, schema, ID_KIND_OF_PREFIX[prefix] ?? prefix) as Record<string, unknown>;
  const boardId = WORKSPACE_LEVEL.has(type) ? null : ((type.startsWith("board.") ? data.id : data.board_id) as string | undefined);
  const body = JSON.parse(
    buildPayload({
      id: "evt_01jrz5k8m2c4e6g8j0m2p4r6e1",
      type,
      createdAt: EXAMPLE_TIME,
      workspaceId: SAMPLE_IDS.workspace,
      boardId: boardId ?? (WORKSPACE_LEVEL.has(type) ? null : SAMPLE_IDS.board),
      actor: EXAMPLE_ACTOR,
      data,
      changes: EXAMPLE_CHANGES[type] ?? null,
    }),
  ) as Record<string, unknown>;
  // `type` repeats `event` (Standard Webhooks shape), right after it, whether or not buildPayload adds it yet.
  return { id: body.id, event: body.event, type: body.event, ...body };
}

/** Whose `id` the data of an event type prefix carries, where it is not the prefix itself. */
const ID_KIND_OF_PREFIX: Record<string, string> = { member: "user", tag: "card", checklist: "item" };

const SAMPLE_IDS: Record<string, string> = {
  workspace: "ws_01jrz5k8m2c4e6g8j0m2p4r6w1",
  user: EXAMPLE_ACTOR.id,
  board: "board_01jrz5k8m2c4e6g8j0m2p4r6b1",
  list: "list_01jrz5k8m2c4e6g8j0m2p4r6t9",
  card: "card_01jrz5k8m2c4e6g8j0m2p4r6c1",
  comment: "cmt_01jrz5k8m2c4e6g8j0m2p4r6k1",
  checklist: "chk_01jrz5k8m2c4e6g8j0m2p4r6h1",
  item: "chki_01jrz5k8m2c4e6g8j0m2p4r6i1",
  tag: "tag_01jrz5k8m2c4e6g8j0m2p4r6g1",
  time_entry: "te_01jrz5k8m2c4e6g8j0m2p4r6d1",
  token: "tok_01jrz5k8m2c4e6g8j0m2p4r6n1",
  webhook: "wh_01jrz5k8m2c4e6g8j0m2p4r6q1",
  author: EXAMPLE_ACTOR.id,
  assignee: "user_01jrz5k8m2c4e6g8j0m2p4r6a2",
  created_by: EXAMPLE_ACTOR.id,
};

/** Readable values for common field names; anything else gets a value of its schema's type. */
const SAMPLE_VALUES: Record<string, unknown> = {
  name: "Alice",
  email: "alice@example.com",
  title: "Review pull request",
  body: "Looks good to me.",
  text: "Write the release notes",
  color: "#22c55e",
  ip: "203.0.113.7",
  url: "https://siem.example.com/tasktide",
  message: "A test delivery from Tasktide.",
};

/** Nullable fields are null in the examples (a new object's usual state), except these. */
const SHOWN_WHEN_NULLABLE = new Set(["created_by", "author", "author_id", "position"]);

const SAMPLE_NAMES: Record<string, string> = { board: "Roadmap", list: "Doing", tag: "bug", token: "SIEM export" };

/** The example object of `kind` (its `id` prefix): the type prefix of the event, or the property's own name. */
function exampleOf(schema: JsonSchema, root: JsonSchema, kind: string, key?: string): unknown {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    const target = (root.$defs as Record<string, JsonSchema>)[name];
    return exampleOf(target, root, key ?? kind, key);
  }
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  const nullable =
    (Array.isArray(schema.anyOf) && (schema.anyOf as JsonSchema[]).some((o) => o.type === "null")) ||
    (Array.isArray(schema.type) && schema.type.includes("null"));
  if (nullable && !(key && SHOWN_WHEN_NULLABLE.has(key))) return null;
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf as JsonSchema[];
    return exampleOf(options.find((o) => o.type !== "null") ?? options[0], root, kind, key);
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const type = Array.isArray(schema.type) ? (schema.type as string[]).find((t) => t !== "null") : (schema.type as string | undefined);
  switch (type) {
    case "object": {
      if (!schema.properties) return {};
      const properties = schema.properties as Record<string, JsonSchema>;
      // A nested object (`user`, `author`) is its own kind: its `id` is that one's.
      const own = key ?? kind;
      return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, exampleOf(property, root, own, name)]));
    }
    case "array":
      return key?.endsWith("_ids") ? [sampleId(key.slice(0, -4))] : [];
    case "boolean":
      return false;
    case "integer":
    case "number":
      return key === "position" ? 0 : key === "duration_seconds" ? 1800 : 0;
    case "string":
      if (key === "id") return sampleId(kind);
      if (key?.endsWith("_id")) return sampleId(key.slice(0, -3));
      if (key?.endsWith("_at")) return EXAMPLE_TIME.toISOString();
      if (key === "created_by") return SAMPLE_IDS.user;
      if (key === "name" && kind in SAMPLE_NAMES) return SAMPLE_NAMES[kind];
      return key && key in SAMPLE_VALUES ? SAMPLE_VALUES[key] : "";
    default:
      return null;
  }
}

function sampleId(kind: string): string {
  return SAMPLE_IDS[kind] ?? SAMPLE_IDS[kind.replace(/s$/, "")] ?? `${kind}_01jrz5k8m2c4e6g8j0m2p4r6z1`;
}
