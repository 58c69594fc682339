/**
 * The checks a browser can make as the admin types. The server has the last word (https in
 * production, private addresses, DNS) and its message is shown on save; this only catches
 * typos early and explains the http rule before the server refuses it.
 */
export type UrlCheck = { error?: string; hint?: string };

export function checkWebhookUrl(input: string): UrlCheck {
  const value = input.trim();
  if (!value) return { error: "Enter the URL that should receive the events." };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? "This is not a valid URL." : "Start the URL with https://" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { error: "Only https:// (or http:// in development) URLs can receive webhooks." };
  if (!url.hostname) return { error: "The URL needs a host name." };
  if (url.username || url.password) return { error: "Put credentials in the receiver's checks, not in the URL." };
  if (url.protocol === "http:") {
    return {
      hint: "Plain http:// is accepted only in development or when the server sets WEBHOOKS_ALLOW_HTTP=1; production requires https://.",
    };
  }
  return {};
}
