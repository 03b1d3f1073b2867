import { loadConfig } from "../config.js";
import { migrateToLatest, openDatabase } from "../db/database.js";
import type { Command } from "./index.js";

export const migrateCommand: Command = {
  summary: "apply database migrations",
  async run() {
    const config = loadConfig();
    const handle = await openDatabase({ url: config.databaseUrl, sqliteFile: config.databaseFile });
    try {
      await migrateToLatest(handle);
      process.stdout.write(`Database (${handle.dialect.name}) is up to date\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
