import type { WebhookJson } from "@/lib/api-client/types";

/** Header carrying the hex HMAC of the raw body (webhooks.md, "Headers of every delivery"). */
export const SIGNATURE_HEADER = "X-Webhook-Signature";

export type SignatureFormat = WebhookJson["signature_format"];
export type SnippetLanguage = "node" | "python" | "go" | "php";
export const SNIPPET_LANGUAGES: { value: SnippetLanguage; label: string; language: string }[] = [
  { value: "node", label: "Node.js", language: "js" },
  { value: "python", label: "Python", language: "python" },
  { value: "go", label: "Go", language: "go" },
  { value: "php", label: "PHP", language: "php" },
];

export const SIGNATURE_FORMAT_LABELS: Record<SignatureFormat, { label: string; example: string }> = {
  sha256_prefixed: { label: "sha256=<hex> (default)", example: "sha256=5257a869…" },
  hex: { label: "Bare hex digest", example: "5257a869…" },
};

// The secret is read from the environment on purpose: a snippet with the secret pasted in ends
// up committed to some repository. Every snippet compares in constant time.
export function verificationSnippet(language: SnippetLanguage, format: SignatureFormat): string {
  const prefixed = format === "sha256_prefixed";
  const header = SIGNATURE_HEADER;
  switch (language) {
    case "node":
      return `import crypto from "node:crypto";

const secret = process.env.TASKTIDE_WEBHOOK_SECRET;

// rawBody: the request body exactly as received (a Buffer), before JSON.parse.
export function verifyTasktide(rawBody, headers) {
  const signature = headers["${header.toLowerCase()}"] ?? "";
  const expected = ${prefixed ? '"sha256=" + ' : ""}crypto.createHmac("sha256", secret).update(rawBody).digest("hex");
  return signature.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}`;
    case "python":
      return `import hashlib, hmac, os

secret = os.environ["TASKTIDE_WEBHOOK_SECRET"]

# raw_body: the request body exactly as received (bytes), before json.loads.
def verify_tasktide(raw_body: bytes, headers) -> bool:
    signature = headers.get("${header}", "")
    expected = ${prefixed ? '"sha256=" + ' : ""}hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature, expected)`;
    case "go":
      return `import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
)

// rawBody: the request body exactly as received, before json.Unmarshal.
func verifyTasktide(rawBody []byte, headers http.Header) bool {
	mac := hmac.New(sha256.New, []byte(os.Getenv("TASKTIDE_WEBHOOK_SECRET")))
	mac.Write(rawBody)
	expected := ${prefixed ? '"sha256=" + ' : ""}hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(headers.Get("${header}")), []byte(expected))
}`;
    case "php":
      return `<?php
// $rawBody: file_get_contents('php://input'), before json_decode.
function verify_tasktide(string $rawBody): bool {
    $secret = getenv('TASKTIDE_WEBHOOK_SECRET');
    $signature = $_SERVER['HTTP_${header.toUpperCase().replaceAll("-", "_")}'] ?? '';
    $expected = ${prefixed ? "'sha256=' . " : ""}hash_hmac('sha256', $rawBody, $secret);
    return hash_equals($expected, $signature);
}`;
  }
}
