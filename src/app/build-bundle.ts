/** `npm run build`: the server bundle that `npm run serve` runs (app/bundle.ts), in dist/server. */
import { bundleServer } from "./bundle.js";

await bundleServer();
