"use client";

import { useQuery } from "@tanstack/react-query";
import { api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { EventTypeGroupJson, EventTypeJson } from "@/lib/api-client/types";

export type EventGroup = EventTypeGroupJson & { types: EventTypeJson[] };

/**
 * The event catalog (GET /v1/event_types) as the picker shows it: groups in display order, each
 * with its types. Static for a running server, so it is fetched once per page and kept.
 */
export function useEventTypes() {
  return useQuery({
    queryKey: queryKeys.eventTypes,
    queryFn: ({ signal }) => ok(api.GET("/v1/event_types", { signal })),
    staleTime: Infinity,
    select: (catalog) => ({
      groups: catalog.groups
        .map((group): EventGroup => ({ ...group, types: catalog.items.filter((item) => item.group === group.id) }))
        .filter((group) => group.types.length > 0),
      security: catalog.items.filter((item) => item.security).map((item) => item.type),
    }),
  });
}
