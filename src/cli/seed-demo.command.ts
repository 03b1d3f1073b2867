import { loadConfig } from "../config.js";
import { migrateToLatest, openSqlite } from "../db/database.js";
import { seedDemo } from "./demo/seed.js";
import type { Command } from "./index.js";

export const seedDemoCommand: Command = {
  summary: "re-create the demo content (deletes all content first)",
  async run() {
    const config = loadConfig();
    const handle = openSqlite(config.databaseFile);
    try {
      await migrateToLatest(handle.db);
      const result = await seedDemo({
        db: handle.db,
        mediaDir: config.mediaDir,
        timeZone: config.timeZone,
        weatherCity: config.weather.city,
      });
      process.stdout.write(`Seeded ${result.stories} stories (${result.articles} articles) into ${config.databaseFile}\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
