// Next's start-up hook (runs once per server process, before the first request).
export async function register(): Promise<void> {
  // Only the Node.js server runs the database and the worker. NEXT_RUNTIME stays a direct read:
  // Next replaces it at build time, which keeps the Node-only imports below out of the edge bundle.
  // eslint-disable-next-line no-restricted-properties -- replaced at build time; see above
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("@/config");
  // Validate the environment now, so a bad value stops the server with its name at start-up.
  // `next build` must not open the database or start the worker.
  if (config().building) return;
  const { getDb } = await import("@/db/client");
  const { SchemaTooNewError } = await import("@/db/migrate");
  // Open eagerly so migrations run at start-up rather than inside the first request. A database
  // a newer version migrated stops the server with the reason, before it takes any request.
  try {
    await getDb();
  } catch (error) {
    if (!(error instanceof SchemaTooNewError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { deliveryScheduler } = await import("@/lib/webhooks/delivery-scheduler");
  deliveryScheduler().start();
  const { startFilePurgeSweeper } = await import("@/lib/files/purge-files");
  startFilePurgeSweeper();
}
