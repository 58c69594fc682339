// Regenerates every icon in public/ from its one source, public/icon.svg (the Logo mark of
// components/app-shell/logo.tsx: the Waves glyph on --primary). Run after editing icon.svg:
//   node scripts/make-icons.mjs
// Rasterizes with the local Chromium (headless, no network) and packs favicon.ico itself.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./find-chromium.mjs";

const PUBLIC = path.resolve("public");
const source = await readFile(path.join(PUBLIC, "icon.svg"), "utf8");
// The mark's background: maskable and Apple icons must be full-bleed in this colour.
const background = /<rect\b[^>]*\bfill="(#[0-9a-f]{6})"/i.exec(source)?.[1];
if (!background) throw new Error('public/icon.svg: expected a <rect fill="#rrggbb"> as the mark\'s background');
const inner = source.replace(/^<svg\b[^>]*>/, "").replace(/<\/svg>\s*$/, "");
const viewBox = /viewBox="([^"]+)"/.exec(source)?.[1] ?? "0 0 28 28";

/** The mark scaled to `scale` of a full-bleed square (its rounded corners vanish into the same colour). */
const fullBleed = (scale) => {
  const offset = ((1 - scale) / 2) * 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${background}"/><svg x="${offset}" y="${offset}" width="${scale * 100}" height="${scale * 100}" viewBox="${viewBox}">${inner}</svg></svg>`;
};

// Maskable: the glyph must sit inside the central circle of 80% diameter (the safe zone); at 80%
// the mark's glyph spans about 40% of the canvas. iOS draws apple-touch-icon on black where it is
// transparent and rounds the corners itself, so it is full-bleed too.
const PNGS = [
  { file: "icon-192.png", size: 192, svg: source },
  { file: "icon-512.png", size: 512, svg: source },
  { file: "icon-maskable-512.png", size: 512, svg: fullBleed(0.8) },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed(1) },
];
const ICO_SIZES = [16, 32, 48];

// The API docs pages' logo (ReDoc's sidebar): the mark and the name, in --foreground.
const logo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 148 36" width="148" height="36"><svg x="2" y="4" width="28" height="28" viewBox="${viewBox}">${inner}</svg><text x="38" y="25" font-family="ui-sans-serif, system-ui, sans-serif" font-size="20" font-weight="600" letter-spacing="-0.4" fill="#18181b">Tasktide</text></svg>\n`;

const executablePath = await findChromium();
if (!executablePath) throw new Error("No Chromium found (set CHROMIUM_PATH)");
const browser = await chromium.launch({ executablePath, args: ["--disable-gpu"] });
const page = await browser.newPage({ deviceScaleFactor: 1 });

async function rasterize(svg, size) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(`<!doctype html><body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block">`);
  await page.locator("img").evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** An ICO holding PNG images (every browser since IE 11 reads them). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

try {
  for (const { file, size, svg } of PNGS) await writeFile(path.join(PUBLIC, file), await rasterize(svg, size));
  const images = [];
  for (const size of ICO_SIZES) images.push({ size, png: await rasterize(source, size) });
  await writeFile(path.join(PUBLIC, "favicon.ico"), ico(images));
  await writeFile(path.join(PUBLIC, "logo.svg"), logo);
  console.log(`Wrote ${[...PNGS.map((p) => p.file), "favicon.ico", "logo.svg"].map((f) => `public/${f}`).join(", ")}.`);
} finally {
  await browser.close();
}
