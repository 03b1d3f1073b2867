/**
 * Static assets of the public site: the island script (bundled and minified by esbuild) and the
 * stylesheet, each under a content-hashed URL served as immutable. `npm run build` bundles them
 * into dist/assets (build-assets.ts), so a production server never loads esbuild; the bundled
 * server (app/bundle.ts) carries them in its code, made when it was built; running from the
 * sources (tests, development) bundles them in memory at start-up.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RenderedPage } from "../cache/page.js";

export interface SiteAssets {
  css: string;
  js: string;
  files: Map<string, RenderedPage>;
}

/** The bundled sources, before hashing. */
export interface AssetSources {
  js: string;
  css: string;
}

/** Set by the server's bundler (app/bundle.ts, esbuild's `define`): the assets as they were when it was built. */
declare const XABAR_BUNDLED_ASSETS: AssetSources | undefined;

/** The project root (where package.json is), whether running from src/, dist/src/ or the bundle in dist/server/. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

export const BUILT_ASSETS = join(projectRoot(), "dist", "assets", "site-assets.json");
const IMMUTABLE = "public, max-age=31536000, immutable";

function asset(name: string, ext: string, contentType: string, content: string): [string, RenderedPage] {
  const page = new RenderedPage(200, contentType, Buffer.from(content), [], IMMUTABLE);
  const hash = page.etag
    .replace(/"/g, "")
    .slice(0, 12)
    .replace(/[^A-Za-z0-9]/g, "x");
  return [`/assets/${name}.${hash}.${ext}`, page];
}

/** Bundles the island and minifies the stylesheet (loads esbuild). */
export async function bundleAssets(): Promise<AssetSources> {
  const { build, transform } = await import("esbuild");
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
  const css = await transform(readFileSync(join(root, "styles", "site.css"), "utf8"), { loader: "css", minify: true });
  return { js: script.outputFiles[0]?.text ?? "", css: css.code };
}

async function assetSources(): Promise<AssetSources> {
  if (typeof XABAR_BUNDLED_ASSETS === "object") return XABAR_BUNDLED_ASSETS;
  const runningBuilt = fileURLToPath(import.meta.url).includes(`${join("dist", "src")}`);
  return runningBuilt && existsSync(BUILT_ASSETS) ? (JSON.parse(readFileSync(BUILT_ASSETS, "utf8")) as AssetSources) : await bundleAssets();
}

export async function loadAssets(): Promise<SiteAssets> {
  const sources = await assetSources();
  const [jsUrl, jsPage] = asset("site", "js", "text/javascript; charset=utf-8", sources.js);
  const [cssUrl, cssPage] = asset("site", "css", "text/css; charset=utf-8", sources.css);
  return {
    js: jsUrl,
    css: cssUrl,
    files: new Map([
      [jsUrl, jsPage],
      [cssUrl, cssPage],
    ]),
  };
}
