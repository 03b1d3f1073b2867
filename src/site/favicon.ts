/**
 * The site's icon, drawn here: a white X on the accent blue (site.css `--accent`) in a rounded
 * square. An SVG for browsers that take one (`<link rel="icon">`), and the same drawing rasterised
 * into a 32×32 ICO for /favicon.ico, which browsers and crawlers ask for whatever a page says.
 */
import { RenderedPage } from "../cache/page.js";

const SIZE = 32;
const RADIUS = 6;
const ACCENT = [0x0b, 0x5c, 0xad] as const;
const STROKE = 2;
/** The X's two strokes, end to end, with round caps: [x1, y1, x2, y2]. */
const STROKES = [
  [9, 9, 23, 23],
  [23, 9, 9, 23],
] as const;
const ICON_CACHE_CONTROL = "public, max-age=86400";

export const FAVICON_SVG_TEXT =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">` +
  `<rect width="${SIZE}" height="${SIZE}" rx="${RADIUS}" fill="#0b5cad"/>` +
  `<path d="${STROKES.map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join("")}" stroke="#fff" stroke-width="${STROKE * 2}" stroke-linecap="round"/>` +
  `</svg>`;

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, RADIUS), SIZE - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), SIZE - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function onStroke(x: number, y: number): boolean {
  return STROKES.some(([x1, y1, x2, y2]) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const along = Math.min(1, Math.max(0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return (x - (x1 + along * dx)) ** 2 + (y - (y1 + along * dy)) ** 2 <= STROKE ** 2;
  });
}

/** One pixel as [blue, green, red, alpha], from 4×4 samples (smooth edges). */
function pixel(px: number, py: number): [number, number, number, number] {
  let shape = 0;
  let white = 0;
  for (let i = 0; i < 16; i++) {
    const x = px + ((i % 4) + 0.5) / 4;
    const y = py + (Math.floor(i / 4) + 0.5) / 4;
    if (!insideRoundedSquare(x, y)) continue;
    shape++;
    if (onStroke(x, y)) white++;
  }
  if (shape === 0) return [0, 0, 0, 0];
  const mix = (channel: number) => Math.round((channel * (shape - white) + 255 * white) / shape);
  return [mix(ACCENT[2]), mix(ACCENT[1]), mix(ACCENT[0]), Math.round((255 * shape) / 16)];
}

/** A one-image ICO: its directory, then a 32-bit bottom-up BMP with an (unused) AND mask. */
function drawIco(): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) pixels.set(pixel(x, y), ((SIZE - 1 - y) * SIZE + x) * 4);
  }
  const mask = Buffer.alloc((SIZE * SIZE) / 8);
  const bitmap = Buffer.alloc(40);
  bitmap.writeUInt32LE(40, 0); // header size
  bitmap.writeInt32LE(SIZE, 4);
  bitmap.writeInt32LE(SIZE * 2, 8); // the colour rows and the mask's
  bitmap.writeUInt16LE(1, 12); // planes
  bitmap.writeUInt16LE(32, 14); // bits per pixel
  bitmap.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([bitmap, pixels, mask]);
  const head = Buffer.alloc(22);
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(SIZE, 6);
  head.writeUInt8(SIZE, 7);
  head.writeUInt16LE(1, 10); // planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(image.length, 14);
  head.writeUInt32LE(head.length, 18); // where the image starts
  return Buffer.concat([head, image]);
}

export const FAVICON_ICO = new RenderedPage(200, "image/x-icon", drawIco(), [], ICON_CACHE_CONTROL);
export const FAVICON_SVG = new RenderedPage(200, "image/svg+xml", Buffer.from(FAVICON_SVG_TEXT), [], ICON_CACHE_CONTROL);
