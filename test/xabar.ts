/** `xabar` from the sources (bin/xabar.js runs the compiled dist/): `node --import tsx test/xabar.ts <command>`. */
import { main } from "../src/cli/index.js";

process.exitCode = await main(process.argv.slice(2));
