import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../support/router";

const PUBLIC = path.resolve("public");
const read = (file: string) => readFile(path.join(PUBLIC, file));

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), "PNG signature").toBe(true);
  expect(png.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A CSS `oklch(L C h)` colour as sRGB #rrggbb (Björn Ottosson's OKLab matrices). */
function oklchToHex(css: string): string {
  const [L, C, h] = /oklch\(([\d.]+) ([\d.]+) ([\d.]+)\)/.exec(css)!.slice(1).map(Number);
  const a = C * Math.cos((h * Math.PI) / 180);
  const b = C * Math.sin((h * Math.PI) / 180);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  const channel = (x: number) => {
    const v = Math.min(1, Math.max(0, x));
    return Math.round((v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055) * 255);
  };
  return `#${linear.map((x) => channel(x).toString(16).padStart(2, "0")).join("")}`;
}

async function token(name: string, { dark = false } = {}): Promise<string> {
  const css = await readFile("app/globals.css", "utf8");
  const scope = dark ? css.slice(css.indexOf("@variant dark")) : css;
  return oklchToHex(new RegExp(`--${name}: (oklch\\([^)]*\\))`).exec(scope)![1]);
}

describe("public/", () => {
  it("has a web app manifest that parses, starts at /boards and names icons that exist at their sizes", async () => {
    const manifest = JSON.parse((await read("manifest.webmanifest")).toString("utf8"));
    expect(manifest).toMatchObject({ name: "Tasktide", short_name: "Tasktide", start_url: "/boards", display: "standalone" });
    expect(manifest.background_color).toBe(await token("background"));
    expect(manifest.theme_color).toBe(await token("background"));
    const purposes = new Set<string>();
    for (const icon of manifest.icons) {
      const file = await read(icon.src.replace(/^\//, ""));
      purposes.add(icon.purpose);
      if (icon.type === "image/svg+xml") continue;
      const { width, height } = pngSize(file);
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
    expect([...purposes].sort()).toEqual(["any", "maskable"]);
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  });

  it.each([
    ["icon-192.png", 192],
    ["icon-512.png", 512],
    ["icon-maskable-512.png", 512],
    ["apple-touch-icon.png", 180],
  ])("%s is a %d px square PNG", async (file, size) => {
    expect(pngSize(await read(file))).toEqual({ width: size, height: size });
  });

  it("has a favicon.ico holding 16, 32 and 48 px PNGs", async () => {
    const ico = await read("favicon.ico");
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      const { width, height } = pngSize(png);
      expect([width, height]).toEqual([ico[entry], ico[entry + 1]]);
      sizes.push(width);
    }
    expect(sizes).toEqual([16, 32, 48]);
  });

  it("draws the mark on --primary, like the app's Logo", async () => {
    const svg = (await read("icon.svg")).toString("utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(/<rect\b[^>]*fill="(#[0-9a-f]{6})"/.exec(svg)?.[1]).toBe(await token("primary"));
  });

  it("asks every crawler to stay out", async () => {
    const robots = (await read("robots.txt")).toString("utf8");
    expect(robots).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  });

  it("has every file app/layout.tsx links, and the toolbar colours of both themes", async () => {
    const layout = await readFile("app/layout.tsx", "utf8");
    const urls = [...layout.matchAll(/url: "(\/[^"]+)"|manifest: "(\/[^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(urls).toEqual(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]);
    for (const url of urls) expect((await read(url.slice(1))).byteLength, url).toBeGreaterThan(100);
    expect(layout).toContain(`color: "${await token("background")}"`);
    expect(layout).toContain(`color: "${await token("background", { dark: true })}"`);
  });
});

describe("the API docs pages' logos", () => {
  const get = (p: string) => dispatch(new Request(`http://localhost:3000${p}`));

  it.each(["/v1/docs/assets/icon.svg", "/v1/redoc/assets/icon.svg", "/v1/redoc/assets/logo.svg"])("serves %s from public/", async (p) => {
    const res = await get(p);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(await res.text()).toBe((await read(path.basename(p))).toString("utf8"));
  });

  it("gives ReDoc our logo in the document and serves its bundle without the address of Redocly's", async () => {
    const document = await (await get("/v1/openapi.json")).json();
    expect(document.info["x-logo"]).toEqual({ url: "/v1/redoc/assets/logo.svg", altText: "Tasktide" });
    const bundle = await (await get("/v1/redoc/assets/redoc.standalone.js")).text();
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toContain("cdn.redoc.ly");
  });

  it("puts our mark in Swagger UI's top bar", async () => {
    const init = await (await get("/v1/docs/assets/init.js")).text();
    expect(init).toContain('src: "/v1/docs/assets/icon.svg"');
    expect(init).toMatch(/plugins: \[SwaggerUIBundle\.plugins\.DownloadUrl, TasktideLogo\]/);
  });
});
