/** Test images, drawn with sharp in the test (no binary fixtures): every upload format, EXIF with GPS, a rotated photo, a multipart body. */
import { randomBytes } from "node:crypto";
import sharp, { type Sharp } from "sharp";

/** A picture with some detail (a gradient and shapes), so that encoders have work and truncation shows. */
export function drawing(width: number, height: number): Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0b6e4f"/><stop offset="1" stop-color="#f2e86d"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#d62828"/>
<rect x="${width / 2}" y="${height / 4}" width="${width / 4}" height="${height / 2}" fill="#1d3557"/></svg>`;
  return sharp(Buffer.from(svg));
}

export type TestFormat = "jpeg" | "png" | "webp" | "avif" | "gif";

export async function image(format: TestFormat, width = 800, height = 600): Promise<Buffer> {
  const base = drawing(width, height);
  switch (format) {
    case "jpeg":
      return base.jpeg({ quality: 85 }).toBuffer();
    case "png":
      return base.png().toBuffer();
    case "webp":
      return base.webp().toBuffer();
    case "avif":
      return base.avif({ effort: 0 }).toBuffer();
    case "gif":
      return base.gif().toBuffer();
  }
}

/** A JPEG as a phone writes it: camera make, a GPS position (Tashkent) and, when given, an EXIF orientation. */
export async function photoWithGps(width: number, height: number, orientation?: number): Promise<Buffer> {
  const photo = drawing(width, height)
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "XabarCam", Model: "Test 1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "41/1 18/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "69/1 16/1 0/1" },
    });
  return (orientation ? photo.withMetadata({ orientation }) : photo).toBuffer();
}

/** Whether EXIF data (as sharp's metadata gives it) holds a GPS block: the GPSInfo pointer, tag 0x8825, in either byte order. */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  return exif !== undefined && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

export const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

/** A multipart/form-data body with one file part (and the Content-Type header that goes with it). */
export function multipart(
  data: Buffer,
  options: { field?: string; filename?: string; type?: string } = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----xabar${randomBytes(8).toString("hex")}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${options.field ?? "file"}"; filename="${options.filename ?? "photo.jpg"}"\r\nContent-Type: ${options.type ?? "application/octet-stream"}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
