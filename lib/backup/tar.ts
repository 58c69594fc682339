// A minimal tar (ustar) writer and reader for backup archives: regular files only, names up to
// 255 bytes (prefix + name). Enough for a manifest, a database dump and the files folder, without
// a dependency. The archive as a whole is gzipped by the caller.

const BLOCK = 512;

export type TarEntry = { name: string; data: Buffer; mtime?: Date };

function header(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  const bytes = Buffer.from(name, "utf8");
  let prefix = "";
  let base = name;
  if (bytes.length > 100) {
    const cut = name.lastIndexOf("/", 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) throw new Error(`tar: name too long: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, "utf8");
  h.write("0000644\0", 100, "ascii"); // mode
  h.write("0000000\0", 108, "ascii"); // uid
  h.write("0000000\0", 116, "ascii"); // gid
  h.write(`${size.toString(8).padStart(11, "0")}\0`, 124, "ascii");
  h.write(
    `${Math.floor(mtime.getTime() / 1000)
      .toString(8)
      .padStart(11, "0")}\0`,
    136,
    "ascii",
  );
  h.write("        ", 148, "ascii"); // checksum placeholder
  h.write("0", 156, "ascii"); // regular file
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return h;
}

export function writeTar(entries: Iterable<TarEntry>): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(header(entry.name, entry.data.length, entry.mtime ?? new Date()), entry.data);
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(parts);
}

export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const h = archive.subarray(offset, offset + BLOCK);
    if (h.every((b) => b === 0)) break;
    const text = (start: number, length: number) =>
      h
        .subarray(start, start + length)
        .toString("utf8")
        .replace(/\0.*$/s, "");
    const size = parseInt(text(124, 12).trim() || "0", 8);
    const prefix = text(345, 155);
    const name = prefix ? `${prefix}/${text(0, 100)}` : text(0, 100);
    const type = text(156, 1) || "0";
    const mtime = new Date(parseInt(text(136, 12).trim() || "0", 8) * 1000);
    offset += BLOCK;
    if (type === "0") entries.push({ name, data: Buffer.from(archive.subarray(offset, offset + size)), mtime });
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
