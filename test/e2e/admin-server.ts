/**
 * The newsroom e2e's server side: the real server on a fresh DATA_DIR (demo content, embedded
 * SQLite) with an admin, an author, an editor and a translator, Debian's Chromium, and a Newsroom
 * of pages on it. Each e2e file of the newsroom opens one.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { start } from "../../src/app/start.js";
import { loadConfig } from "../../src/config.js";
import { ADMIN_BUILD_DIR } from "../../src/server/admin-app.js";
import { launchChromium } from "../chromium.js";
import { Newsroom, PASSWORD, createUser, freePort } from "./admin-browser.js";

export const SCREENSHOTS = fileURLToPath(new URL("../../test-results/screenshots/", import.meta.url));
const ADMIN_SOURCES = fileURLToPath(new URL("../../admin/src", import.meta.url));

export interface OpenNewsroom {
  base: string;
  dataDir: string;
  browser: Browser;
  room: Newsroom;
  close(): Promise<void>;
}

/** `env`: settings beyond the defaults (a fake Telegram's, say). */
export async function openNewsroom(env: Record<string, string> = {}): Promise<OpenNewsroom> {
  const built = join(ADMIN_BUILD_DIR, "index.html");
  if (!existsSync(built)) throw new Error("The newsroom app is not built: run `npm run build` first");
  // A build older than the app's sources would test yesterday's app (a pull without a build).
  const newest = Math.max(
    ...readdirSync(ADMIN_SOURCES, { recursive: true, withFileTypes: true }).map((f) => (f.isFile() ? statSync(join(f.parentPath, f.name)).mtimeMs : 0)),
  );
  if (newest > statSync(built).mtimeMs) throw new Error("The newsroom app's build is older than admin/src: run `npm run build` first");
  const dataDir = mkdtempSync(join(tmpdir(), "xabar-admin-e2e-"));
  // A port known before the start: the site's origin (SITE_URL) must be the one the browser uses.
  const port = await freePort();
  const server = await start(
    loadConfig({
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
      CBU_API_URL: "http://127.0.0.1:9/json/",
      WEATHER_TIMEOUT_MS: "200",
      ADMIN_EMAIL: "admin@example.uz",
      ADMIN_PASSWORD: PASSWORD,
      ...env,
    }),
  );
  const base = server.url;
  await createUser(base, { email: "author@example.uz", name: "Sardor Rahimov", role: "author" });
  await createUser(base, { email: "editor@example.uz", name: "Dilnoza Karimova", role: "editor" });
  await createUser(base, { email: "translator@example.uz", name: "Olga Petrova", role: "translator", locales: ["ru"] });
  const browser = await launchChromium();
  const room = new Newsroom(browser, base, SCREENSHOTS);
  return {
    base,
    dataDir,
    browser,
    room,
    async close() {
      await room.close();
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
