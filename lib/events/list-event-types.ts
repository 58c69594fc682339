import type { Ctx } from "@/lib/workspaces/context";
import { authorize } from "@/lib/workspaces/permissions";
import { eventTypeCatalog } from "./event-type-schemas";
import type { EventTypeCatalogJson } from "./schemas";

/** `GET /v1/event_types`: the catalog (lib/events/catalog.ts) with schemas and examples. */
export async function listEventTypes({ ctx }: { ctx: Ctx }): Promise<EventTypeCatalogJson> {
  authorize(ctx, "event_types.read");
  return { ...eventTypeCatalog(), next_cursor: null };
}
