/**
 * The `xabar` command. Each subcommand lives in its own module, loaded only when it runs, so
 * `xabar translit` starts without loading the server.
 */
import { ConfigError } from "../config.js";
import type { Command } from "./command.js";

const commands: Record<string, () => Promise<Command>> = {
  translit: async () => (await import("./translit.command.js")).translitCommand,
  "seed-demo": async () => (await import("./seed-demo.command.js")).seedDemoCommand,
  migrate: async () => (await import("./migrate.command.js")).migrateCommand,
  "bench-data": async () => (await import("./bench-data.command.js")).benchDataCommand,
  "create-user": async () => (await import("./users.command.js")).createUserCommand,
  "reset-password": async () => (await import("./users.command.js")).resetPasswordCommand,
  users: async () => (await import("./users.command.js")).usersCommand,
  import: async () => (await import("./import.command.js")).importCommand,
  backup: async () => (await import("./backup.command.js")).backupCommand,
  restore: async () => (await import("./backup.command.js")).restoreCommand,
};

function usage(): string {
  return [
    "Usage: xabar <command> [options]",
    "",
    "Commands:",
    "  translit --to cyrl|latn [--html] [--exceptions FILE]",
    "      Uzbek Latin ⇄ Cyrillic: reads lines on stdin, writes each converted line to stdout.",
    "  seed-demo",
    "      Re-create the demo content in DATA_DIR (deletes all content first).",
    "  migrate",
    "      Apply database migrations.",
    "  create-user --email E --name N --role admin|editor|author|translator [--locales uz,ru] [--password-stdin]",
    "      Create a newsroom account; without a password, print a one-time link (1 hour) to set one.",
    "  reset-password --email E",
    "      Print a one-time link (1 hour) to set a new password.",
    "  users",
    "      List the newsroom's accounts: email, role, name, languages, state.",
    "  bench-data --articles N [--locales uz,oz,ru,en] [--years 3] [--similar 6] [--seed S] [--quiet]",
    "      Add N generated articles (stories of 1–4 locales over the years) to the configured database, for benchmarks.",
    "  import wordpress FILE.xml [--uploads DIR] [--locale uz] [--category news] [--dry-run] [--quiet] [--json] [--no-similar]",
    "      A WordPress export (posts, translations of Polylang/WPML, images from a local uploads folder) as stories; run again: nothing added.",
    "  import rss URL|FILE --locale L --category C [--credit] [--dry-run] [--quiet] [--json] [--no-similar]",
    "      An RSS 2.0 or Atom feed's items as stories (new and changed items only on every run).",
    "  backup FILE [--force]",
    "      Write one archive (.tar.gz) of the database (a consistent snapshot, taken while the site serves), media and secret.",
    "  restore FILE [--force]",
    "      Bring a backup into an empty DATA_DIR / database (exit 3 when not empty; --force replaces what is there).",
    "",
  ].join("\n");
}

/** The usage's lines of one command (its forms and what it does). */
function commandUsage(name: string): string {
  const lines = usage().split("\n");
  const mine = lines.flatMap((line, i) => (line === `  ${name}` || line.startsWith(`  ${name} `) ? [`  xabar ${line.trim()}`, lines[i + 1] ?? ""] : []));
  return `Usage:\n${mine.join("\n")}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`xabar: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(commandUsage(name));
    return 0;
  }
  const command = await load();
  try {
    return await command.run(rest);
  } catch (error) {
    // Bad configuration is the user's to fix: a message, not a stack trace.
    if (error instanceof ConfigError) {
      process.stderr.write(`xabar ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
