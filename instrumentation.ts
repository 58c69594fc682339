// Next's start-up hook (runs once per server process, before the first request).
export async function register(): Promise<void> {
  // Only the Node.js server runs the database and the worker; `next build` must not open either.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("@/db/client");
  // Open eagerly so migrations run at start-up rather than inside the first request.
  await getDb();
  const { usesInngest } = await import("@/lib/webhooks/scheduler-mode");
  if (usesInngest()) return; // Inngest calls /api/inngest instead.
  const { startEmbeddedWorker } = await import("@/lib/webhooks/embedded-worker");
  startEmbeddedWorker();
}
