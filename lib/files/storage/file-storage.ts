import type { Readable } from "node:stream";
import { config } from "@/config";
import { DiskStorage } from "./disk-storage";
import { S3Storage } from "./s3-storage";

/** A byte range, both ends inclusive (as in HTTP `Range: bytes=start-end`). */
export type ByteRange = { start: number; end: number };

/**
 * Where file bytes live: the port every file verb uses, with an adapter for the local disk and one
 * for S3-compatible object storage, chosen once from the configuration. Keys are ours
 * (`<workspace id>/<file id>`), never a user's file name. `put` streams: no adapter holds a whole
 * file in memory, and a `put` that fails (the stream errors, e.g. over the size limit) leaves
 * nothing behind.
 */
export interface FileStorage {
  readonly kind: "disk" | "s3";
  put(key: string, body: Readable): Promise<void>;
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Idempotent: deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key under a prefix (tests and maintenance). */
  list(prefix: string): Promise<string[]>;
}

let cached: { signature: string; storage: FileStorage } | undefined;

/** The configured storage (re-created when the configuration changes, as tests do). */
export function fileStorage(): FileStorage {
  const settings = config().files.storage;
  const signature = JSON.stringify(settings);
  if (cached?.signature !== signature) {
    cached = { signature, storage: settings.kind === "s3" ? new S3Storage(settings.s3) : new DiskStorage(settings.dir) };
  }
  return cached.storage;
}
