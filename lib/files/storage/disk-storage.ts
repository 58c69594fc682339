import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { randomBytes } from "node:crypto";
import type { ByteRange, FileStorage } from "./file-storage";
import { assertKey } from "./storage-key";

/**
 * Files on the local disk under `DATA_DIR/files` (the default: a fresh clone needs nothing). A
 * `put` writes to a temporary name beside the target and renames it when the stream has ended,
 * so a reader never sees half a file and a failed upload removes its temporary file.
 */
export class DiskStorage implements FileStorage {
  readonly kind = "disk" as const;

  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString("hex")}.part`;
    try {
      await pipeline(body, createWriteStream(temporary, { flags: "wx" }));
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(key);
    const stream = createReadStream(file, range ? { start: range.start, end: range.end } : {});
    // Surface a missing file here, not as a stream error after the headers went out.
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async list(prefix: string): Promise<string[]> {
    const found: string[] = [];
    const walk = async (dir: string, rel: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const key = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), key);
        else found.push(key);
      }
    };
    await walk(this.root, "");
    return found.filter((key) => key.startsWith(prefix)).sort();
  }
}
