/**
 * Demo cover images, drawn locally: an SVG composition per story (category colour, soft shapes
 * placed by a seeded random walk) rendered by sharp into WebP variants, and the 1:1, 4:3 and
 * 16:9 JPEG crops that structured data names (as uploads get). No downloads.
 */
import { mkdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { type Crops, cropFileName } from "../../media/files.js";
import { cropSizes, cropsOf } from "../../media/variants.js";

export const COVER_WIDTHS = [400, 800, 1200];
const WIDTH = 1200;
const HEIGHT = 675;

const PALETTES: Record<string, [string, string, string]> = {
  uzbekistan: ["#0b6e4f", "#17a398", "#f2e86d"],
  world: ["#1d3557", "#457b9d", "#a8dadc"],
  economy: ["#6a4c93", "#8ac926", "#ffca3a"],
  sport: ["#d62828", "#f77f00", "#fcbf49"],
  technology: ["#0f4c5c", "#5f0f40", "#9a031e"],
  culture: ["#7b2cbf", "#c77dff", "#ffd6a5"],
  health: ["#2a9d8f", "#e9c46a", "#f4a261"],
};

function seeded(seed: number): () => number {
  let state = (seed * 2654435761) % 2 ** 32;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

export function coverSvg(category: string, seed: number): string {
  const [a, b, c] = PALETTES[category] ?? ["#334155", "#64748b", "#cbd5e1"];
  const random = seeded(seed + 1);
  const shapes: string[] = [];
  for (let i = 0; i < 7; i++) {
    const x = Math.round(random() * WIDTH);
    const y = Math.round(random() * HEIGHT);
    const r = Math.round(60 + random() * 260);
    const colour = [b, c, "#ffffff"][i % 3];
    shapes.push(`<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}" fill-opacity="${(0.12 + random() * 0.3).toFixed(2)}"/>`);
  }
  const ridge = Array.from({ length: 9 }, (_, i) => `${Math.round((i * WIDTH) / 8)},${Math.round(HEIGHT * (0.55 + random() * 0.3))}`).join(" ");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#g)"/>${shapes.join("")}
<polygon points="0,${HEIGHT} ${ridge} ${WIDTH},${HEIGHT}" fill="${c}" fill-opacity="0.55"/>
</svg>`;
}

/** Writes `{file}-{width}.webp` for every cover width and `{file}-{crop}-{width}.jpg` for each crop; returns the sizes. */
export async function renderCover(
  mediaDir: string,
  file: string,
  category: string,
  seed: number,
): Promise<{ width: number; height: number; variants: number[]; crops: Crops }> {
  mkdirSync(mediaDir, { recursive: true });
  const raster = await sharp(Buffer.from(coverSvg(category, seed)))
    .png()
    .toBuffer();
  await Promise.all(
    COVER_WIDTHS.map((width) =>
      sharp(raster)
        .resize({ width })
        .webp({ quality: 72, effort: 2 })
        .toFile(join(mediaDir, `${file}-${width}.webp`)),
    ),
  );
  const crops = await cropsOf(() => sharp(raster), WIDTH, HEIGHT);
  await Promise.all(crops.map((crop) => writeFile(join(mediaDir, cropFileName(file, crop.crop, crop.width)), crop.data)));
  return { width: WIDTH, height: HEIGHT, variants: COVER_WIDTHS, crops: cropSizes(crops) };
}
