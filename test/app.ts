/** The whole app over a fresh SQLite file, wired as main.ts wires it, for app.inject tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino, { type Logger } from "pino";
import { type Config, loadConfig } from "../src/config.js";
import { type Xabar, assemble } from "../src/app/assemble.js";
import { openTestDatabase } from "./database.js";
import { seedTaxonomy } from "./factories.js";

export interface TestApp extends Xabar {
  config: Config;
  close(): Promise<void>;
}

/** The configuration of a test instance in `dir`: no demo content, silent, no network. */
export function testConfig(dir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dir,
    SEED_DEMO: "0",
    LOG_LEVEL: "silent",
    // A closed port: the weather widget must cope without the network.
    WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
    CBU_API_URL: "http://127.0.0.1:9/json/",
    WEATHER_TIMEOUT_MS: "200",
    // A loaded CI machine (two cores, suites in parallel, PostgreSQL forking a backend per
    // connection) once took over the serving default of 3 s to hand out a connection during a
    // suite's set-up. The fault tests set their own short timeouts; the others wait longer.
    DATABASE_CONNECT_TIMEOUT_MS: "20000",
    DATABASE_ACQUIRE_TIMEOUT_MS: "20000",
    ...env,
  });
}

/** `options.postgresUrl` reaches the test database another way (a proxy); `options.now` is the page cache's clock; `options.log` the app's logger (silent). */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { postgresUrl?: string; now?: () => number; log?: Logger } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), "xabar-app-"));
  const config = testConfig(dir, { VIEW_FLUSH_MS: "600000", ...env });
  const database = await openTestDatabase(dir, options.postgresUrl, config.databaseTimeouts);
  const handle = database.handle;
  await seedTaxonomy(handle.db);
  const xabar = await assemble(config, handle, options.log ?? pino({ level: "silent" }), "test-secret", options.now);
  return {
    ...xabar,
    config,
    async close() {
      await xabar.app.close();
      await xabar.stopServices();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
