/** `npm run build`: bundle the site's assets once, so the server never needs esbuild. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { BUILT_ASSETS, bundleAssets } from "./assets.js";

const sources = await bundleAssets();
mkdirSync(dirname(BUILT_ASSETS), { recursive: true });
writeFileSync(BUILT_ASSETS, JSON.stringify(sources));
