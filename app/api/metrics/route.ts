import { timingSafeEqual } from "node:crypto";
import { config } from "@/config";
import { isLoopbackRequest } from "@/lib/api/client-ip";
import { collectDatabaseGauges } from "@/lib/metrics/collect-database";
import { scrape } from "@/lib/metrics/metrics";

export const dynamic = "force-dynamic";

// GET /api/metrics – Prometheus text format. With METRICS_TOKEN set, only `Authorization: Bearer
// <METRICS_TOKEN>`; unset, only a client on this machine (the socket's loopback address, and not
// a request a local reverse proxy forwarded).
export async function GET(req: Request) {
  const refused = refusal(req);
  if (refused) return refused;
  await collectDatabaseGauges().catch(() => {
    // The database being down must not hide the process's own counters: its gauges keep their last value.
  });
  const { contentType, text } = await scrape();
  return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}

function refusal(req: Request): Response | undefined {
  const token = config().metricsToken;
  if (token) {
    const sent = /^Bearer\s+(.+)$/i.exec(req.headers.get("authorization") ?? "")?.[1]?.trim() ?? "";
    const a = Buffer.from(sent);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return undefined;
    return text(401, "Send Authorization: Bearer <METRICS_TOKEN>.\n", { "WWW-Authenticate": 'Bearer realm="metrics"' });
  }
  if (isLoopbackRequest(req)) return undefined;
  return text(403, "Metrics are served to this machine only; set METRICS_TOKEN to scrape from elsewhere.\n");
}

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
}
