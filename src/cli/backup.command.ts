import { loadConfig } from "../config.js";
import { UsageError, parseArgs } from "./args.js";
import { BackupError, createBackup } from "./backup/backup.js";
import { RestoreError, restoreBackup } from "./backup/restore.js";
import type { Command } from "./command.js";

function oneFile(argv: string[], command: string): { file: string; force: boolean } {
  const { options, positional } = parseArgs(argv, { values: [], flags: ["force"] });
  if (positional.length !== 1 || !positional[0]) throw new UsageError(`usage: xabar ${command} FILE [--force]`);
  return { file: positional[0], force: options.has("force") };
}

function usageOr(error: unknown, command: string): number {
  if (error instanceof UsageError) {
    process.stderr.write(`xabar ${command}: ${error.message}\n`);
    return 2;
  }
  throw error;
}

export const backupCommand: Command = {
  summary: "write a backup archive of the database, media and secret (while the site serves)",
  async run(argv) {
    let args;
    try {
      args = oneFile(argv, "backup");
    } catch (error) {
      return usageOr(error, "backup");
    }
    try {
      const done = await createBackup(loadConfig(), args.file, { force: args.force });
      const size = (done.bytes / 1024 / 1024).toFixed(1);
      process.stdout.write(
        `Backed up ${done.rows} rows in ${done.tables} tables (${done.dialect}, at ${done.migration}) and ${done.mediaFiles} media files to ${done.file} (${size} MB)\n`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      process.stderr.write(`xabar backup: ${error.message}\n`);
      return 1;
    }
  },
};

export const restoreCommand: Command = {
  summary: "restore a backup archive into an empty DATA_DIR and database (--force: replace what is there)",
  async run(argv) {
    let args;
    try {
      args = oneFile(argv, "restore");
    } catch (error) {
      return usageOr(error, "restore");
    }
    try {
      const done = await restoreBackup(loadConfig(), args.file, { force: args.force });
      for (const warning of done.warnings) process.stderr.write(`xabar restore: warning: ${warning}\n`);
      process.stdout.write(`Restored ${done.rows} rows (from ${done.from}, at ${done.migration}) into ${done.dialect}, and ${done.mediaFiles} media files\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof RestoreError)) throw error;
      process.stderr.write(`xabar restore: ${error.message}\n`);
      return error.exitCode;
    }
  },
};
