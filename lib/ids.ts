import { randomBytes } from "node:crypto";

// Crockford base32, lowercase: ids sort lexicographically in creation order (time first),
// which makes keyset pagination by id stable under concurrent inserts.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export const ID_PREFIXES = {
  user: "user",
  workspace: "ws",
  board: "board",
  list: "list",
  card: "card",
  comment: "cmt",
  checklist: "chk",
  checklistItem: "chki",
  tag: "tag",
  timeEntry: "te",
  event: "evt",
  token: "tok",
  webhook: "wh",
  delivery: "msg",
  file: "file",
  attempt: "att",
  invite: "inv",
  customField: "fld",
  fieldOption: "opt",
  savedFilter: "sf",
  session: "ses",
  accountToken: "act",
  recoveryCode: "rc",
  import: "imp",
  milestone: "ms",
  sprint: "spr",
  dependency: "dep",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

function encodeTime(ms: number): string {
  let out = "";
  let value = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

function encodeRandom(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte % 32];
  return out;
}

/** A prefixed, time-sortable id such as `card_01j9z…`. */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(Date.now())}${encodeRandom(16)}`;
}

/** `n` new ids of one kind, ascending: the same time part and sorted random parts, for rows written together in an order. */
export function newIdsInOrder(kind: IdKind, n: number): string[] {
  const time = encodeTime(Date.now());
  const randoms = Array.from({ length: n }, () => encodeRandom(16)).sort();
  return randoms.map((random) => `${ID_PREFIXES[kind]}_${time}${random}`);
}

/** The smallest id of this kind created at or after `at`: ids compare by time first, so `id >= this` selects by creation time through an id index. */
export function idTimeFloor(kind: IdKind, at: Date): string {
  return `${ID_PREFIXES[kind]}_${encodeTime(at.getTime())}`;
}

/** The shape of an id of one kind (`null`: of any kind), the one definition every check uses. */
export function idPattern(kind: IdKind | null): RegExp {
  return new RegExp(`^${kind ? ID_PREFIXES[kind] : "[a-z]+"}_[0-9a-z]{26}$`);
}

/** True when `value` looks like an id of this kind (used to answer 404 early for wrong types). */
export function isIdOf(kind: IdKind | null, value: string): boolean {
  return idPattern(kind).test(value);
}
