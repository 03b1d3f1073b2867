/**
 * The process entry: read the configuration, start (src/app/start.ts), stop on SIGTERM/SIGINT.
 * A configuration the operator must fix exits 2 with a message, not a stack trace.
 */
import { start } from "./app/start.js";
import { ConfigError, loadConfig } from "./config.js";

async function main(): Promise<void> {
  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const shutdown = (signal: string) => {
    console.error(`${signal}: shutting down`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

await main();
