import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/database.js";
import type { Command } from "./command.js";

export const migrateCommand: Command = {
  summary: "apply database migrations",
  async run() {
    const handle = await openConfiguredDatabase(loadConfig());
    await handle.close();
    process.stdout.write(`Database (${handle.dialect.name}) is up to date\n`);
    return 0;
  },
};
