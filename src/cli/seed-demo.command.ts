import { loadConfig } from "../config.js";
import { migrateToLatest, openDatabase } from "../db/database.js";
import { seedDemo } from "./demo/seed.js";
import type { Command } from "./index.js";

export const seedDemoCommand: Command = {
  summary: "re-create the demo content (deletes all content first)",
  async run() {
    const config = loadConfig();
    const handle = await openDatabase({ url: config.databaseUrl, sqliteFile: config.databaseFile });
    try {
      await migrateToLatest(handle);
      const result = await seedDemo({
        db: handle.db,
        mediaDir: config.mediaDir,
        timeZone: config.timeZone,
        weatherCity: config.weather.city,
      });
      process.stdout.write(`Seeded ${result.stories} stories (${result.articles} articles) (${handle.dialect.name})\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
