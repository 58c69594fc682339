import { z } from "zod";
import type { WebhookHeaderHint } from "@/db/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";

// Per-webhook headers for SIEMs and gateways (Splunk HEC's "Authorization: Splunk …", Datadog's
// DD-API-KEY). Their values are credentials: encrypted at rest, masked in the API and the log.

export const MAX_CUSTOM_HEADERS = 10;
const MAX_VALUE_LENGTH = 4096;
const PURPOSE = "webhook-headers";
/** RFC 9110 token characters: what a header name may be. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Visible ASCII, space and tab: no CR/LF (header injection), nothing Node would refuse to send. */
const FIELD_VALUE = /^[\t\x20-\x7E]+$/;

/** Names the receiver must get from Tasktide (or from HTTP itself), never from a webhook's settings. */
const RESERVED = new Set([
  "host",
  "content-length",
  "content-type",
  "user-agent",
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "expect",
]);
const reservedReason = (name: string): string | null => {
  const lower = name.toLowerCase();
  if (RESERVED.has(lower)) return `${name} is set by Tasktide or HTTP itself.`;
  if (lower.startsWith("x-webhook-") || lower.startsWith("webhook-")) return `${name} is one of Tasktide's signature headers.`;
  return null;
};

const headerValue = z
  .string()
  .min(1, "A header value must not be empty.")
  .max(MAX_VALUE_LENGTH, `A header value must be at most ${MAX_VALUE_LENGTH} characters.`)
  .regex(FIELD_VALUE, "A header value must be printable ASCII on one line.");

function checkNames(headers: Record<string, unknown>, ctx: z.RefinementCtx) {
  const names = Object.keys(headers);
  if (names.length > MAX_CUSTOM_HEADERS) ctx.addIssue({ code: "custom", message: `At most ${MAX_CUSTOM_HEADERS} headers.` });
  const seen = new Set<string>();
  for (const name of names) {
    const problem = !TOKEN.test(name) || name.length > 100 ? `"${name}" is not a valid header name.` : reservedReason(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem, path: [name] });
    if (seen.has(name.toLowerCase())) ctx.addIssue({ code: "custom", message: `Header ${name} is given twice.`, path: [name] });
    seen.add(name.toLowerCase());
  }
}

const description = `Up to ${MAX_CUSTOM_HEADERS} extra headers sent on every attempt, e.g. {"Authorization": "Splunk <token>"}. Values are stored encrypted and shown masked afterwards. Not allowed: Host, Content-Length, Content-Type, User-Agent, hop-by-hop headers and Tasktide's own X-Webhook-* / webhook-* headers.`;

export const CustomHeadersInput = z.record(z.string(), headerValue).superRefine(checkNames).meta({ description });
/** On update a null value keeps that header's stored value (which the API never shows again). */
export const CustomHeadersUpdate = z
  .record(z.string(), headerValue.nullable())
  .superRefine(checkNames)
  .meta({ description: `${description} Replaces the whole set; a null value keeps that header's current value.` });

export const HeaderHintSchema = z
  .object({ name: z.string(), value_hint: z.string().meta({ description: "The value masked: only its last 4 characters." }) })
  .meta({ id: "WebhookHeaderHint" });

export type CustomHeaders = Record<string, string>;

export function maskHeaderValue(value: string): string {
  return value.length >= 12 ? `…${value.slice(-4)}` : "…";
}

export function headerHints(headers: CustomHeaders): WebhookHeaderHint[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value_hint: maskHeaderValue(value) }));
}

/** The stored columns for a set of headers; an empty set stores nothing. */
export function storedHeaders(headers: CustomHeaders): { headersCiphertext: string | null; headerHints: WebhookHeaderHint[] } {
  const empty = Object.keys(headers).length === 0;
  return { headersCiphertext: empty ? null : encryptSecret(JSON.stringify(headers), PURPOSE), headerHints: headerHints(headers) };
}

export function decryptHeaders(ciphertext: string | null): CustomHeaders {
  return ciphertext ? (JSON.parse(decryptSecret(ciphertext, PURPOSE)) as CustomHeaders) : {};
}

/** An update's set, with nulls replaced by the stored value of the same name (case-insensitive). */
export function mergeHeaderUpdate(update: Record<string, string | null>, current: CustomHeaders): CustomHeaders | { missing: string } {
  const byLowerName = new Map(Object.entries(current).map(([name, value]) => [name.toLowerCase(), value]));
  const merged: CustomHeaders = {};
  for (const [name, value] of Object.entries(update)) {
    const kept = value ?? byLowerName.get(name.toLowerCase());
    if (kept === undefined) return { missing: name };
    merged[name] = kept;
  }
  return merged;
}

/** The request headers as the delivery log keeps them: custom values masked, everything else as sent. */
export function maskCustomHeaders(headers: Record<string, string>, custom: CustomHeaders): Record<string, string> {
  const masked = { ...headers };
  for (const name of Object.keys(custom)) if (name in masked) masked[name] = maskHeaderValue(masked[name]);
  return masked;
}
