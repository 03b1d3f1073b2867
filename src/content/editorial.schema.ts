/**
 * What the newsroom sends when it writes: a new story, a rendition, a change to an article, a
 * move through the workflow, a correction, a list query. The admin API validates bodies with
 * these (400 XABAR_INVALID naming the fields) and its OpenAPI document is generated from them.
 */
import * as z from "zod";
import { countText, idText } from "../db/id.schema.js";
import { MAX_ID } from "../db/ids.js";
import { ARTICLE_STATUSES } from "../db/schema.js";
import { LOCALES } from "../lang/locales.js";
import { MAX_SLUG_LENGTH, slugify } from "../lang/slug.js";

const slugText = z
  .string()
  .trim()
  .max(MAX_SLUG_LENGTH)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase Latin letters, digits and single hyphens");
const sourceUrl = z.url({ protocol: /^https?$/, error: "an http(s) URL" }).max(2_000);
const id = z.number().int().positive().max(MAX_ID);
/** Labels of tags; one without a letter or digit makes no tag, said with the other fields' problems (not after them). */
const tagList = z
  .array(z.string().trim().min(1).max(80))
  .max(20)
  .superRefine((labels, ctx) => {
    const bad = labels.find((label) => !slugify(label, "uz"));
    if (bad !== undefined)
      ctx.addIssue({ code: "custom", message: `"${bad}" makes no tag: use letters or digits`, params: { problem: "bad_tag", value: bad } });
  });

export const renditionFields = z.object({
  title: z.string().trim().min(1, "a title is needed").max(300),
  lead: z.string().trim().max(1_000).default(""),
  /** HTML; sanitized on the server. */
  body: z.string().max(500_000).default(""),
  slug: slugText.optional(),
  sourceName: z.string().trim().max(200).optional(),
  sourceUrl: sourceUrl.optional(),
});

export const newStoryBody = z.object({
  category: z.string().trim().min(1, "a category is needed").max(80),
  tags: tagList.default([]),
  renditions: z
    .partialRecord(z.enum(LOCALES), renditionFields)
    .refine((r) => Object.keys(r).length > 0, { message: "at least one locale is needed", params: { problem: "no_locale" } }),
  /** The locale the story is written in (its other renditions are translations); the first rendition's by default. */
  sourceLocale: z.enum(LOCALES).optional(),
  cover: id.nullable().optional(),
  pinned: z.boolean().default(false),
  breaking: z.boolean().default(false),
});

export const newRenditionBody = renditionFields.extend({ locale: z.enum(LOCALES) });

/** Every field optional: a PATCH names what changes. Story fields (category, tags, …) change for every rendition. */
export const articleChangeBody = z
  .object({
    title: z.string().trim().min(1, "a title is needed").max(300),
    lead: z.string().trim().max(1_000),
    body: z.string().max(500_000),
    slug: slugText.min(1),
    category: z.string().trim().min(1).max(80),
    tags: tagList,
    /** A byline (authors.id), or null for none. */
    author: id.nullable(),
    sourceName: z.string().trim().max(200).nullable(),
    sourceUrl: sourceUrl.nullable(),
    cover: id.nullable(),
    pinned: z.boolean(),
    breaking: z.boolean(),
    /** A scheduled article's new time (other moves are transitions). */
    scheduledAt: z.iso.datetime({ offset: true }),
    /** An autosave: folds into the previous autosave of the same person within 5 minutes. */
    autosave: z.boolean(),
  })
  .partial()
  .strict();

export const transitionBody = z.object({
  to: z.enum(ARTICLE_STATUSES),
  /** For "scheduled": when, with an offset (`2026-12-02T08:00:00+05:00`). */
  at: z.iso.datetime({ offset: true }).optional(),
});

/** A tag's names: the locales given change, the others stay; null clears one, which then falls back to the Uzbek name (transliterated for oz). */
export const tagNamesBody = z.strictObject({ names: z.partialRecord(z.enum(LOCALES), z.string().trim().min(1).max(80).nullable()) });
export type TagNames = z.output<typeof tagNamesBody>["names"];

/** A byline's names (as a tag's: null falls back to the Uzbek name) and biographies ("" is none), in the locales given; the others stay. */
export const bylineBody = z.strictObject({
  names: z.partialRecord(z.enum(LOCALES), z.string().trim().min(1).max(120).nullable()).optional(),
  bios: z.partialRecord(z.enum(LOCALES), z.string().trim().max(1_000)).optional(),
});
export type BylineChange = z.output<typeof bylineBody>;

export const correctionBody = z.object({ text: z.string().trim().min(1, "say what was corrected").max(2_000) });

export const articleListQuery = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  locale: z.enum(LOCALES).optional(),
  category: z.string().trim().min(1).max(80).optional(),
  /** A user id: stories that user created. */
  author: idText.optional(),
  q: z.string().trim().max(200).optional(),
  /** Stories that have no rendition in this locale yet. */
  missing: z.enum(LOCALES).optional(),
  cursor: z
    .string()
    .regex(/^[1-9]\d{0,14}-[1-9]\d{0,9}$/, "a cursor from nextCursor")
    .refine((cursor) => Number(cursor.split("-")[1]) <= MAX_ID, "a cursor from nextCursor")
    .optional(),
  limit: countText(100).default(50),
});

export type NewStory = z.output<typeof newStoryBody>;
export type NewRendition = z.output<typeof newRenditionBody>;
export type RenditionFields = z.output<typeof renditionFields>;
export type ArticleChange = z.output<typeof articleChangeBody>;
export type Transition = z.output<typeof transitionBody>;
export type ArticleListQuery = z.output<typeof articleListQuery>;
