/**
 * A rendition's text as it is stored: the body sanitized, its plain text and search key beside
 * it; the Uzbek Cyrillic rendition transliterated from the Latin one; and the word diffs that
 * revisions, re-derivation and "the source changed" show. Pure, apart from loading the sanitizer.
 */
import type { Locale } from "../lang/locales.js";
import { searchKey } from "../lang/search-key.js";
import { searchTerms } from "../lang/search-terms.js";
import { toCyrillic, transliterateHtml } from "../lang/translit.js";
import { lazy } from "../lazy.js";

/** The fields of a rendition that revisions keep. */
export interface RenditionText {
  title: string;
  lead: string;
  bodyHtml: string;
}

export interface StoredText extends RenditionText {
  bodyText: string;
  searchText: string;
  /** The full-text search terms of the title, and of the lead and body (lang/search-terms.ts). */
  searchTitle: string;
  searchBody: string;
}

/** The sanitizer (sanitize-html and its parser) loads on the first write, not in every reader (once: an import writes thousands). */
const loadSanitizer = lazy(() => import("./sanitize.js"));
/** The word differ, for the newsroom's revisions and "the source changed" only. */
const loadDiffer = lazy(() => import("diff"));

export async function storedText(text: RenditionText, locale: Locale): Promise<StoredText> {
  const { sanitizeBody, htmlToText } = await loadSanitizer();
  const bodyHtml = sanitizeBody(text.bodyHtml);
  const bodyText = htmlToText(bodyHtml);
  return {
    title: text.title,
    lead: text.lead,
    bodyHtml,
    bodyText,
    searchText: searchKey(`${text.title} ${text.lead} ${bodyText}`),
    ...searchFields(text.title, text.lead, bodyText, locale),
  };
}

/** The full-text search terms of a rendition's texts (also for writers that build the text themselves, like bench data). */
export function searchFields(title: string, lead: string, bodyText: string, locale: Locale): { searchTitle: string; searchBody: string } {
  return { searchTitle: searchTerms(title, locale).join(" "), searchBody: searchTerms(`${lead} ${bodyText}`, locale).join(" ") };
}

/** The stored text as an article row's columns: every writer stores the same ones. */
export function textColumns(text: StoredText) {
  return {
    title: text.title,
    lead: text.lead,
    body_html: text.bodyHtml,
    body_text: text.bodyText,
    search_text: text.searchText,
    search_title: text.searchTitle,
    search_body: text.searchBody,
  };
}

/** The uz-Cyrl rendition of a uz-Latn one (its body already sanitized: transliteration changes text nodes only). */
export function deriveCyrillic(latin: RenditionText): RenditionText {
  return { title: toCyrillic(latin.title), lead: toCyrillic(latin.lead), bodyHtml: transliterateHtml(latin.bodyHtml, "cyrl") };
}

/** One run of a word diff: kept, added or removed text. */
export interface DiffPart {
  op: "=" | "+" | "-";
  text: string;
}

/** A word diff per text field (the body as text), of the fields that differ. */
export type TextDiff = Partial<Record<"title" | "lead" | "body", DiffPart[]>>;

export async function textDiff(before: RenditionText, after: RenditionText): Promise<TextDiff> {
  const [{ htmlToText }, { diffWords }] = await Promise.all([loadSanitizer(), loadDiffer()]);
  const wordDiff = (a: string, b: string): DiffPart[] => diffWords(a, b).map((part) => ({ op: part.added ? "+" : part.removed ? "-" : "=", text: part.value }));
  const diff: TextDiff = {};
  if (before.title !== after.title) diff.title = wordDiff(before.title, after.title);
  if (before.lead !== after.lead) diff.lead = wordDiff(before.lead, after.lead);
  if (before.bodyHtml !== after.bodyHtml) diff.body = wordDiff(htmlToText(before.bodyHtml), htmlToText(after.bodyHtml));
  return diff;
}

/** Which of the text fields differ. */
/** Whether a sanitized body shows readers anything: text, an image or an embed (not only empty paragraphs). */
export function hasBody(bodyHtml: string): boolean {
  return /<(?:img|figure)\b/i.test(bodyHtml) || bodyHtml.replace(/<[^>]*>/g, "").replace(/&nbsp;|&#160;|\s/g, "") !== "";
}

/** On the site now or at its time: such an article needs a body (hasBody). */
export const READERS_SEE = new Set<string>(["published", "scheduled"]);

export function changedText(before: RenditionText, after: RenditionText): Array<"title" | "lead" | "body"> {
  const changed: Array<"title" | "lead" | "body"> = [];
  if (before.title !== after.title) changed.push("title");
  if (before.lead !== after.lead) changed.push("lead");
  if (before.bodyHtml !== after.bodyHtml) changed.push("body");
  return changed;
}
