import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { SVG, image, photoWithGps } from "../../test/images.js";
import { AppError } from "../errors.js";
import { variantWidths } from "./files.js";
import { sniffFormat, sniffImage } from "./sniff.js";

const MAX = 50_000_000;

/** The catalogue code a refusal carries. */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return "accepted";
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : `not an AppError: ${String(error)}`;
  }
}

describe("sniffing an upload", () => {
  it.each(["jpeg", "png", "webp", "avif", "gif"] as const)("knows %s by its bytes, with its size", async (format) => {
    expect(await sniffImage(await image(format, 300, 200), MAX)).toEqual({ format, mime: `image/${format}`, width: 300, height: 200 });
  });

  it("reports the size as shown: EXIF orientations 5 to 8 swap width and height", async () => {
    const [upright, sideways] = await Promise.all([sniffImage(await photoWithGps(300, 200, 1), MAX), sniffImage(await photoWithGps(300, 200, 6), MAX)]);
    expect([upright.width, upright.height, sideways.width, sideways.height]).toEqual([300, 200, 200, 300]);
  });

  it("refuses SVG, text, TIFF and empty input as unsupported (415)", async () => {
    const tiff = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .tiff()
      .toBuffer();
    const codes = await Promise.all([SVG, Buffer.from("hello, world"), tiff, Buffer.alloc(0)].map((bytes) => refusal(sniffFormat(bytes))));
    expect(codes).toEqual(Array(4).fill("415 XABAR_UNSUPPORTED_MEDIA_TYPE"));
  });

  it("refuses magic numbers followed by something else (400), and too many pixels (413)", async () => {
    const png = await image("png", 100, 100);
    // The signature and the IHDR chunk (size and colour type), then nothing.
    const headerOnly = png.subarray(0, 33);
    const gifThenScript = Buffer.concat([Buffer.from("GIF89a"), Buffer.from("<script>alert(1)</script>".repeat(4))]);
    const codes = await Promise.all([refusal(sniffImage(headerOnly, MAX)), refusal(sniffImage(gifThenScript, MAX)), refusal(sniffImage(png, 9_999))]);
    expect(codes).toEqual(["400 XABAR_BAD_REQUEST", "400 XABAR_BAD_REQUEST", "413 XABAR_BODY_TOO_LARGE"]);
  });
});

describe("variant widths", () => {
  it("are the standard widths not wider than the original, or the original's own when narrower than all", () => {
    expect([variantWidths(4000), variantWidths(1600), variantWidths(1000), variantWidths(320), variantWidths(200)]).toEqual([
      [320, 640, 1024, 1600],
      [320, 640, 1024, 1600],
      [320, 640],
      [320],
      [200],
    ]);
  });
});
