import { loadWebhookPolicy, type WebhookPolicy } from "./policy";

const POLICY_ENV = ["WEBHOOK_RETRY_SCHEDULE", "WEBHOOK_TIMEOUT_MS", "WEBHOOK_DISABLE_AFTER", "WEBHOOK_LOG_RETENTION_DAYS"] as const;

let cached: { key: string; policy: WebhookPolicy } | undefined;

/**
 * The policy for the current environment. Re-read whenever one of its variables changes, so a
 * test (or an operator's script) can compress the schedule without restarting the process.
 */
export function webhookPolicy(): WebhookPolicy {
  const key = POLICY_ENV.map((name) => process.env[name] ?? "").join("\n");
  if (cached?.key !== key) cached = { key, policy: loadWebhookPolicy(process.env) };
  return cached.policy;
}

/** Security switches of webhooks.md, read per call for the same reason. */
export function webhookNetworkOptions() {
  return {
    production: process.env.NODE_ENV === "production",
    allowHttp: process.env.WEBHOOKS_ALLOW_HTTP === "1",
    allowPrivate: process.env.WEBHOOKS_ALLOW_PRIVATE === "1",
  };
}
