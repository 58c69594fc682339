import "server-only";
import { createHash, randomBytes } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const TOKEN_PREFIX = "tt_";
const RANDOM_LENGTH = 40; // 40 base62 characters ≈ 238 bits: guessing is hopeless.

/** The shape of a token we could have issued; anything else is refused before any lookup. */
export const TOKEN_FORMAT = /^tt_[0-9A-Za-z]{32,64}$/;

/**
 * `tt_` + 40 uniformly random base62 characters. Bytes ≥ 248 are rejected rather than reduced
 * modulo 62, which would make the first characters of the alphabet more likely.
 */
export function generateTokenSecret(): string {
  let out = "";
  while (out.length < RANDOM_LENGTH) {
    for (const byte of randomBytes(RANDOM_LENGTH)) {
      if (byte < 248 && out.length < RANDOM_LENGTH) out += BASE62[byte % 62];
    }
  }
  return TOKEN_PREFIX + out;
}

/**
 * Only this hash is stored. A plain SHA-256 (no salt, no slow hash) is enough because the
 * token is random and long, and it lets a request find its token with one indexed lookup.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What the UI shows to tell tokens apart: `tt_…a1b2`. */
export function tokenHint(token: string): string {
  return `${TOKEN_PREFIX}…${token.slice(-4)}`;
}
