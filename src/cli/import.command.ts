/**
 * `xabar import wordpress FILE.xml [--uploads DIR] [--locale uz] [--category C] [--dry-run] [--quiet]`
 * and `xabar import rss URL|FILE --locale L --category C [--credit] [--dry-run] [--quiet]`: other
 * systems' content into the configured database. Progress on stderr (a terminal only), the
 * report on stdout. Exit 0 when it ran (skipped items are in the report), 2 on a usage error,
 * 1 when the source cannot be read.
 */
import { statSync } from "node:fs";
import { type Config, loadConfig } from "../config.js";
import { ImportService } from "../content/import.service.js";
import { type XabarDatabase, openConfiguredDatabase } from "../db/database.js";
import { recomputeSimilar } from "../discovery/similar.js";
import { isLocale, type Locale } from "../lang/locales.js";
import { slugify } from "../lang/slug.js";
import { MediaService } from "../media/media.service.js";
import { DiskStorage } from "../media/storage.js";
import { UsageError, parseArgs } from "./args.js";
import type { Command } from "./command.js";
import { type Progress, progressBar } from "./import/progress.js";
import { ImportReport } from "./import/report.js";
import { FeedError, importFeed } from "./import/rss.js";
import { UploadsLibrary } from "./import/uploads.js";
import { importWordpress } from "./import/wordpress.js";
import { WxrFormatError } from "./import/wxr.js";

const USAGE =
  "usage: xabar import wordpress FILE.xml [--uploads DIR] [--locale uz] [--category news] [--dry-run] [--quiet] [--json] [--no-similar]\n       xabar import rss URL|FILE --locale L --category C [--credit] [--dry-run] [--quiet] [--json] [--no-similar]";

interface ImportArgs {
  kind: "wordpress" | "rss";
  source: string;
  uploads: string | undefined;
  locale: Locale;
  category: string;
  credit: boolean;
  dryRun: boolean;
  quiet: boolean;
  json: boolean;
  noSimilar: boolean;
}

function parseImportArgs(argv: string[]): ImportArgs {
  const parsed = parseArgs(argv, { values: ["uploads", "locale", "category"], flags: ["dry-run", "quiet", "credit", "json", "no-similar"] });
  const [kind, source, ...extra] = parsed.positional;
  if (kind !== "wordpress" && kind !== "rss") throw new UsageError(kind ? `unknown source "${kind}" (wordpress, rss)` : "which source: wordpress or rss?");
  if (!source) throw new UsageError(kind === "wordpress" ? "the export file (FILE.xml) is missing" : "the feed (URL or FILE) is missing");
  if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}`);
  const opt = (name: string) => {
    const v = parsed.options.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const locale = opt("locale") ?? (kind === "wordpress" ? "uz" : undefined);
  if (locale === undefined) throw new UsageError("--locale L is required (uz, oz, ru, en)");
  if (!isLocale(locale)) throw new UsageError(`unknown locale "${locale}" (uz, oz, ru, en)`);
  const category = opt("category") ?? (kind === "wordpress" ? "news" : undefined);
  if (category === undefined) throw new UsageError("--category C is required (a category slug; made when new)");
  if (slugify(category, "uz") !== category) throw new UsageError(`--category "${category}" is not a slug (lowercase letters, digits, hyphens)`);
  const uploads = opt("uploads");
  if (uploads !== undefined && kind !== "wordpress") throw new UsageError("--uploads is for wordpress imports");
  if (parsed.options.has("credit") && kind !== "rss") throw new UsageError("--credit is for rss imports");
  if (uploads !== undefined && !statSync(uploads, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--uploads ${uploads}: no such folder`);
  return {
    kind,
    source,
    uploads,
    locale,
    category,
    credit: parsed.options.has("credit"),
    dryRun: parsed.options.has("dry-run"),
    quiet: parsed.options.has("quiet"),
    json: parsed.options.has("json"),
    noSimilar: parsed.options.has("no-similar"),
  };
}

/** Runs the import the arguments ask for; the number of items it read. */
async function runImport(args: ImportArgs, handle: XabarDatabase, config: Config, report: ImportReport, bar: Progress): Promise<number> {
  const imports = new ImportService(handle.db);
  const progress = (done: number, all: number) => bar.update(done, all);
  if (args.kind === "rss") {
    const common = { imports, report, locale: args.locale, category: args.category, dryRun: args.dryRun, progress };
    return (await importFeed({ ...common, feed: args.source, credit: args.credit })).total;
  }
  // The source is known after the export's first pass; the library asks for it when it needs it.
  let source = "";
  const media = new MediaService(handle.db, { storage: new DiskStorage(config.mediaDir), ...config.media });
  const result = await importWordpress({
    file: args.source,
    imports,
    report,
    locale: args.locale,
    category: args.category,
    dryRun: args.dryRun,
    progress,
    uploads: args.uploads ? new UploadsLibrary(args.uploads, media, imports, () => source, report, args.dryRun) : undefined,
    onSource: (s) => {
      source = s;
    },
  });
  return result.total;
}

const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a folder, not a file",
  EACCES: "not allowed to read it",
  ENOTDIR: "a part of the path is not a folder",
};

/** "FILE: no such file" for a file that cannot be read; undefined for other errors. */
function fileProblem(error: unknown, file: string): string | undefined {
  const { code, path } = error as NodeJS.ErrnoException;
  const problem = code === undefined ? undefined : FILE_PROBLEMS[code];
  return problem && `${path ?? file}: ${problem}`;
}

export const importCommand: Command = {
  summary: "import a WordPress export or an RSS/Atom feed as stories",
  async run(argv) {
    let args: ImportArgs;
    try {
      args = parseImportArgs(argv);
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`xabar import: ${error.message}\n${USAGE}\n`);
        return 2;
      }
      throw error;
    }
    const config = loadConfig();
    const handle = await openConfiguredDatabase(config);
    const report = new ImportReport();
    const bar = progressBar(process.stderr, args.kind === "wordpress" ? "posts" : "items", args.quiet);
    const started = performance.now();
    try {
      const total = await runImport(args, handle, config, report, bar);
      bar.end();
      const seconds = (performance.now() - started) / 1000;
      const lines = report.lines({ dryRun: args.dryRun, seconds, items: total });
      // "Similar news" of the new articles (a running server recomputes on its own changes, not on another process's).
      if (!args.dryRun && !args.noSimilar && report.imported + report.updated > 0) {
        const similarStarted = performance.now();
        const lists = await recomputeSimilar(handle.db);
        lines.push(
          `similar news recomputed for ${lists.length.toLocaleString("en-US")} published articles in ${((performance.now() - similarStarted) / 1000).toFixed(1)} s`,
        );
      }
      process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : `${lines.join("\n")}\n`);
      return 0;
    } catch (error) {
      bar.end();
      const unreadable = fileProblem(error, args.source);
      if (error instanceof WxrFormatError || error instanceof FeedError || unreadable) {
        process.stderr.write(`xabar import: ${unreadable ?? (error as Error).message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await handle.close();
    }
  },
};
