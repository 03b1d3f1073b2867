/**
 * `xabar import rss URL|FILE`: any CMS's RSS 2.0 or Atom feed (DLE, Joomla, WordPress …) as
 * stories of one locale and category, for a first fill or to follow a wire: run it again and
 * only new or changed items are written. A URL is fetched with a timeout; nothing else is.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseFeed } from "@rowanmanning/feed-parser";
import type { ImportService, ImportedStory } from "../../content/import.service.js";
import { redirectKey } from "../../content/redirects.js";
import type { Locale } from "../../lang/locales.js";
import { slugify } from "../../lang/slug.js";
import { convertBody } from "./body.js";
import { uzbekScriptOf } from "./languages.js";
import type { ImportReport } from "./report.js";

export interface RssImportOptions {
  /** An http(s) URL or a file. */
  feed: string;
  imports: ImportService;
  report: ImportReport;
  locale: Locale;
  category: string;
  /** Show the feed's title and the item's link as each story's source. */
  credit: boolean;
  dryRun: boolean;
  timeoutMs?: number;
  batchSize?: number;
  progress?: (done: number, total: number) => void;
}

export class FeedError extends Error {}

async function feedText(feed: string, timeoutMs: number): Promise<string> {
  if (!/^https?:\/\//i.test(feed)) {
    try {
      return await readFile(feed, "utf8");
    } catch (error) {
      throw new FeedError(`cannot read ${feed}: ${(error as Error).message}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(feed, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1" },
    });
  } catch (error) {
    throw new FeedError(`cannot fetch ${feed}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new FeedError(`${feed} answered ${response.status}`);
  return response.text();
}

/** Old addresses of an item: its link's path, and for DLE's `/{category}/{id}-{slug}.html` the bare `/{id}-{slug}.html` DLE also answers. */
export function itemRedirects(link: string | null): string[] {
  if (!link) return [];
  const keys = [redirectKey(link)];
  const last = /\/(\d+-[^/]+\.html)$/i.exec(new URL(link, "http://old.invalid").pathname)?.[1];
  if (last) keys.push(redirectKey(`/${last}`));
  return [...new Set(keys.filter((k): k is string => k !== undefined))];
}

type FeedItem = ReturnType<typeof parseFeed>["items"][number];

/** The item as a story of one rendition, or undefined (reported) when it has no GUID or title. */
function storyOfItem(item: FeedItem, feedTitle: string | null, options: RssImportOptions): ImportedStory | undefined {
  const guid = item.id || item.url;
  const title = item.title?.trim();
  if (!guid) {
    options.report.skip("item without a guid or link", title ?? undefined);
    return undefined;
  }
  if (!title) {
    options.report.skip("item without a title", guid);
    return undefined;
  }
  const body = item.content || item.description || "";
  const lead = item.content && item.description ? item.description.replace(/<[^>]*>/g, "").trim() : "";
  const locale = uzbekScriptOf(options.locale, `${title} ${body.replace(/<[^>]*>/g, " ")}`.slice(0, 4000));
  const published = (item.published ?? item.updated ?? new Date()).toISOString();
  const labels = item.categories.map((c) => c.label || c.term);
  const checksum = createHash("sha256")
    .update(JSON.stringify([title, body, lead, published, labels, item.authors.map((a) => a.name)]))
    .digest("hex")
    .slice(0, 32);
  const author = item.authors.find((a) => a.name)?.name;
  const url = item.url && /^https?:\/\//.test(item.url) ? item.url : undefined;
  return {
    category: { slug: options.category, names: {} },
    tags: labels.filter((t) => t && slugify(t, "uz")).slice(0, 20),
    author: author ? { login: "", name: author } : undefined,
    source: options.credit && feedTitle ? { name: feedTitle.slice(0, 200), url } : undefined,
    createdAt: published,
    renditions: [
      {
        guid,
        checksum,
        locale,
        title: title.slice(0, 300),
        lead: lead.slice(0, 1000),
        bodyHtml: convertBody(body).html,
        status: "published",
        publishedAt: published,
        updatedAt: (item.updated ?? item.published ?? new Date()).toISOString(),
        slug: slugify(title, locale),
        redirects: itemRedirects(item.url),
      },
    ],
    deriveCyrillic: true,
  };
}

/** Writes the stories whose item is new or changed, a batch a transaction (in a dry run, only counts them). */
async function writeStories(source: string, stories: ImportedStory[], options: RssImportOptions): Promise<void> {
  const { report } = options;
  const batchSize = options.batchSize ?? 200;
  const guidOf = (s: ImportedStory) => s.renditions[0]?.guid ?? "";
  let done = 0;
  options.progress?.(0, stories.length);
  for (let i = 0; i < stories.length; i += batchSize) {
    const batch = stories.slice(i, i + batchSize);
    const known = await options.imports.importedChecksums(source, batch.map(guidOf));
    const changed = batch.filter((s) => known.get(guidOf(s)) !== s.renditions[0]?.checksum);
    report.unchanged += batch.length - changed.length;
    const outcomes = options.dryRun
      ? changed.map((s) => (known.has(guidOf(s)) ? "updated" : "imported"))
      : (await options.imports.writeBatch(source, changed)).map((r) => r.outcome);
    for (const outcome of outcomes) {
      if (outcome === "imported") {
        report.imported++;
        report.stories++;
      } else if (outcome === "updated") report.updated++;
      else report.unchanged++;
    }
    done += batch.length;
    options.progress?.(done, stories.length);
  }
}

export async function importFeed(options: RssImportOptions): Promise<{ source: string; total: number }> {
  const xml = await feedText(options.feed, options.timeoutMs ?? 15_000);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new FeedError(`${options.feed} is not an RSS or Atom feed: ${(error as Error).message}`);
  }
  const source = `rss:${feed.url ?? options.feed}`;
  const stories = feed.items.flatMap((item) => storyOfItem(item, feed.title, options) ?? []);
  // Oldest first: the site's ids then follow the feed's order of publication.
  stories.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  await writeStories(source, stories, options);
  return { source, total: stories.length };
}
