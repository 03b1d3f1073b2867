/**
 * Starting Xabar: the editor's transliteration exceptions first (before anything derives
 * Cyrillic), the logger, the database (migrated, demo content when empty), the wiring, listen.
 * `stop()` closes in order: stop accepting, flush buffered views, stop timers, close the database.
 */
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import pino, { type Logger } from "pino";
import { type Config, ConfigError } from "../config.js";
import { ArticleRepository } from "../content/article.repository.js";
import { type Db, openConfiguredDatabase } from "../db/database.js";
import { AppError } from "../errors.js";
import { AccountService } from "../newsroom/accounts.service.js";
import { type Xabar, assemble } from "./assemble.js";
import { seedInChildProcess } from "./seed-process.js";
import { applyTranslitExceptions } from "./translit-exceptions.js";

export { applyTranslitExceptions };

export interface Running {
  url: string;
  xabar: Xabar;
  stop(): Promise<void>;
}

/**
 * The instance secret that signs visitor ids and hashes view marks: XABAR_SECRET when set (every
 * instance of a site needs the same one), else one kept in DATA_DIR, made once — by whichever of
 * several instances starting together on one volume writes it first (the others read that one).
 */
function loadSecret(dataDir: string, configured: string | undefined): string {
  if (configured) return configured;
  const file = join(dataDir, "secret");
  // Written whole under another name, then linked into place: a reader never sees half a secret.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, randomBytes(32).toString("base64url"), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, "utf8").trim();
}

/** JSON lines, or readable lines on a terminal (pino-pretty, a development dependency, when installed). */
export function createLogger(config: Pick<Config, "logLevel" | "logFormat">): Logger {
  const pretty = config.logFormat === "pretty" || (config.logFormat === "auto" && process.stdout.isTTY === true);
  if (pretty && canLoad("pino-pretty"))
    return pino({ level: config.logLevel, transport: { target: "pino-pretty", options: { translateTime: "SYS:HH:MM:ss" } } });
  return pino({ level: config.logLevel });
}

function canLoad(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** ADMIN_EMAIL + ADMIN_PASSWORD on a start with no users: the first admin. */
async function createFirstAdmin(config: Config, db: Db, log: Logger): Promise<void> {
  if (!config.firstAdmin) return;
  try {
    const admin = await new AccountService(db).ensureFirstAdmin(config.firstAdmin.email, config.firstAdmin.password);
    if (admin) log.info({ email: admin.email }, "created the first admin (ADMIN_EMAIL)");
  } catch (error) {
    if (error instanceof AppError && error.code === "XABAR_INVALID") {
      throw new ConfigError(`ADMIN_EMAIL / ADMIN_PASSWORD: ${Object.values(error.details.fields ?? {}).join("; ") || error.message}`);
    }
    throw error;
  }
}

async function seedWhenEmpty(config: Config, db: Db, log: Logger): Promise<void> {
  if (!config.seedDemo || !(await new ArticleRepository(db).isEmpty())) return;
  log.info("empty database: seeding demo content");
  // In a child process: the seeder draws covers with sharp, which a running server never needs,
  // and what seeding allocates would otherwise stay in the serving process for good.
  await seedInChildProcess(config, log);
}

export async function start(config: Config): Promise<Running> {
  await applyTranslitExceptions(config.translitExceptions);
  const log = createLogger(config);
  mkdirSync(config.mediaDir, { recursive: true });
  const handle = await openConfiguredDatabase(config, {
    onConnectionError: (error) => log.warn({ err: error }, "database connection lost; reconnecting on next use"),
    timeouts: config.databaseTimeouts,
  });
  await createFirstAdmin(config, handle.db, log);
  await seedWhenEmpty(config, handle.db, log);
  const xabar = await assemble(config, handle, log, loadSecret(config.dataDir, config.secret));
  const address = await xabar.app.listen({ host: config.host, port: config.port });
  const url = address.replace("0.0.0.0", "localhost").replace("[::]", "localhost");
  log.info({ url }, `Xabar is serving ${url}`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    xabar,
    stop: () =>
      (stopping ??= (async () => {
        await xabar.app.close();
        await xabar.stopServices();
        await handle.close();
        log.info("stopped");
        log.flush();
      })()),
  };
}
