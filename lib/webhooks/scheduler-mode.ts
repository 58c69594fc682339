/**
 * Which scheduler runs deliveries: Inngest when it is configured (Cloud with an event key, or a
 * dev/self-hosted server via INNGEST_DEV), otherwise the embedded worker. Read per call so tests
 * and scripts can switch it.
 */
export function usesInngest(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV);
}
