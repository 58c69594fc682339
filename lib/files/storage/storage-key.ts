const KEY = /^[a-z0-9_]+(\/[a-z0-9_.-]+)*$/;

/** Keys are built by us, but a malformed one must never become a path outside the storage root. */
export function assertKey(key: string): void {
  if (!KEY.test(key) || key.includes("..")) throw new Error(`Invalid storage key "${key}".`);
}
