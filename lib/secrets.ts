import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { config } from "@/config";

let cached: string | undefined;

/**
 * The one application secret: signs sessions and derives the key that encrypts webhook secrets.
 * Taken from APP_SECRET (or AUTH_SECRET); otherwise generated once into DATA_DIR so that a fresh
 * clone needs no configuration and restarts keep sessions and encrypted secrets readable.
 */
export function appSecret(): string {
  if (cached) return cached;
  const { appSecret: configured, dataDir: dir } = config();
  if (configured) return (cached = configured);
  const file = path.join(dir, "app-secret");
  fs.mkdirSync(dir, { recursive: true });
  try {
    // "wx" fails if the file exists, so two processes starting together agree on one secret.
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  cached = fs.readFileSync(file, "utf8").trim();
  return cached;
}

/** A key for one purpose, derived from the app secret so purposes never share key material. */
export function derivedKey(purpose: string): Buffer {
  return createHash("sha256").update(`tasktide:${purpose}:`).update(appSecret()).digest();
}
