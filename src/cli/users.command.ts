/**
 * `xabar create-user --email E --name N --role admin|editor|author|translator [--locales uz,ru]
 * [--password-stdin]`, `xabar reset-password --email E` and `xabar users`. Without a password a
 * one-time link (valid 1 hour) is printed for the person to set one.
 */
import { loadConfig } from "../config.js";
import { openConfiguredDatabase } from "../db/database.js";
import { USER_ROLES, type UserRole } from "../db/schema.js";
import { AppError } from "../errors.js";
import { type Locale, isLocale } from "../lang/locales.js";
import { AccountService, type UserSummary } from "../newsroom/accounts.service.js";
import { setPasswordUrl } from "../site/urls.js";
import { UsageError, parseArgs } from "./args.js";
import type { Command } from "./command.js";

/**
 * The one-time link, on the site's address (SITE_URL). Without SITE_URL the address is this
 * shell's guess (localhost and its PORT, 3000 when unset), which may not be where the site runs:
 * the output says so.
 */
function passwordLink(siteUrl: string, token: string): string {
  return [
    `One-time link to set the password (valid for 1 hour):`,
    `  ${siteUrl}${setPasswordUrl(token)}`,
    ...(process.env.SITE_URL
      ? []
      : [`SITE_URL is not set, so ${siteUrl} is a guess: on the site's own address, open ${setPasswordUrl(token)} there (or run again with SITE_URL).`]),
    "",
  ].join("\n");
}

async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/, 1)[0] ?? "";
}

/** One line per account: email, role, name, languages, state. */
function accountLines(users: UserSummary[]): string {
  if (!users.length) return "No accounts yet: xabar create-user makes one.\n";
  const state = (user: UserSummary) => (user.disabled ? "disabled" : user.passwordSet ? "active" : "no password yet");
  const rows = users.map((user) => [user.email, user.role, user.name, user.locales.length ? user.locales.join(",") : "all languages", state(user)]);
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map(
      (row) =>
        `${row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join("  ")
          .trimEnd()}\n`,
    )
    .join("");
}

/** Runs `work` against the configured database; XABAR_* errors become a message and exit 1. */
async function withAccounts(name: string, work: (accounts: AccountService, siteUrl: string) => Promise<void>): Promise<number> {
  const config = loadConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    await work(new AccountService(handle.db), config.siteUrl);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = Object.entries(error.details.fields ?? {}).map(([field, problem]) => `\n  ${field}: ${problem}`);
    process.stderr.write(`xabar ${name}: ${error.message}${fields.join("")}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}

function parseLocales(value: string | true | undefined): Locale[] {
  if (value === undefined || value === true) return [];
  const locales = value.split(",").map((part) => part.trim());
  const wrong = locales.find((locale) => !isLocale(locale));
  if (wrong !== undefined) throw new UsageError(`--locales: "${wrong}" is not one of uz, oz, ru, en`);
  return locales.filter(isLocale);
}

function parseRole(value: string | true | undefined): UserRole {
  const role = USER_ROLES.find((known) => known === value);
  if (!role) throw new UsageError(`--role must be one of ${USER_ROLES.join(", ")}`);
  return role;
}

function required(value: string | true | undefined, name: string): string {
  if (typeof value !== "string") throw new UsageError(`--${name} is required`);
  return value;
}

/** Usage errors exit 2 with the message. */
async function usage(name: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`xabar ${name}: ${error.message}\n`);
    return 2;
  }
}

export const createUserCommand: Command = {
  summary: "create a newsroom account",
  run: (argv) =>
    usage("create-user", async () => {
      const { options } = parseArgs(argv, { values: ["email", "name", "role", "locales"], flags: ["password-stdin"] });
      const input = {
        email: required(options.get("email"), "email"),
        name: required(options.get("name"), "name"),
        role: parseRole(options.get("role")),
        locales: parseLocales(options.get("locales")),
        ...(options.has("password-stdin") ? { password: await readPassword() } : {}),
      };
      return withAccounts("create-user", async (accounts, siteUrl) => {
        const created = await accounts.createUser(input);
        process.stdout.write(`Created ${created.user.role} ${created.user.email} (id ${created.user.id})\n`);
        if (created.setPasswordToken) process.stdout.write(passwordLink(siteUrl, created.setPasswordToken));
      });
    }),
};

export const usersCommand: Command = {
  summary: "list the newsroom's accounts",
  run: (argv) =>
    usage("users", async () => {
      parseArgs(argv, { values: [], flags: [] });
      return withAccounts("users", async (accounts) => {
        process.stdout.write(accountLines(await accounts.list()));
      });
    }),
};

export const resetPasswordCommand: Command = {
  summary: "print a one-time link to set a new password",
  run: (argv) =>
    usage("reset-password", async () => {
      const { options } = parseArgs(argv, { values: ["email"], flags: [] });
      const email = required(options.get("email"), "email");
      return withAccounts("reset-password", async (accounts, siteUrl) => {
        process.stdout.write(passwordLink(siteUrl, await accounts.issuePasswordToken(email)));
      });
    }),
};
