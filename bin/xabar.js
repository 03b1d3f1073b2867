#!/usr/bin/env node
// The `xabar` command. The TypeScript sources are compiled to dist/ by `npm install` (prepare).
import { main } from "../dist/src/cli/index.js";

process.exitCode = await main(process.argv.slice(2));
