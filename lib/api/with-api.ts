import type { Ctx } from "@/lib/workspaces/context";
import { json, noContent } from "./respond";
import { runApiRequest, type RouteContext } from "./run-api-request";

// Transitional: deleted once every route is a route(…) (lib/api/route.ts).
export type ApiHandler<P> = (args: { req: Request; ctx: Ctx; params: P }) => Promise<unknown>;

export function withApi<P = Record<string, string>>(handler: ApiHandler<P>) {
  return (req: Request, route?: RouteContext): Promise<Response> =>
    runApiRequest(req, route, async ({ ctx, rawParams }) => {
      const result = await handler({ req, ctx, params: rawParams as P });
      return result instanceof Response ? result : result === undefined ? noContent() : json(result);
    });
}
