/**
 * Starting as `npm start` does (in process): the editor's transliteration exceptions reach every
 * piece of derived Uzbek Cyrillic — UI messages and the weather city's name, not only articles —
 * even though the configuration is read before they are loaded.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Running, start } from "../src/app/start.js";
import { loadConfig } from "../src/config.js";
import { migrateToLatest, openSqlite } from "../src/db/database.js";
import { seedTaxonomy } from "./factories.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-start-"));
let running: Running;

beforeAll(async () => {
  // A stored observation, so that the weather line shows without the network.
  const handle = openSqlite(join(dir, "xabar.sqlite"));
  await migrateToLatest(handle);
  await seedTaxonomy(handle.db);
  const observedAt = new Date().toISOString();
  await handle.db
    .insertInto("weather_observations")
    .values({ city: "samarkand", observed_at: observedAt, fetched_at: observedAt, temperature: 4, weather_code: 0, wind_speed: 2, wind_direction: 90 })
    .execute();
  await handle.close();
  const exceptions = join(dir, "exceptions.json");
  writeFileSync(exceptions, JSON.stringify({ keepLatin: ["Asosiy", "Samarqand"] }));
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_DEMO: "0",
    LOG_LEVEL: "silent",
    WEATHER_API_URL: "http://127.0.0.1:9/v1/forecast",
    CBU_API_URL: "http://127.0.0.1:9/json/",
    WEATHER_TIMEOUT_MS: "200",
    WEATHER_CITY: "samarkand",
    WEATHER_CITY_NAMES: '{"uz":"Samarqand","ru":"Самарканд","en":"Samarkand"}',
    XABAR_TRANSLIT_EXCEPTIONS: exceptions,
  });
  running = await start(config);
});

afterAll(async () => {
  await running.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("start", () => {
  it("derives the UI's Uzbek Cyrillic with the editor's exceptions", async () => {
    const html = (await running.xabar.app.inject({ url: "/oz/" })).body;
    // "Asosiy xabarlar" with "Asosiy" kept Latin, the rest by the letter rules.
    expect(html).toContain("Asosiy хабарлар");
    expect(html).not.toContain("Асосий");
  });

  it("derives the weather city's Uzbek Cyrillic name with them too", async () => {
    const html = (await running.xabar.app.inject({ url: "/oz/" })).body;
    expect(html).toMatch(/data-xabar="weather" title="Samarqandда об-ҳаво"/);
    expect((await running.xabar.app.inject({ url: "/ru/" })).body).toMatch(/data-xabar="weather" title="Погода: Самарканд"/);
  });
});
