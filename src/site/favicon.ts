/**
 * The site's icon, drawn here: a white X on the accent blue (site.css `--accent`) in a rounded
 * square. An SVG for browsers that take one (`<link rel="icon">`), the same drawing rasterised
 * into a 32×32 ICO for /favicon.ico (which browsers and crawlers ask for whatever a page says),
 * and PNGs: the 180×180 apple-touch-icon (full-bleed: iOS rounds the corners itself) and the
 * 192 and 512 icons of the web manifest (the 512 is also the publisher's logo in structured
 * data). Rasterised by hand (no sharp: a serving process never loads libvips for its icons),
 * each PNG on its first request.
 */
import { deflateSync } from "node:zlib";
import { RenderedPage } from "../cache/page.js";

/** The drawing's own units: a 32-unit square. */
const UNITS = 32;
const RADIUS = 6;
const ACCENT = [0x0b, 0x5c, 0xad] as const;
export const ACCENT_HEX = "#0b5cad";
const STROKE = 2;
/** The X's two strokes, end to end, with round caps: [x1, y1, x2, y2]. */
const STROKES = [
  [9, 9, 23, 23],
  [23, 9, 9, 23],
] as const;
const ICON_CACHE_CONTROL = "public, max-age=86400";

export const FAVICON_SVG_TEXT =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${UNITS} ${UNITS}">` +
  `<rect width="${UNITS}" height="${UNITS}" rx="${RADIUS}" fill="${ACCENT_HEX}"/>` +
  `<path d="${STROKES.map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join("")}" stroke="#fff" stroke-width="${STROKE * 2}" stroke-linecap="round"/>` +
  `</svg>`;

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  if (radius === 0) return x >= 0 && y >= 0 && x <= UNITS && y <= UNITS;
  const cx = Math.min(Math.max(x, radius), UNITS - radius);
  const cy = Math.min(Math.max(y, radius), UNITS - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function onStroke(x: number, y: number): boolean {
  return STROKES.some(([x1, y1, x2, y2]) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const along = Math.min(1, Math.max(0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - (x1 + along * dx)) ** 2 + (y - (y1 + along * dy)) ** 2 <= STROKE ** 2;
  });
}

/** One pixel of a `size`-pixel drawing as [red, green, blue, alpha], from 4×4 samples (smooth edges). */
function pixel(px: number, py: number, size: number, radius: number): [number, number, number, number] {
  const scale = UNITS / size;
  let shape = 0;
  let white = 0;
  for (let i = 0; i < 16; i++) {
    const x = (px + ((i % 4) + 0.5) / 4) * scale;
    const y = (py + (Math.floor(i / 4) + 0.5) / 4) * scale;
    if (!insideRoundedSquare(x, y, radius)) continue;
    shape++;
    if (onStroke(x, y)) white++;
  }
  if (shape === 0) return [0, 0, 0, 0];
  const mix = (channel: number) => Math.round((channel * (shape - white) + 255 * white) / shape);
  return [mix(ACCENT[0]), mix(ACCENT[1]), mix(ACCENT[2]), Math.round((255 * shape) / 16)];
}

/** The icon as RGBA rows, top to bottom. `radius` 0: a full square (no transparent corners). */
export function drawIcon(size: number, radius = RADIUS): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels.set(pixel(x, y, size, radius), (y * size + x) * 4);
  }
  return pixels;
}

/** A one-image ICO: its directory, then a 32-bit bottom-up BGRA bitmap with an (unused) AND mask. */
function drawIco(size: number): Buffer {
  const rgba = drawIcon(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels.set([rgba[from + 2] ?? 0, rgba[from + 1] ?? 0, rgba[from] ?? 0, rgba[from + 3] ?? 0], to);
    }
  }
  const mask = Buffer.alloc((size * size) / 8);
  const bitmap = Buffer.alloc(40);
  bitmap.writeUInt32LE(40, 0); // header size
  bitmap.writeInt32LE(size, 4);
  bitmap.writeInt32LE(size * 2, 8); // the colour rows and the mask's
  bitmap.writeUInt16LE(1, 12); // planes
  bitmap.writeUInt16LE(32, 14); // bits per pixel
  bitmap.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([bitmap, pixels, mask]);
  const head = Buffer.alloc(22);
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(size, 6);
  head.writeUInt8(size, 7);
  head.writeUInt16LE(1, 10); // planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(image.length, 14);
  head.writeUInt32LE(head.length, 18); // where the image starts
  return Buffer.concat([head, image]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of `rgba` (rows top to bottom, no filtering). */
export function encodePng(rgba: Buffer, width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** An icon drawn (and compressed) on its first request and kept: drawing them all would slow every start. */
function onFirstUse(draw: () => RenderedPage): () => RenderedPage {
  let page: RenderedPage | undefined;
  return () => (page ??= draw());
}

export const FAVICON_ICO = onFirstUse(() => new RenderedPage(200, "image/x-icon", drawIco(UNITS), [], ICON_CACHE_CONTROL));
export const FAVICON_SVG = onFirstUse(() => new RenderedPage(200, "image/svg+xml", Buffer.from(FAVICON_SVG_TEXT), [], ICON_CACHE_CONTROL));

/** A PNG icon, drawn on first use and kept. */
export function pngIcon(size: number, radius = RADIUS): () => RenderedPage {
  return onFirstUse(() => new RenderedPage(200, "image/png", encodePng(drawIcon(size, radius), size, size), [], ICON_CACHE_CONTROL));
}

/** The PNG icons by size: what the manifest lists and structured data names. */
export const ICON_SIZES = { appleTouch: 180, icon192: 192, icon512: 512 } as const;
export const APPLE_TOUCH_ICON = pngIcon(ICON_SIZES.appleTouch, 0);
export const ICON_192 = pngIcon(ICON_SIZES.icon192);
export const ICON_512 = pngIcon(ICON_SIZES.icon512);

/**
 * The web manifest, one for the site: its name is the same in every language, and `start_url`
 * is `/`, which sends each reader to their own language's home.
 */
export function webManifest(icons: { icon192: string; icon512: string }): RenderedPage {
  const manifest = {
    name: "Xabar",
    short_name: "Xabar",
    start_url: "/",
    scope: "/",
    display: "minimal-ui",
    theme_color: ACCENT_HEX,
    background_color: "#ffffff",
    icons: [
      { src: icons.icon192, sizes: `${ICON_SIZES.icon192}x${ICON_SIZES.icon192}`, type: "image/png" },
      { src: icons.icon512, sizes: `${ICON_SIZES.icon512}x${ICON_SIZES.icon512}`, type: "image/png" },
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
  return new RenderedPage(200, "application/manifest+json; charset=utf-8", Buffer.from(JSON.stringify(manifest)), [], ICON_CACHE_CONTROL);
}
