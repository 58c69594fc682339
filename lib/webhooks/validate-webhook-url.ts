import { invalidRequest } from "@/lib/core/errors";
import { webhookNetworkOptions } from "./current-policy";
import { BlockedAddressError, resolveSafeAddress, type ResolveAll } from "./ssrf-guard";
import { parseWebhookUrl } from "./ssrf-guard";

/**
 * Registration-time check of webhooks.md: scheme, credentials, and every address the host
 * resolves to. (Each delivery checks again after its own DNS lookup.) Returns the normalized URL.
 */
export async function validateWebhookUrl(input: string, lookup?: ResolveAll): Promise<string> {
  const network = webhookNetworkOptions();
  const parsed = parseWebhookUrl(input, network);
  if (!parsed.ok) throw invalidRequest(parsed.message, [{ field: "url", message: parsed.message }]);
  try {
    await resolveSafeAddress(parsed.hostname, { allowPrivate: network.allowPrivate, lookup });
  } catch (error) {
    const message =
      error instanceof BlockedAddressError
        ? `Webhook URLs must not point to a private, loopback or reserved address (${parsed.hostname} resolves to ${error.address}).`
        : `The webhook URL's host ${parsed.hostname} does not resolve.`;
    throw invalidRequest(message, [{ field: "url", message }]);
  }
  return parsed.url.toString();
}
