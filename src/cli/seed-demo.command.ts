import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/database.js";
import { seedDemo } from "./demo/seed.js";
import type { Command } from "./command.js";

export const seedDemoCommand: Command = {
  summary: "re-create the demo content (deletes all content first)",
  async run() {
    const config = loadConfig();
    const handle = await openConfiguredDatabase(config);
    try {
      const result = await seedDemo({
        db: handle.db,
        mediaDir: config.mediaDir,
        timeZone: config.timeZone,
        weatherCity: config.weather.city,
        ratesDays: config.rates.historyDays,
      });
      process.stdout.write(`Seeded ${result.stories} stories (${result.articles} articles) into ${handle.dialect.name}\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
