import { loadConfig } from "../config.js";
import { migrateToLatest, openSqlite } from "../db/database.js";
import type { Command } from "./index.js";

export const migrateCommand: Command = {
  summary: "apply database migrations",
  async run() {
    const config = loadConfig();
    const handle = openSqlite(config.databaseFile);
    try {
      await migrateToLatest(handle.db);
      process.stdout.write(`Database ${config.databaseFile} is up to date\n`);
      return 0;
    } finally {
      await handle.close();
    }
  },
};
