import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { describeFileSuite } from "./files-test-kit";

// The default adapter: the local disk under DATA_DIR/files, here a fresh directory.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tasktide-files-"));
  process.env.DATA_DIR = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeFileSuite("disk");
