/**
 * The public content API's schemas: what its query strings and paths may carry (strict: an unknown
 * parameter is a 400, not ignored) and the shape of its answers. The routes validate with the
 * first, the tests parse real answers with the second, and the OpenAPI document is generated from
 * both (openapi.ts).
 */
import * as z from "zod";
import { countText, idText } from "../../db/id.schema.js";
import { MAX_ID } from "../../db/ids.js";
import { LOCALES } from "../../lang/locales.js";
import { SLUG } from "../../site/urls.js";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** An article's slug in a path (as in its page's URL). */
const ARTICLE_SLUG = /^[a-z0-9-]{1,200}$/;
/** What an article cursor holds: the row's stored publication time and its id. */
const ARTICLE_POSITION = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([1-9]\d{0,9})$/;

export interface ArticlePosition {
  publishedAt: string;
  id: number;
}

/** The opaque cursor of a position in an article list (base64url; one spelling per position). */
export const articleCursorOf = (position: ArticlePosition): string => Buffer.from(`${position.publishedAt}~${position.id}`).toString("base64url");
export const tagCursorOf = (slug: string): string => Buffer.from(slug).toString("base64url");

/** Decodes a base64url text, or undefined when it is not the one spelling of what it decodes to. */
function decoded(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return undefined;
  const value = Buffer.from(text, "base64url").toString("utf8");
  return Buffer.from(value).toString("base64url") === text ? value : undefined;
}

const CURSOR_MESSAGE = "a cursor from nextCursor";

const articleCursor = z
  .string()
  .max(200)
  .transform((text, ctx): ArticlePosition => {
    const match = ARTICLE_POSITION.exec(decoded(text) ?? "");
    const id = Number(match?.[2]);
    if (!match?.[1] || id > MAX_ID || Number.isNaN(Date.parse(match[1]))) {
      ctx.addIssue({ code: "custom", message: CURSOR_MESSAGE });
      return z.NEVER;
    }
    return { publishedAt: match[1], id };
  })
  .describe("Where the page starts: the nextCursor of the page before (opaque)");

const tagCursor = z
  .string()
  .max(200)
  .transform((text, ctx): string => {
    const slug = decoded(text);
    if (slug === undefined || !SLUG.test(slug)) {
      ctx.addIssue({ code: "custom", message: CURSOR_MESSAGE });
      return z.NEVER;
    }
    return slug;
  })
  .describe("Where the page starts: the nextCursor of the page before (opaque)");

const slug = z.string().regex(SLUG, "a slug: a-z, 0-9 and -");
const locale = z.enum(LOCALES).describe("uz (Uzbek, Latin script), oz (Uzbek, Cyrillic script), ru or en");
const limit = countText(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`How many on a page: 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})`);

export const articleListQuery = z.strictObject({
  locale: locale.optional().describe("Only this language (default: all four, merged newest first)"),
  category: slug.optional().describe("Only this category (its slug, as in /api/v1/categories)"),
  tag: slug.optional().describe("Only this tag (its slug, as in /api/v1/tags)"),
  since: z.iso
    .datetime({ offset: true })
    .transform((text) => new Date(text).toISOString())
    .optional()
    .describe("Only articles published at or after this time (ISO 8601, e.g. 2026-12-01T09:00:00Z). Edits do not count: compare updatedAt"),
  cursor: articleCursor.optional(),
  limit,
});

export const articleParams = z.strictObject({ id: idText.describe("The article's id") });
/** An article by id or slug takes no query parameters: any is an unknown field (400), as on the lists. */
export const noQuery = z.strictObject({});
export const articleSlugParams = z.strictObject({
  locale,
  slug: z.string().regex(ARTICLE_SLUG, "an article's slug: a-z, 0-9 and -").describe("The article's slug, as in its page's URL"),
});
export const categoryListQuery = z.strictObject({ locale });
export const tagListQuery = z.strictObject({ locale, cursor: tagCursor.optional(), limit });

export type ArticleListQuery = z.output<typeof articleListQuery>;
export type TagListQuery = z.output<typeof tagListQuery>;

// The answers. Strict, so that a test parsing a real answer notices a field the document lacks.

const isoTime = z.iso.datetime();
const link = z.url();

export const translationSchema = z.strictObject({ locale: z.enum(LOCALES), id: z.int().min(1), url: link });
export const articleListItemSchema = z.strictObject({
  id: z.int().min(1),
  storyId: z.int().min(1).describe("The news event: its renditions in other languages share it"),
  locale: z.enum(LOCALES),
  title: z.string(),
  lead: z.string(),
  url: link.describe("The article's canonical page"),
  category: z.strictObject({ slug: z.string(), name: z.string() }),
  tags: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  author: z.strictObject({ name: z.string(), slug: z.string() }).nullable(),
  cover: z.strictObject({ url: link, width: z.int().min(1), height: z.int().min(1), alt: z.string().nullable() }).nullable(),
  publishedAt: isoTime,
  updatedAt: isoTime,
  translations: z.array(translationSchema).describe("The story's other renditions on the site"),
});
export const articleSchema = z.strictObject({
  ...articleListItemSchema.shape,
  bodyHtml: z.string().describe("The body as sanitized HTML, as stored (image URLs relative to the site)"),
  bodyText: z.string().describe("The body as plain text"),
});
const page = {
  nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page"),
  next: link.nullable().describe("The next page's URL (also in the Link header, rel=next); null on the last page"),
};
export const articleListSchema = z.strictObject({ articles: z.array(articleListItemSchema), ...page });
export const categoryListSchema = z.strictObject({
  categories: z.array(z.strictObject({ slug: z.string(), name: z.string(), url: link })),
});
export const tagListSchema = z.strictObject({ tags: z.array(z.strictObject({ slug: z.string(), name: z.string(), url: link })), ...page });

export type ArticleListItem = z.infer<typeof articleListItemSchema>;
export type ArticleBody = z.infer<typeof articleSchema>;
