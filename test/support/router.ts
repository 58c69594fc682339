/**
 * Calls the real /v1 route handlers the way Next routes to them: the URL picks the
 * `app/v1/**\/route.ts` file (static segments before dynamic ones, catch-all last) and its params.
 */
type RouteModule = Record<
  string,
  (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response
>;

const modules = import.meta.glob<RouteModule>("/app/v1/**/route.ts");

type Route = { pattern: RegExp; names: string[]; catchAll: boolean; rank: number[]; load: () => Promise<RouteModule> };

const routes: Route[] = Object.entries(modules)
  .map(([file, load]) => {
    const segments = file
      .replace(/^\/app/, "")
      .replace(/\/route\.ts$/, "")
      .split("/")
      .filter(Boolean);
    const names: string[] = [];
    let catchAll = false;
    const rank: number[] = [];
    const source = segments
      .map((segment) => {
        const rest = /^\[\.\.\.(\w+)\]$/.exec(segment);
        if (rest) {
          names.push(rest[1]);
          catchAll = true;
          rank.push(2);
          return "(.+)";
        }
        const dynamic = /^\[(\w+)\]$/.exec(segment);
        if (dynamic) {
          names.push(dynamic[1]);
          rank.push(1);
          return "([^/]+)";
        }
        rank.push(0);
        return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("/");
    return { pattern: new RegExp(`^/${source}/?$`), names, catchAll, rank, load };
  })
  // Next prefers static segments to dynamic ones, and both to catch-alls, segment by segment.
  .sort((a, b) => {
    for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
      const diff = (a.rank[i] ?? -1) - (b.rank[i] ?? -1);
      if (diff !== 0) return diff;
    }
    return 0;
  });

function malformedPath(): Response {
  const response = Response.json(
    { error: "invalid_request", message: "The request path is not valid percent-encoded UTF-8." },
    { status: 400 },
  );
  response.headers.set("X-Request-Id", crypto.randomUUID());
  return response;
}

export async function dispatch(req: Request): Promise<Response> {
  const pathname = new URL(req.url).pathname;
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string | string[]> = {};
    let decoded: string[];
    try {
      decoded = route.names.map((_, i) => decodeURIComponent(match[i + 1]));
    } catch {
      // What the server answers before Next sees a path it cannot decode (malformed %-encoding).
      return malformedPath();
    }
    route.names.forEach((name, i) => {
      const value = decoded[i];
      params[name] = route.catchAll && i === route.names.length - 1 ? value.split("/") : value;
    });
    const mod = await route.load();
    const handler = mod[req.method];
    if (!handler) return new Response(null, { status: 405 });
    // As Next does: a route without dynamic segments gets no params at all.
    return handler(req, (route.names.length > 0 ? { params: Promise.resolve(params) } : {}) as never);
  }
  throw new Error(`No route file matches ${pathname}`);
}
