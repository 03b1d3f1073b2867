/**
 * `xabar import wordpress`: a WordPress export into stories. Two passes over the streamed file:
 * the first learns the attachments, the translation groups (Polylang's `post_translations`
 * terms, WPML's translation group / trid post meta and `_icl_lang_duplicate_of`) and how many
 * posts there are; the second turns each group into one story (a rendition per locale) and
 * writes them in batches, one transaction each, through content/import.service.ts.
 */
import { createHash } from "node:crypto";
import type { ImportService, ImportedRendition, ImportedStory, ItemResult } from "../../content/import.service.js";
import { redirectKey } from "../../content/redirects.js";
import type { Locale } from "../../lang/locales.js";
import { slugify } from "../../lang/slug.js";
import { convertBody, imageSources, uploadsPath } from "./body.js";
import { localeOfLanguage, uzbekScriptOf } from "./languages.js";
import type { ImportReport } from "./report.js";
import type { UploadsLibrary } from "./uploads.js";
import { type WxrItem, readWxr } from "./wxr.js";

export interface WordpressImportOptions {
  file: string;
  imports: ImportService;
  report: ImportReport;
  /** The locale of posts without a language term (the text still tells uz from oz). */
  locale: Locale;
  /** The category of posts without one. */
  category: string;
  /** The uploads folder's images into the library; without it, images keep their old URLs. */
  uploads?: UploadsLibrary | undefined;
  dryRun: boolean;
  batchSize?: number;
  progress?: (done: number, total: number) => void;
  /** Told the source's name ("wordpress:<site URL>") once the first pass has read it. */
  onSource?: (source: string) => void;
  /** Told after each batch is written (tests interrupt an import here). */
  afterBatch?: (batch: number) => void;
}

interface Attachment {
  url: string;
  file: string;
  alt: string;
}

interface Index {
  source: string;
  authors: Map<string, string>;
  attachments: Map<string, Attachment>;
  /** Post id → its translation group. */
  groups: Map<string, string>;
  /** Group → how many of its posts will be imported. */
  groupSizes: Map<string, number>;
  posts: number;
}

/** A post as the import reads it. */
interface SourcePost {
  id: string;
  guid: string;
  checksum: string;
  locale: Locale;
  title: string;
  content: string;
  excerpt: string;
  status: "draft" | "scheduled" | "published";
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  slug: string;
  redirects: string[];
  category: { slug: string; name: string } | undefined;
  tags: string[];
  author: string;
  thumbnail: string | undefined;
}

const f = (item: WxrItem, name: string): string => item.fields.get(name) ?? "";

/** Why a post is not imported, or undefined when it is (private posts come in as drafts: reported). */
function skipReason(item: WxrItem): string | undefined {
  const type = f(item, "wp:post_type");
  if (type !== "post")
    return type === "attachment" || type === "nav_menu_item" || type === "revision" || type.startsWith("wp_") ? "" : `not a post (post type "${type}")`;
  const status = f(item, "wp:status");
  if (status === "trash") return "in the trash";
  if (status === "auto-draft") return "auto-draft";
  if (status === "inherit") return "revision";
  return undefined;
}

/** The language code a post carries: Polylang's language term, WPML's post meta. */
function languageCode(item: WxrItem): string | undefined {
  const term = item.categories.find((c) => c.domain === "language");
  if (term) return term.nicename || term.name;
  for (const key of ["_wpml_import_language_code", "_wpml_language", "wpml_language"]) {
    const v = item.meta.get(key);
    if (v) return v;
  }
  return undefined;
}

/** Its translation group of Polylang or WPML, when it has one. */
function groupOf(item: WxrItem): string | undefined {
  const pll = item.categories.find((c) => c.domain === "post_translations");
  if (pll) return `pll:${pll.nicename || pll.name}`;
  for (const key of ["_wpml_import_translation_group", "_wpml_trid", "wpml_trid"]) {
    const v = item.meta.get(key);
    if (v) return `wpml:${v}`;
  }
  return undefined;
}

/** Polylang's term description: a serialized PHP array of language → post id. */
export function polylangMembers(description: string): string[] {
  return [...description.matchAll(/s:\d+:"[^"]*";i:(\d+);/g)].map((m) => m[1] ?? "");
}

/** `2024-05-12 08:30:00` (UTC) as ISO, or undefined for WordPress's zero date. */
function gmt(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim());
  if (!match || match[1] === "0000") return undefined;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

async function buildIndex(file: string): Promise<Index> {
  const index: Index = { source: "", authors: new Map(), attachments: new Map(), groups: new Map(), groupSizes: new Map(), posts: 0 };
  const duplicates = new Map<string, string>();
  const polylang = new Map<string, string[]>();
  /** The posts to import: a group waits only for those (an export of one language names the others too). */
  const seen = new Set<string>();
  for await (const entry of readWxr(file)) {
    if (entry.kind === "channel") {
      const site = entry.fields.get("wp:base_blog_url") || entry.fields.get("wp:base_site_url") || entry.fields.get("link") || file;
      index.source = `wordpress:${site.replace(/\/+$/, "")}`;
    } else if (entry.kind === "author") index.authors.set(entry.author.login, entry.author.displayName);
    else if (entry.kind === "term" && entry.term.taxonomy === "post_translations") polylang.set(entry.term.slug, polylangMembers(entry.term.description));
    else if (entry.kind === "item") {
      const { item } = entry;
      const id = f(item, "wp:post_id");
      if (f(item, "wp:post_type") === "attachment") {
        index.attachments.set(id, {
          url: f(item, "wp:attachment_url"),
          file: item.meta.get("_wp_attached_file") ?? "",
          alt: item.meta.get("_wp_attachment_image_alt") ?? "",
        });
        continue;
      }
      if (skipReason(item) !== undefined) continue;
      index.posts++;
      seen.add(id);
      const group = groupOf(item);
      if (group) index.groups.set(id, group);
      const original = item.meta.get("_icl_lang_duplicate_of");
      if (original) duplicates.set(id, original);
    }
  }
  // Posts a Polylang group names, without the group among their own terms.
  for (const [slug, members] of polylang) for (const id of members) if (seen.has(id) && !index.groups.has(id)) index.groups.set(id, `pll:${slug}`);
  // A WPML duplicate belongs with its original.
  for (const [id, original] of duplicates) index.groups.set(id, index.groups.get(original) ?? index.groups.get(id) ?? `dup:${original}`);
  for (const [id, original] of duplicates)
    if (seen.has(original) && !index.groups.has(original)) index.groups.set(original, index.groups.get(id) ?? `dup:${original}`);
  for (const group of index.groups.values()) index.groupSizes.set(group, (index.groupSizes.get(group) ?? 0) + 1);
  return index;
}

/** The post's locale: its language term or meta, else the default; the text tells uz from oz when the code does not. Undefined (reported) when not one of ours. */
function localeOfPost(item: WxrItem, title: string, content: string, options: WordpressImportOptions): Locale | undefined {
  const text = `${title} ${content.replace(/<[^>]*>/g, " ")}`.slice(0, 4000);
  const code = languageCode(item);
  if (code === undefined) return uzbekScriptOf(options.locale, text);
  const guess = localeOfLanguage(code, text);
  if (!guess) options.report.skip(`language "${code}" is not one of uz, oz, ru, en`, f(item, "wp:post_id"));
  return guess?.locale;
}

function readPost(item: WxrItem, options: WordpressImportOptions): SourcePost | undefined {
  const id = f(item, "wp:post_id");
  const title = f(item, "title").trim();
  const content = f(item, "content:encoded");
  const locale = localeOfPost(item, title, content, options);
  if (locale === undefined) return undefined;
  if (!title) {
    options.report.skip("no title", id);
    return undefined;
  }
  const wpStatus = f(item, "wp:status");
  const date = gmt(f(item, "wp:post_date_gmt")) ?? gmt(f(item, "wp:post_date")) ?? new Date(f(item, "pubDate") || Date.now()).toISOString();
  // A scheduled post stays scheduled for its time; one whose time has passed unpublished (WordPress's
  // "missed schedule") is left to an editor rather than published by the import.
  const scheduled = wpStatus === "future" && Date.parse(date) > Date.now();
  if (wpStatus === "private") options.report.note("private post: imported as a draft", id);
  if (wpStatus === "future" && !scheduled) options.report.note("scheduled post whose time has passed (missed schedule): imported as a draft", id);
  if (wpStatus === "pending") options.report.note("pending review: imported as a draft", id);
  const status = wpStatus === "publish" ? "published" : scheduled ? "scheduled" : "draft";
  const modified = gmt(f(item, "wp:post_modified_gmt")) ?? date;
  const category = item.categories.find((c) => c.domain === "category");
  const tags = item.categories.filter((c) => c.domain === "post_tag").map((c) => c.name || c.nicename);
  const postName = safeDecode(f(item, "wp:post_name"));
  const link = f(item, "link");
  const redirects = [redirectKey(link), redirectKey(`/?p=${id}`)].filter((k): k is string => k !== undefined);
  const thumbnail = item.meta.get("_thumbnail_id");
  const checksum = checksumOf(item, Boolean(options.uploads));
  return {
    id,
    guid: f(item, "guid") || `post:${id}`,
    checksum,
    locale,
    title,
    content,
    excerpt: f(item, "excerpt:encoded")
      .replace(/<[^>]*>/g, "")
      .trim(),
    status,
    publishedAt: status === "draft" ? null : date,
    createdAt: date,
    updatedAt: modified,
    slug: slugify(postName, locale) || slugify(title, locale),
    redirects,
    category: category && { slug: slugify(safeDecode(category.nicename), "uz") || slugify(category.name, "uz"), name: category.name || category.nicename },
    tags,
    author: f(item, "dc:creator"),
    thumbnail,
  };
}

/** What the import read of a post, hashed: a different checksum on a later run means the post changed (or --uploads was given this time). */
function checksumOf(item: WxrItem, withUploads: boolean): string {
  const fields = [
    "title",
    "content:encoded",
    "excerpt:encoded",
    "wp:status",
    "wp:post_date",
    "wp:post_date_gmt",
    "wp:post_modified_gmt",
    "wp:post_name",
    "dc:creator",
  ];
  return createHash("sha256")
    .update(JSON.stringify([fields.map((name) => f(item, name)), item.categories, item.meta.get("_thumbnail_id") ?? "", withUploads]))
    .digest("hex")
    .slice(0, 32);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function importWordpress(options: WordpressImportOptions): Promise<{ source: string; total: number }> {
  const index = await buildIndex(options.file);
  options.onSource?.(index.source);
  const { report } = options;
  const batchSize = options.batchSize ?? 500;
  const pending = new Map<string, SourcePost[]>();
  let batch: SourcePost[][] = [];
  let batchPosts = 0;
  let done = 0;
  let batches = 0;
  options.progress?.(0, index.posts);

  const flush = async () => {
    if (!batch.length) return;
    const groups = batch;
    batch = [];
    batchPosts = 0;
    await writeGroups(groups, index, options);
    done += groups.reduce((n, g) => n + g.length, 0);
    options.progress?.(done, index.posts);
    options.afterBatch?.(++batches);
  };
  const add = async (group: SourcePost[]) => {
    batch.push(group);
    batchPosts += group.length;
    if (batchPosts >= batchSize) await flush();
  };

  for await (const entry of readWxr(options.file)) {
    if (entry.kind !== "item") continue;
    const reason = skipReason(entry.item);
    if (reason !== undefined) {
      if (reason) report.skip(reason, f(entry.item, "wp:post_id"));
      continue;
    }
    const post = readPost(entry.item, options);
    const group = index.groups.get(f(entry.item, "wp:post_id"));
    if (!post) {
      done++;
      if (!group) continue;
      // Its group waits for one post less: it may be complete now.
      const size = (index.groupSizes.get(group) ?? 1) - 1;
      index.groupSizes.set(group, size);
      const members = pending.get(group);
      if (members && members.length >= size) {
        pending.delete(group);
        await add(members);
      }
    } else if (!group || (index.groupSizes.get(group) ?? 1) <= 1) await add([post]);
    else {
      const members = [...(pending.get(group) ?? []), post];
      pending.set(group, members);
      if (members.length < (index.groupSizes.get(group) ?? 0)) continue;
      pending.delete(group);
      await add(members);
    }
  }
  for (const members of pending.values()) await add(members);
  await flush();
  options.progress?.(index.posts, index.posts);
  return { source: index.source, total: index.posts };
}

/** One story per group: renditions by locale, the earliest post first (the source); a second post of a locale is a story of its own. */
function storiesOf(group: SourcePost[]): SourcePost[][] {
  const sorted = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || Number(a.id) - Number(b.id));
  const stories: SourcePost[][] = [];
  for (const post of sorted) {
    const story = stories.find((s) => !s.some((p) => p.locale === post.locale));
    if (story) story.push(post);
    else stories.push([post]);
  }
  return stories;
}

async function writeGroups(groups: SourcePost[][], index: Index, options: WordpressImportOptions): Promise<void> {
  const { report } = options;
  const stories = groups.flatMap((g) => {
    const split = storiesOf(g);
    if (split.length > 1) report.note("two posts of one locale in a translation group: imported as separate stories", split[1]?.[0]?.id);
    return split;
  });
  const known = await options.imports.importedChecksums(
    index.source,
    stories.flatMap((s) => s.map((p) => p.guid)),
  );
  const toWrite: ImportedStory[] = [];
  for (const posts of stories) {
    if (posts.every((p) => known.get(p.guid) === p.checksum)) {
      report.unchanged += posts.length;
      continue;
    }
    toWrite.push(await storyOf(posts, index, options));
  }
  if (options.dryRun) {
    for (const story of toWrite)
      for (const r of story.renditions) {
        if (known.has(r.guid)) report.updated++;
        else report.imported++;
      }
    report.stories += toWrite.filter((s) => s.renditions.every((r) => !known.has(r.guid))).length;
    return;
  }
  const results = await options.imports.writeBatch(index.source, toWrite);
  count(results, report);
}

function count(results: ItemResult[], report: ImportReport): void {
  const newStories = new Set<number>();
  const touched = new Set<number>();
  for (const r of results) {
    if (r.outcome === "imported") report.imported++;
    else if (r.outcome === "updated") report.updated++;
    else report.unchanged++;
    if (r.outcome === "imported") newStories.add(r.storyId);
    else touched.add(r.storyId);
  }
  report.stories += [...newStories].filter((id) => !touched.has(id)).length;
}

async function storyOf(posts: SourcePost[], index: Index, options: WordpressImportOptions): Promise<ImportedStory> {
  const [primary] = posts as [SourcePost, ...SourcePost[]];
  const category = posts.find((p) => p.category)?.category;
  const categoryNames: Partial<Record<Locale, string>> = {};
  for (const p of posts) if (p.category?.name && !categoryNames[p.locale]) categoryNames[p.locale] = p.category.name;
  let coverMediaId: number | null = null;
  const renditions: ImportedRendition[] = [];
  for (const post of posts) {
    const images = new Map<string, string>();
    if (options.uploads) {
      // The featured image first: its alt text goes with the medium when a body shows it too.
      const thumbnail = post.thumbnail && index.attachments.get(post.thumbnail);
      if (post.thumbnail && !thumbnail) options.report.note("featured image not in the export", post.id);
      if (thumbnail && coverMediaId === null) {
        const path = thumbnail.file || uploadsPath(thumbnail.url)?.path;
        const image = path ? await options.uploads.image(path, undefined, { locale: post.locale, text: thumbnail.alt }, post.id) : undefined;
        if (image) coverMediaId = image.id;
      }
      for (const src of imageSources(post.content)) {
        const path = uploadsPath(src);
        if (!path) continue;
        const image = await options.uploads.image(path.path, path.original, undefined, post.id);
        if (image) images.set(src, image.url);
      }
    } else if (post.thumbnail) options.report.note("featured image not imported: no --uploads", post.id);
    const body = convertBody(post.content, images);
    for (const name of body.shortcodes) options.report.note(`shortcode [${name}] left as text`, post.id);
    renditions.push({
      guid: post.guid,
      checksum: post.checksum,
      locale: post.locale,
      title: post.title.slice(0, 300),
      lead: post.excerpt.slice(0, 1000),
      bodyHtml: body.html,
      status: post.status,
      publishedAt: post.publishedAt,
      updatedAt: post.updatedAt,
      slug: post.slug,
      redirects: post.redirects,
    });
  }
  const login = primary.author;
  return {
    category: category ? { slug: category.slug, names: categoryNames } : { slug: options.category, names: {} },
    tags: primary.tags.slice(0, 20),
    author: login ? { login, name: index.authors.get(login) || login } : undefined,
    coverMediaId,
    createdAt: primary.createdAt,
    renditions,
    deriveCyrillic: true,
  };
}
