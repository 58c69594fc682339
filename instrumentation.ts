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
  const { startUp } = await import("@/lib/server/lifecycle");
  await startUp();
}
