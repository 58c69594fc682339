import { createHmac, timingSafeEqual } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, secretHint, signDelivery } from "./sign-payload";

// The receiver recipe from webhooks.md, verbatim in spirit: a few lines of any crypto library.
function verifyPlain(secret: string, rawBody: string, sig: string): boolean {
  const expected = "sha256=" + createHmac("sha256", secret).update(rawBody).digest("hex");
  return sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
}

const now = () => Math.floor(Date.now() / 1000);
const body = JSON.stringify({ id: "evt_1", event: "card.created", data: { title: "Ünïcödé ✓" } });

describe("generateWebhookSecret", () => {
  it("is whsec_ + base64 of 32 random bytes", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
  });

  it("differs every time", () => {
    const seen = new Set(Array.from({ length: 50 }, generateWebhookSecret));
    expect(seen.size).toBe(50);
  });
});

describe("secretHint", () => {
  it("shows the prefix and the last four characters only", () => {
    expect(secretHint("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaAb3d")).toBe("whsec_…Ab3d");
  });
});

describe("signDelivery", () => {
  it("returns exactly the five signature headers of the contract", () => {
    const headers = signDelivery({ secrets: [generateWebhookSecret()], deliveryId: "dlv_1", timestamp: 1700000000, body });
    expect(Object.keys(headers).sort()).toEqual(
      ["X-Webhook-Signature", "X-Webhook-Timestamp", "webhook-id", "webhook-signature", "webhook-timestamp"].sort(),
    );
    expect(headers["X-Webhook-Timestamp"]).toBe("1700000000");
    expect(headers["webhook-timestamp"]).toBe("1700000000");
    expect(headers["webhook-id"]).toBe("dlv_1");
  });

  it("X-Webhook-Signature verifies with the webhooks.md recipe, keyed with the whole whsec_ string", () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery({ secrets: [secret], deliveryId: "dlv_1", timestamp: now(), body });
    expect(verifyPlain(secret, body, headers["X-Webhook-Signature"])).toBe(true);
    // Keying with the decoded bytes instead would be a contract violation.
    const wrongKey = Buffer.from(secret.slice(6), "base64");
    const wrong = "sha256=" + createHmac("sha256", wrongKey).update(body).digest("hex");
    expect(headers["X-Webhook-Signature"]).not.toBe(wrong);
  });

  it("X-Webhook-Signature fails for a tampered body or another secret", () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery({ secrets: [secret], deliveryId: "dlv_1", timestamp: now(), body });
    expect(verifyPlain(secret, body + " ", headers["X-Webhook-Signature"])).toBe(false);
    expect(verifyPlain(generateWebhookSecret(), body, headers["X-Webhook-Signature"])).toBe(false);
  });

  it("webhook-signature verifies with the standardwebhooks library", () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery({ secrets: [secret], deliveryId: "dlv_abc", timestamp: now(), body });
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("the standardwebhooks library rejects a tampered body, a wrong secret and an old timestamp", () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery({ secrets: [secret], deliveryId: "dlv_abc", timestamp: now(), body });
    expect(() => new Webhook(secret).verify(body.replace("evt_1", "evt_2"), headers)).toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
    const stale = signDelivery({ secrets: [secret], deliveryId: "dlv_abc", timestamp: now() - 600, body });
    expect(() => new Webhook(secret).verify(body, stale)).toThrow(/too old/);
  });

  it("during a rotation grace period both secrets verify the standard header; the plain one uses the current", () => {
    const current = generateWebhookSecret();
    const previous = generateWebhookSecret();
    const headers = signDelivery({ secrets: [current, previous], deliveryId: "dlv_rot", timestamp: now(), body });

    const sigs = headers["webhook-signature"].split(" ");
    expect(sigs).toHaveLength(2);
    sigs.forEach((s) => expect(s).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/));
    expect(new Webhook(current).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();

    expect(verifyPlain(current, body, headers["X-Webhook-Signature"])).toBe(true);
    expect(verifyPlain(previous, body, headers["X-Webhook-Signature"])).toBe(false);
  });

  it("matches the Standard Webhooks specification's published test vector", () => {
    const headers = signDelivery({
      secrets: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
      deliveryId: "msg_p5jXN8AQM9LWM0D4loKWxJek",
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
    });
    expect(headers["webhook-signature"]).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("signs the body bytes as UTF-8 (non-ASCII payloads verify)", () => {
    const secret = generateWebhookSecret();
    const headers = signDelivery({ secrets: [secret], deliveryId: "dlv_u", timestamp: now(), body });
    const expected = createHmac("sha256", secret).update(Buffer.from(body, "utf8")).digest("hex");
    expect(headers["X-Webhook-Signature"]).toBe("sha256=" + expected);
  });

  it("refuses to sign without a secret or with a fractional timestamp", () => {
    expect(() => signDelivery({ secrets: [], deliveryId: "d", timestamp: 1, body })).toThrow();
    expect(() => signDelivery({ secrets: [generateWebhookSecret()], deliveryId: "d", timestamp: 1.5, body })).toThrow();
    expect(() => signDelivery({ secrets: ["whsec_"], deliveryId: "d", timestamp: 1, body })).toThrow();
  });
});
