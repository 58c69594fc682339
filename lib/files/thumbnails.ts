import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { getDb } from "@/db/client";
import { files } from "@/db/schema";
import { describeError } from "@/lib/core/describe-error";
import { fileStorage } from "./storage/file-storage";

/** The longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;

const pending = new Set<Promise<void>>();

/**
 * Makes the thumbnail of an image upload after its transaction committed, off the request path
 * (the upload has answered already). A failure (a corrupt image) only leaves the file without a
 * thumbnail.
 */
export function makeThumbnailSoon(fileId: string): void {
  const job = makeThumbnail(fileId)
    .catch((error) => console.error(`thumbnail of ${fileId} failed: ${describeError(error)}`))
    .finally(() => pending.delete(job));
  pending.add(job);
}

/** Resolves when every thumbnail started so far is done (tests, the benchmark). */
export async function thumbnailsSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/** Streams the original through sharp (first frame, fitted in 320×320, WebP) into the storage. */
export async function makeThumbnail(fileId: string): Promise<void> {
  const db = await getDb();
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (!file?.storageKey) return;
  const storage = fileStorage();
  const key = `${file.storageKey}_thumb`;
  const resize = sharp({ limitInputPixels: 100_000_000 })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 });
  const out = new PassThrough();
  const source = await storage.get(file.storageKey);
  await Promise.all([pipeline(source, resize, out), storage.put(key, out)]);
  const updated = await db.update(files).set({ thumbnailKey: key }).where(eq(files.id, fileId)).returning({ id: files.id });
  // Deleted while we worked: its purge did not know of the thumbnail.
  if (updated.length === 0) await storage.delete(key);
}
