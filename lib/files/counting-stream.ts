import { Transform, type TransformCallback } from "node:stream";
import type { AppError } from "@/lib/core/errors";
import { SNIFF_BYTES } from "./sniff-content-type";

/**
 * Passes bytes through while counting them: fails with `tooLarge()` the moment the count passes
 * `limit` (so an oversized upload stops at the limit, not at its end), and keeps the first
 * SNIFF_BYTES for content-type detection.
 */
export class CountingStream extends Transform {
  bytes = 0;
  exceeded = false;
  private readonly headChunks: Buffer[] = [];
  private headBytes = 0;

  constructor(
    private readonly limit: number,
    private readonly tooLarge: () => AppError,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit) {
      this.exceeded = true;
      callback(this.tooLarge());
      return;
    }
    if (this.headBytes < SNIFF_BYTES) {
      const part = chunk.subarray(0, SNIFF_BYTES - this.headBytes);
      this.headChunks.push(Buffer.from(part));
      this.headBytes += part.length;
    }
    callback(null, chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks);
  }
}
