// The files suite, run against each storage adapter (files.test.ts: disk; files-s3.test.ts: a
// real S3-compatible server on 127.0.0.1). Not a test file itself.
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { filePurges, files, workspaces } from "@/db/schema";
import { purgeDeletedFiles } from "@/lib/files/purge-files";
import { fileStorage } from "@/lib/files/storage/file-storage";
import { thumbnailsSettled } from "@/lib/files/thumbnails";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import { api, TEST_ORIGIN, type As } from "../support/api";
import { createMember, createUser, type TestUser } from "../support/factories";
import { dispatch } from "../support/router";
import { startReceiver } from "../support/webhook-receiver";
import { eventually, registerWebhook } from "./webhook-test-kit";

const unique = () => randomBytes(4).toString("hex");

export async function cardOf(as: TestUser): Promise<{ id: string; list_id: string; board_id: string }> {
  const board = await api("POST", "/v1/boards", { as, body: { name: `Board ${unique()}` } });
  const list = await api("POST", "/v1/lists", { as, body: { board_id: board.body.id, name: "List" } });
  const card = await api("POST", "/v1/cards", { as, body: { list_id: list.body.id, title: `Card ${unique()}` } });
  return card.body;
}

function authHeaders(as: As): Record<string, string> {
  if (as && "cookie" in as) return { cookie: as.cookie, origin: TEST_ORIGIN };
  if (as && "token" in as) return { authorization: `Bearer ${as.token}` };
  return {};
}

/**
 * A multipart upload whose body is a stream that produces `size` bytes on demand (`fill` repeated),
 * so a test can tell how much of it the server read. `pulled()` is the bytes handed out so far.
 */
export function multipartUpload(as: As, cardId: string, content: Buffer | { size: number; fill?: Buffer }, filename = "upload.bin") {
  const boundary = `----tasktide${unique()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="card_id"\r\n\r\n${cardId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = Buffer.isBuffer(content) ? content.length : content.size;
  const chunk = Buffer.isBuffer(content) ? content : (content.fill ?? Buffer.alloc(64 * 1024, 0x61));
  let sent = 0;
  let stage = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 0) {
        controller.enqueue(head);
        stage = 1;
      } else if (stage === 1) {
        const n = Math.min(size - sent, Buffer.isBuffer(content) ? content.length : chunk.length);
        if (n > 0) {
          controller.enqueue(Buffer.isBuffer(content) ? content.subarray(sent, sent + n) : chunk.subarray(0, n));
          sent += n;
        }
        if (sent >= size) stage = 2;
      } else {
        controller.enqueue(tail);
        controller.close();
      }
    },
  });
  const request = new Request(`${TEST_ORIGIN}/v1/files`, {
    method: "POST",
    headers: { ...authHeaders(as), "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
    // @ts-expect-error Node's fetch needs duplex for a streamed body
    duplex: "half",
  });
  return {
    response: dispatch(request).then(async (res) => ({ status: res.status, body: await res.json(), headers: res.headers })),
    pulled: () => sent,
  };
}

export async function upload(as: As, cardId: string, content: Buffer, filename = "upload.bin") {
  return multipartUpload(as, cardId, content, filename).response;
}

export async function download(as: As, id: string, headers: Record<string, string> = {}) {
  const res = await dispatch(new Request(`${TEST_ORIGIN}/v1/files/${id}/content`, { headers: { ...authHeaders(as), ...headers } }));
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const storedKeys = async (workspaceId: string) => (await fileStorage().list(`${workspaceId}/`)).filter((k) => !k.endsWith(".part"));

const png = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 30, b: 60 } } })
    .png()
    .toBuffer();

export function describeFileSuite(storage: "disk" | "s3"): void {
  describe(`files on ${storage} storage`, () => {
    it("uploads, lists, downloads the identical bytes with Range, renames and deletes; the bytes leave the storage", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(300_000)]);
      const created = await upload(owner, card.id, bytes, "report.txt");
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({
        card_id: card.id,
        kind: "upload",
        name: "report.txt",
        size: bytes.length,
        uploader_id: owner.id,
      });
      // Detected from the bytes: the name says .txt, the client said octet-stream.
      expect(created.body.content_type).toBe("application/pdf");
      expect(await storedKeys(owner.workspaceId)).toEqual([`${owner.workspaceId}/${created.body.id}`]);

      const list = await api("GET", `/v1/files?card_id=${card.id}`, { as: owner });
      expect(list.body.items.map((f: { id: string }) => f.id)).toEqual([created.body.id]);
      expect((await api("GET", `/v1/files/${created.body.id}`, { as: owner })).body).toEqual(created.body);

      const whole = await download(owner, created.body.id);
      expect(whole.status).toBe(200);
      expect(whole.bytes.equals(bytes)).toBe(true);
      expect(whole.headers.get("content-type")).toBe("application/pdf");
      expect(whole.headers.get("content-disposition")).toBe(`attachment; filename="report.txt"; filename*=UTF-8''report.txt`);
      expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
      expect(whole.headers.get("accept-ranges")).toBe("bytes");

      const part = await download(owner, created.body.id, { range: "bytes=100-199" });
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe(`bytes 100-199/${bytes.length}`);
      expect(part.bytes.equals(bytes.subarray(100, 200))).toBe(true);
      const suffix = await download(owner, created.body.id, { range: "bytes=-10" });
      expect(suffix.status).toBe(206);
      expect(suffix.bytes.equals(bytes.subarray(bytes.length - 10))).toBe(true);
      const beyond = await download(owner, created.body.id, { range: `bytes=${bytes.length}-` });
      expect(beyond.status).toBe(416);
      expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.length}`);

      const renamed = await api("PATCH", `/v1/files/${created.body.id}`, { as: owner, body: { name: "Q3 ../report\u0007.pdf" } });
      expect(renamed.status).toBe(200);
      expect(renamed.body.name).toBe("report_.pdf");

      expect((await api("DELETE", `/v1/files/${created.body.id}`, { as: owner })).status).toBe(204);
      await purgeDeletedFiles();
      expect(await storedKeys(owner.workspaceId)).toEqual([]);
      expect((await api("GET", `/v1/files/${created.body.id}`, { as: owner })).status).toBe(404);
    });

    it("refuses a 30 MB upload with 413 while it streams, and leaves nothing in the storage or the database", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const size = 30 * 1024 * 1024;
      const attempt = multipartUpload(owner, card.id, { size });
      const res = await attempt.response;
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ error: "payload_too_large", message: expect.stringContaining("25 MiB") });
      // Refused at the limit, not after reading the whole body.
      expect(attempt.pulled()).toBeLessThan(size);
      expect(await storedKeys(owner.workspaceId)).toEqual([]);
      const db = await getDb();
      expect(await db.select().from(files).where(eq(files.workspaceId, owner.workspaceId))).toEqual([]);
    });

    it("detects HTML and SVG and never serves them inline; names are safe in Content-Disposition", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const html = await upload(owner, card.id, Buffer.from("<!DOCTYPE html><script>alert(1)</script>"), "evil:?.png");
      expect(html.body.content_type).toBe("text/html");
      expect(html.body.name).toBe("evil__.png");
      const svg = await upload(
        owner,
        card.id,
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        "é ü.svg",
      );
      expect(svg.body.content_type).toBe("image/svg+xml");
      const text = await upload(owner, card.id, Buffer.from("plain notes\n"), "notes");
      expect(text.body.content_type).toBe("text/plain");
      for (const id of [html.body.id, svg.body.id]) {
        const res = await dispatch(new Request(`${TEST_ORIGIN}/v1/files/${id}/content?inline=1`, { headers: authHeaders(owner) }));
        expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
        expect(res.headers.get("content-security-policy")).toMatch(/^sandbox/);
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      }
      const svgDownload = await download(owner, svg.body.id);
      expect(svgDownload.headers.get("content-disposition")).toBe(`attachment; filename="_ _.svg"; filename*=UTF-8''%C3%A9%20%C3%BC.svg`);
    });

    it("makes a thumbnail of an image off the request path", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const image = await png();
      const created = await upload(owner, card.id, image, "shot.png");
      expect(created.body.content_type).toBe("image/png");
      await thumbnailsSettled();
      const file = await api("GET", `/v1/files/${created.body.id}`, { as: owner });
      expect(file.body.has_thumbnail).toBe(true);
      const res = await dispatch(new Request(`${TEST_ORIGIN}/v1/files/${created.body.id}/thumbnail`, { headers: authHeaders(owner) }));
      expect(res.headers.get("content-type")).toBe("image/webp");
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect([meta.width, meta.height]).toEqual([320, 240]);
      await api("DELETE", `/v1/files/${created.body.id}`, { as: owner });
      await purgeDeletedFiles();
      expect(await storedKeys(owner.workspaceId)).toEqual([]);
    });

    it("sets an image attachment as the card's cover; the card counts its attachments", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const image = await upload(owner, card.id, await png(), "cover.png");
      const text = await upload(owner, card.id, Buffer.from("notes"), "notes.txt");
      let json = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
      expect(json).toMatchObject({ cover_file_id: null, attachment_count: 2 });
      const refused = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { cover_file_id: text.body.id } });
      expect(refused.status).toBe(400);
      expect(refused.body.details[0].field).toBe("cover_file_id");
      const set = await api("PATCH", `/v1/cards/${card.id}`, { as: owner, body: { cover_file_id: image.body.id } });
      expect(set.status).toBe(200);
      expect(set.body.cover_file_id).toBe(image.body.id);
      const snapshot = await api("GET", `/v1/boards/${card.board_id}/snapshot`, { as: owner });
      expect(snapshot.body.cards[0]).toMatchObject({ cover_file_id: image.body.id, attachment_count: 2 });
      await api("DELETE", `/v1/files/${image.body.id}`, { as: owner });
      json = (await api("GET", `/v1/cards/${card.id}`, { as: owner })).body;
      expect(json).toMatchObject({ cover_file_id: null, attachment_count: 1 });
      await thumbnailsSettled();
    });

    it("deleting a card, a list or a board removes its files from the storage", async () => {
      const owner = await createUser();
      const [a, b, c] = [await cardOf(owner), await cardOf(owner), await cardOf(owner)];
      for (const card of [a, b, c]) expect((await upload(owner, card.id, randomBytes(1000))).status).toBe(201);
      expect(await storedKeys(owner.workspaceId)).toHaveLength(3);
      await api("DELETE", `/v1/cards/${a.id}`, { as: owner });
      await purgeDeletedFiles();
      expect(await storedKeys(owner.workspaceId)).toHaveLength(2);
      await api("DELETE", `/v1/lists/${b.list_id}`, { as: owner });
      await purgeDeletedFiles();
      expect(await storedKeys(owner.workspaceId)).toHaveLength(1);
      await api("DELETE", `/v1/boards/${c.board_id}`, { as: owner });
      await purgeDeletedFiles();
      expect(await storedKeys(owner.workspaceId)).toEqual([]);
      expect(await (await getDb()).select().from(filePurges)).toEqual([]);
    });

    it("an upload cut off mid-stream leaves nothing behind", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const boundary = "----tasktidecut";
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent === 0) {
            controller.enqueue(
              Buffer.from(
                `--${boundary}\r\nContent-Disposition: form-data; name="card_id"\r\n\r\n${card.id}\r\n` +
                  `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.bin"\r\n\r\n`,
              ),
            );
          } else if (sent < 6 * 1024 * 1024) controller.enqueue(Buffer.alloc(256 * 1024, 0x62));
          else controller.error(new Error("connection reset by the client"));
          sent += 256 * 1024;
        },
      });
      const res = await dispatch(
        new Request(`${TEST_ORIGIN}/v1/files`, {
          method: "POST",
          headers: { ...authHeaders(owner), "content-type": `multipart/form-data; boundary=${boundary}` },
          body,
          // @ts-expect-error Node's fetch needs duplex for a streamed body
          duplex: "half",
        }),
      );
      expect(res.status).toBe(400);
      expect(await storedKeys(owner.workspaceId)).toEqual([]);
      expect(await (await getDb()).select().from(files).where(eq(files.workspaceId, owner.workspaceId))).toEqual([]);
    });

    it("deleting a workspace (a cascade no verb sees) still purges its files", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      expect((await upload(owner, card.id, randomBytes(500))).status).toBe(201);
      const db = await getDb();
      await db.delete(workspaces).where(eq(workspaces.id, owner.workspaceId));
      await purgeDeletedFiles();
      expect(await storedKeys(owner.workspaceId)).toEqual([]);
    });

    it("enforces the workspace quota and the per-card limit; links count toward the card", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      process.env.FILE_WORKSPACE_QUOTA_BYTES = "150000";
      process.env.FILE_MAX_PER_CARD = "3";
      try {
        expect((await upload(owner, card.id, randomBytes(100_000))).status).toBe(201);
        const over = await upload(owner, card.id, randomBytes(100_000));
        expect(over.status).toBe(413);
        expect(over.body.message).toMatch(/quota/);
        const link = await api("POST", "/v1/files", {
          as: owner,
          body: { card_id: card.id, url: "https://example.com/spec", name: "Spec" },
        });
        expect(link.status).toBe(201);
        expect(link.body).toMatchObject({ kind: "link", url: "https://example.com/spec", size: 0, content_type: null });
        expect((await download(owner, link.body.id)).status).toBe(409);
        expect((await upload(owner, card.id, randomBytes(10))).status).toBe(201);
        const full = await upload(owner, card.id, randomBytes(10));
        expect(full.status).toBe(409);
        const usage = await api("GET", "/v1/file_usage", { as: owner });
        expect(usage.body).toEqual({
          used_bytes: 100_010,
          quota_bytes: 150_000,
          max_file_bytes: 25 * 1024 * 1024,
          max_files_per_card: 3,
          file_count: 3,
        });
        expect(await storedKeys(owner.workspaceId)).toHaveLength(2);
      } finally {
        delete process.env.FILE_WORKSPACE_QUOTA_BYTES;
        delete process.env.FILE_MAX_PER_CARD;
      }
    });

    it("is tenant-scoped, role-checked and honours board-restricted tokens", async () => {
      const owner = await createUser();
      const card = await cardOf(owner);
      const other = await cardOf(owner);
      const created = await upload(owner, card.id, randomBytes(100));
      const stranger = await createUser();
      expect((await api("GET", `/v1/files/${created.body.id}`, { as: stranger })).status).toBe(404);
      expect((await download(stranger, created.body.id)).status).toBe(404);
      expect((await upload(stranger, card.id, randomBytes(10))).status).toBe(404);
      const viewer = await createMember(owner.workspaceId, "viewer");
      expect((await download(viewer, created.body.id)).status).toBe(200);
      expect((await upload(viewer, card.id, randomBytes(10))).status).toBe(403);
      const token = (
        await api("POST", "/v1/tokens", { as: owner, body: { name: "one board", scope: "read_write", board_ids: [other.board_id] } })
      ).body.token;
      expect((await download({ token }, created.body.id)).status).toBe(404);
      expect((await upload({ token }, other.id, randomBytes(10))).status).toBe(201);
      expect((await upload({ token }, card.id, randomBytes(10))).status).toBe(404);
    });

    it("delivers file.uploaded and file.deleted to a webhook receiver, with metadata and never the bytes", async () => {
      process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
      const receiver = await startReceiver();
      const worker = new EmbeddedWorker({ pollMs: 50, concurrency: 2 }).start();
      try {
        const owner = await createUser();
        const card = await cardOf(owner);
        await registerWebhook(owner, { url: receiver.url, events: ["file.uploaded", "file.deleted"] });
        const created = await upload(owner, card.id, Buffer.from("secret bytes"), "a.txt");
        await api("DELETE", `/v1/files/${created.body.id}`, { as: owner });
        const requests = await receiver.waitFor(2);
        const bodies = requests.map((r) => JSON.parse(r.rawBody));
        expect(bodies.map((b) => b.event).sort()).toEqual(["file.deleted", "file.uploaded"]);
        for (const body of bodies) expect(body.data).toEqual(created.body);
        expect(requests.every((r) => !r.rawBody.includes("secret bytes"))).toBe(true);
      } finally {
        await worker.stop();
        await receiver.stop();
      }
    });
  });
}

export { eventually };
