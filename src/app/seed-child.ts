/**
 * The child side of seeding the demo on a first start (src/app/seed-process.ts): the parent sends
 * its configuration, this process applies the editor's transliteration exceptions, opens the same
 * database, seeds it when it is still empty, reports and exits. Everything seeding allocates (the
 * covers sharp draws, its caches, the similar-news recompute) goes away with this process, so the
 * server that then serves never carries it.
 */
import type { Config } from "../config.js";
import { ArticleRepository } from "../content/article.repository.js";
import { openConfiguredDatabase } from "../db/database.js";
import { applyTranslitExceptions } from "./translit-exceptions.js";

export type SeedChildMessage = { type: "log"; message: string } | { type: "done"; seeded: boolean } | { type: "error"; message: string };

function send(message: SeedChildMessage): Promise<void> {
  return new Promise((done) => {
    if (!process.send) return done();
    process.send(message, undefined, {}, () => done());
  });
}

async function seedFromParent(config: Config): Promise<boolean> {
  await applyTranslitExceptions(config.translitExceptions);
  const handle = await openConfiguredDatabase(config, { timeouts: config.databaseTimeouts });
  try {
    if (!(await new ArticleRepository(handle.db).isEmpty())) return false;
    const { seedDemo } = await import("../cli/demo/seed.js");
    await seedDemo({
      db: handle.db,
      mediaDir: config.mediaDir,
      timeZone: config.timeZone,
      weatherCity: config.weather.city,
      ratesDays: config.rates.historyDays,
      log: (message) => void send({ type: "log", message }),
    });
    return true;
  } finally {
    await handle.close();
  }
}

// Without a parent there is nothing to do; when the parent goes away, so does the seeding.
if (!process.send) process.exit(2);
process.once("disconnect", () => process.exit(1));
process.once("message", (config: Config) => {
  seedFromParent(config).then(
    async (seeded) => {
      await send({ type: "done", seeded });
      process.exit(0);
    },
    async (error: unknown) => {
      await send({ type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      process.exit(1);
    },
  );
});
