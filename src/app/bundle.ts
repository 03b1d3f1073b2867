/**
 * The server as `npm run serve` runs it: src/main.ts bundled by esbuild into dist/server/ (ESM,
 * Node 20), with the demo seeder (src/app/seed-child.ts) as a second entry beside it, since
 * seed-process.ts forks `./seed-child.js` next to itself. Loading ten files instead of the ~690
 * modules a start needs (160 ours, Fastify's CommonJS tree, zod, kysely …) is what a cold start
 * saves. With code splitting every `import()` (src/lazy.ts: prom-client, the migrations,
 * feedsmith, the sanitizer, argon2 …) stays one, to a chunk of its own or an external package,
 * loaded on first use only.
 * The chunks sit flat in the output folder, next to the entries, so that what finds a file from
 * `import.meta.url` (the seed child; package.json and dist/ above it: site/assets.ts) finds it.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { bundleAssets, projectRoot } from "../site/assets.js";

export const SERVER_BUNDLE_DIR = join(projectRoot(), "dist", "server");

/**
 * Packages left to Node: native addons (they load a .node file found from their own folder),
 * packages that find files of their own at run time (pino starts its transports as worker
 * threads from files beside it; esbuild runs its binary), optional ones a dependency only tries
 * (pg-native), what we load ourselves through createRequire (Fastify's JSON-schema compilers:
 * bundled, Fastify's own `require`s of them would put ajv in the main chunk), and ioredis, which
 * names its own folder (`__dirname`, absent in an ES module) when it reports a failed command.
 */
export const EXTERNAL_PACKAGES = [
  "better-sqlite3",
  "sharp",
  "@node-rs/argon2",
  "pg-native",
  "esbuild",
  "pino",
  "pino-pretty",
  "@fastify/ajv-compiler",
  "@fastify/fast-json-stringify-compiler",
  "ioredis",
];

/**
 * The bundled CommonJS packages call `require` for Node's modules and for the external ones;
 * an ES module has none, so every chunk makes its own from where it lies.
 */
const REQUIRE_BANNER = 'import { createRequire as __xabarCreateRequire } from "node:module"; const require = __xabarCreateRequire(import.meta.url);';

/** Bundles the server into `outdir` (emptied first); its metafile (what went where). */
export async function bundleServer(outdir: string = SERVER_BUNDLE_DIR): Promise<Metafile> {
  const root = projectRoot();
  // The site's island and stylesheet go into the code: the server never reads or bundles them.
  const assets = await bundleAssets();
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: join(root, "src", "main.ts"), "seed-child": join(root, "src", "app", "seed-child.ts") },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_BANNER },
    define: { XABAR_BUNDLED_ASSETS: JSON.stringify(assets) },
    chunkNames: "[name]-[hash]",
    // Stack traces name our files and lines (node --enable-source-maps); the maps stay out of the way otherwise.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "warning",
  });
  return result.metafile;
}
