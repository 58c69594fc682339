// The server process's start and stop (instrumentation.ts starts it; scripts/server.mjs calls the
// shutdown hook on SIGTERM, after it stopped accepting connections).
import { config } from "@/config";
import { closeDatabase, getDb } from "@/db/client";
import { SchemaTooNewError } from "@/db/migrate";
import { describeError } from "@/lib/core/describe-error";
import { stopFilePurgeSweeper, startFilePurgeSweeper } from "@/lib/files/purge-files";
import { log } from "@/lib/log/logger";
import { flushTokenUses } from "@/lib/tokens/note-token-use";
import { startTracing, stopTracing } from "@/lib/tracing/tracing";
import { deliveryScheduler } from "@/lib/webhooks/delivery-scheduler";

/** What scripts/server.mjs finds on globalThis: the app's shutdown and its time budget. */
export const SHUTDOWN_HOOK = Symbol.for("tasktide.shutdown");
export type ShutdownHook = {
  timeoutMs: number;
  /** Stops the background work (in parallel with the HTTP server's draining). */
  shutdown: (options: { timeoutMs: number }) => Promise<void>;
  /** Once both are done: closes the database (PGlite writes its files and frees the directory). */
  close: () => Promise<void>;
};

export async function startUp(): Promise<void> {
  // Open eagerly so migrations run at start-up rather than inside the first request. A database
  // a newer version migrated stops the server with the reason, before it takes any request.
  try {
    await getDb();
  } catch (error) {
    if (!(error instanceof SchemaTooNewError)) throw error;
    log().fatal(error.message);
    process.exit(1);
  }
  startTracing();
  deliveryScheduler().start();
  startFilePurgeSweeper();
  (globalThis as Record<symbol, unknown>)[SHUTDOWN_HOOK] = {
    timeoutMs: config().shutdownTimeoutMs,
    shutdown,
    close: closeAfterShutdown,
  } satisfies ShutdownHook;
}

/**
 * Stops the background work: the delivery worker finishes its attempts in flight (within
 * `timeoutMs`, then releases the leases it still holds), the last token uses are written, and
 * the database is closed. Requests are the HTTP server's to drain, in parallel with this.
 */
async function shutdown({ timeoutMs }: { timeoutMs: number }): Promise<void> {
  const started = Date.now();
  stopFilePurgeSweeper();
  await deliveryScheduler()
    .stop({ timeoutMs })
    .catch((error) => log().error({ component: "shutdown" }, `stopping the delivery worker failed: ${describeError(error)}`));
  await flushTokenUses().catch(() => {});
  await stopTracing().catch(() => {});
  log().info({ component: "shutdown", duration_ms: Date.now() - started }, "background work stopped");
}

/** After the HTTP server has drained: nothing uses the database any more. */
async function closeAfterShutdown(): Promise<void> {
  await closeDatabase().catch(() => {});
}
