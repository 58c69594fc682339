/** Header carrying `sha256=` + hex HMAC of the raw body (webhooks.md, "Headers of every delivery"). */
export const SIGNATURE_HEADER = "X-Webhook-Signature";

// The secret is read from the environment on purpose: a snippet with the secret pasted in ends
// up committed to some repository.
export const NODE_SNIPPET = `import crypto from "node:crypto";

const secret = process.env.TASKTIDE_WEBHOOK_SECRET; // whsec_…

// rawBody: the request body exactly as received (a Buffer), before JSON.parse.
export function verifyTasktide(rawBody, headers) {
  const signature = headers["${SIGNATURE_HEADER.toLowerCase()}"] ?? "";
  const expected = "sha256=" + crypto.createHmac("sha256", secret).update(rawBody).digest("hex");
  return signature.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}`;

export const PYTHON_SNIPPET = `import hashlib, hmac, os

secret = os.environ["TASKTIDE_WEBHOOK_SECRET"]  # whsec_…

# raw_body: the request body exactly as received (bytes), before json.loads.
def verify_tasktide(raw_body: bytes, headers) -> bool:
    signature = headers.get("${SIGNATURE_HEADER}", "")
    expected = "sha256=" + hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, expected)`;
