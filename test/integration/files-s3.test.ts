import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll } from "vitest";
import { describeFileSuite } from "./files-test-kit";

// The S3 adapter against a real S3-compatible server (s3rver) on 127.0.0.1, through the same
// official SDK calls it makes against AWS S3, MinIO or R2.
let dir: string;
let server: S3rver;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "tasktide-s3-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  Object.assign(process.env, {
    S3_BUCKET: "tasktide-test",
    S3_ENDPOINT: endpoint,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "1",
  });
  const client = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  await client.send(new CreateBucketCommand({ Bucket: "tasktide-test" }));
  client.destroy();
});

afterAll(async () => {
  for (const name of ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"])
    delete process.env[name];
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describeFileSuite("s3");
