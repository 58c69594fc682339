import { config } from "@/config";
import { webhookPolicyFrom, type WebhookPolicy } from "./policy";

let cached: { from: object; policy: WebhookPolicy } | undefined;

/**
 * The policy of the current configuration, rebuilt when the configuration changes (a test, or
 * an operator's script, can compress the schedule without restarting the process).
 */
export function webhookPolicy(): WebhookPolicy {
  const settings = config().webhooks;
  if (cached?.from !== settings) cached = { from: settings, policy: webhookPolicyFrom(settings) };
  return cached.policy;
}

/** Security switches of webhooks.md. */
export function webhookNetworkOptions() {
  const { production, webhooks } = config();
  return { production, allowHttp: webhooks.allowHttp, allowPrivate: webhooks.allowPrivate, proxyUrl: webhooks.proxyUrl };
}
