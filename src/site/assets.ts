/**
 * Static assets of the public site, built in memory at start-up: the island script (bundled and
 * minified by esbuild) and the stylesheet, each under a content-hashed URL served as immutable.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { RenderedPage } from "../cache/page.js";

export interface SiteAssets {
  css: string;
  js: string;
  files: Map<string, RenderedPage>;
}

/** The project root (where package.json is), whether running from src/ or dist/src/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

const IMMUTABLE = "public, max-age=31536000, immutable";

function asset(name: string, ext: string, contentType: string, content: string): [string, RenderedPage] {
  const page = new RenderedPage(200, contentType, Buffer.from(content), [], IMMUTABLE);
  const hash = page.etag.replace(/"/g, "").slice(0, 12).replace(/[^A-Za-z0-9]/g, "x");
  return [`/assets/${name}.${hash}.${ext}`, page];
}

export async function buildAssets(): Promise<SiteAssets> {
  const root = join(projectRoot(), "src", "site");
  const script = await build({
    entryPoints: [join(root, "islands", "site.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    target: ["es2020"],
    legalComments: "none",
  });
  const js = script.outputFiles[0]?.text ?? "";
  const css = (await transform(readFileSync(join(root, "styles", "site.css"), "utf8"), { loader: "css", minify: true })).code;
  const [jsUrl, jsPage] = asset("site", "js", "text/javascript; charset=utf-8", js);
  const [cssUrl, cssPage] = asset("site", "css", "text/css; charset=utf-8", css);
  return { js: jsUrl, css: cssUrl, files: new Map([[jsUrl, jsPage], [cssUrl, cssPage]]) };
}
