// The snippets the create form shows must verify real signatures, in the format they are shown for:
// the Node one is imported and run; the Python one runs in python3 when the machine has it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { signDelivery } from "@/lib/webhooks/sign-payload";
import { verificationSnippet, type SignatureFormat } from "./verification-snippets";

const SECRET = "whsec_" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64");
const BODY = JSON.stringify({ id: "evt_1", event: "card.created", type: "card.created", data: { title: "Ünïcode ✓" } });
const FORMATS: SignatureFormat[] = ["sha256_prefixed", "hex"];
const signed = (format: SignatureFormat) =>
  signDelivery({ secrets: [SECRET], deliveryId: "msg_1", timestamp: 1_700_000_000, body: BODY, format })["X-Webhook-Signature"];
const hasPython = spawnSync("python3", ["--version"]).status === 0;

function inTempDir<T>(fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snippet-"));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(FORMATS)("verification snippets for %s", (format) => {
  it("Node.js: accepts the real signature and rejects a tampered body or the other format", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snippet-"));
    const file = path.join(dir, "verify.mjs");
    fs.writeFileSync(file, verificationSnippet("node", format));
    process.env.TASKTIDE_WEBHOOK_SECRET = SECRET;
    try {
      const { verifyTasktide } = await import(pathToFileURL(file).href);
      expect(verifyTasktide(Buffer.from(BODY), { "x-webhook-signature": signed(format) })).toBe(true);
      expect(verifyTasktide(Buffer.from(BODY + " "), { "x-webhook-signature": signed(format) })).toBe(false);
      const other = FORMATS.find((f) => f !== format)!;
      expect(verifyTasktide(Buffer.from(BODY), { "x-webhook-signature": signed(other) })).toBe(false);
    } finally {
      delete process.env.TASKTIDE_WEBHOOK_SECRET;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasPython)("Python: accepts the real signature and rejects a tampered body", () => {
    inTempDir((dir) => {
      const script = `${verificationSnippet("python", format)}

import sys
body = sys.stdin.buffer.read()
print(verify_tasktide(body, {"X-Webhook-Signature": sys.argv[1]}), verify_tasktide(body + b" ", {"X-Webhook-Signature": sys.argv[1]}))
`;
      fs.writeFileSync(path.join(dir, "verify.py"), script);
      const out = execFileSync("python3", [path.join(dir, "verify.py"), signed(format)], {
        input: BODY,
        env: { ...process.env, TASKTIDE_WEBHOOK_SECRET: SECRET },
      });
      expect(out.toString().trim()).toBe("True False");
    });
  });

  it("Go and PHP: compare in constant time against the right expected form", () => {
    const go = verificationSnippet("go", format);
    const php = verificationSnippet("php", format);
    expect(go).toContain("hmac.Equal");
    expect(php).toContain("hash_equals");
    expect(go.includes('"sha256=" + ')).toBe(format === "sha256_prefixed");
    expect(php.includes("'sha256=' . ")).toBe(format === "sha256_prefixed");
    expect(php).toContain("HTTP_X_WEBHOOK_SIGNATURE");
  });
});
