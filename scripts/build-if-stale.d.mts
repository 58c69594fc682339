// Types of scripts/build-if-stale.mjs (plain JavaScript, so `npm start` runs it without tsx).
export function buildIsFresh(): boolean;
/** Returns the exit status of the build (0 when none was needed). */
export function buildIfStale(label: string): number;
