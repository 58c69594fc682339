import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-recommended memory-hard parameters).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (unknown account) it still verifies against a dummy
 * hash, so that response time does not reveal which emails have accounts.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hash("tasktide-dummy-password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
