/**
 * Seeding the demo on a first start, in a child process (src/app/seed-child.ts) on the same
 * database, awaited before the server assembles and listens. Seeding draws covers with sharp and
 * recomputes similar news; done in the serving process, that memory stayed with it (a fresh
 * `npm start` sat at ~240 MB RSS against ~110 MB for a restart). The child takes it along when
 * it exits. Run from TypeScript sources (tests, `npm run dev`), the child runs under tsx.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { SeedChildMessage } from "./seed-child.js";

const fromSources = import.meta.url.endsWith(".ts");
const CHILD = fileURLToPath(new URL(fromSources ? "./seed-child.ts" : "./seed-child.js", import.meta.url));

/** Seeds the demo in a child process when the database is still empty; true when it seeded. */
export function seedInChildProcess(config: Config, log: Logger): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const execArgv = fromSources && !process.execArgv.some((arg) => arg.includes("tsx")) ? ["--import", "tsx"] : [];
    const child = fork(CHILD, [], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let outcome: { seeded: boolean } | { error: string } | undefined;
    child.on("message", (message: SeedChildMessage) => {
      if (message.type === "log") log.info(message.message);
      else if (message.type === "done") outcome = { seeded: message.seeded };
      else outcome = { error: message.message };
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (outcome && "seeded" in outcome && code === 0) return resolve(outcome.seeded);
      const why = outcome && "error" in outcome ? outcome.error : `the seeding process exited (${code ?? signal})`;
      reject(new Error(`seeding the demo content failed: ${why}`));
    });
    child.send(config);
  });
}
