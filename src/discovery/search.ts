/**
 * Full-text search over the published articles. A query is folded and stemmed like the index
 * (lang/search-terms.ts), so either Uzbek script, with or without apostrophes, and any form of a
 * Russian or English word finds the same articles. Every term must match (in Uzbek, a word that
 * starts with it: "toshkent" finds "Toshkentda").
 *
 * Ranking: the database matches and scores the newest `candidates` matching articles (BM25 on
 * SQLite, ts_rank on PostgreSQL; a title term weighs ten times a body term); they are ordered by
 * score, then newest first, and a page is a keyset range of that order: `after`/`before` a
 * (score, id) cursor, so the pager's pages neither repeat nor skip a result. Bounding the
 * candidates bounds the work of a query matching half the archive (a word like "Toshkent"): it
 * ranks the most recent matches, which is what a news reader searching wants first.
 *
 * Anything is a query: what is not a letter or a digit is dropped before the database sees it,
 * only the first MAX_QUERY_CHARS characters and MAX_QUERY_TERMS terms count, and a query with no
 * term left is an empty result, not an error.
 */
import type { Db, DialectInfo } from "../db/database.js";
import type { SearchMatch } from "../db/dialects/types.js";
import { dayStart } from "../lang/format.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { matchesByPrefix, searchTerms } from "../lang/search-terms.js";
import { type Highlighter, type TextPart, highlightAll, snippet } from "./search-snippet.js";
import { SearchRepository } from "./search.repository.js";

export type { TextPart } from "./search-snippet.js";

export const SEARCH_PAGE_SIZE = 20;
/** Only this much of a query is read (a 10 KB query costs what a short one does). */
export const MAX_QUERY_CHARS = 200;
/** At most this many distinct terms of a query count. */
export const MAX_QUERY_TERMS = 8;
/** Uzbek terms this long or longer match the words they start; shorter ones only equal words (a one-letter prefix names half the index). */
export const MIN_PREFIX_LENGTH = 3;

/** A result's place in the ranking: what the pager's cursors carry. */
export interface SearchCursor {
  score: number;
  id: number;
}

export interface SearchPosition {
  page: number;
  /** The page continues after this result (the next page) … */
  after?: SearchCursor;
  /** … or ends before it (the previous page). */
  before?: SearchCursor;
}

export interface SearchRequest {
  q: string;
  /** Articles of this locale; all locales when absent. */
  locale?: Locale;
  /** A category slug. */
  category?: string;
  /** Calendar days (YYYY-MM-DD) in the site's time zone, both included. */
  from?: string;
  to?: string;
  position?: SearchPosition;
  pageSize?: number;
}

export interface SearchHit {
  id: number;
  locale: Locale;
  title: string;
  /** The title with the words the query found marked. */
  titleParts: TextPart[];
  slug: string;
  categorySlug: string;
  categoryName: string;
  publishedAt: string;
  /** A piece of the lead and body around the first word found, marked. */
  snippet: TextPart[];
  cursor: SearchCursor;
}

export interface SearchResults {
  /** The query as read (trimmed, cut to MAX_QUERY_CHARS). */
  q: string;
  /** False when the query held no term to look for (empty, only punctuation or emoji). */
  searched: boolean;
  hits: SearchHit[];
  page: number;
  next: SearchPosition | undefined;
  previous: SearchPosition | undefined;
}

export type SearchOutcome = { kind: "results"; results: SearchResults } | { kind: "invalid"; field: "category" | "from" | "to"; message: string };

/** The ways locales fold a query: uz and oz are indexed in the same (Latin) forms. */
const FOLDINGS: readonly Locale[] = ["uz", "ru", "en"];

/** The query's terms as the index of `locale` holds them. */
export function queryTerms(q: string, locale: Locale): Array<{ text: string; prefix: boolean }> {
  const prefix = matchesByPrefix(locale);
  const distinct = [...new Set(searchTerms(q.slice(0, MAX_QUERY_CHARS), locale))].slice(0, MAX_QUERY_TERMS);
  return distinct.map((text) => ({ text, prefix: prefix && text.length >= MIN_PREFIX_LENGTH }));
}

/** Ranking order: higher score first, then the newer (higher) id. */
function compare(a: SearchCursor, b: SearchCursor): number {
  return b.score - a.score || b.id - a.id;
}

export class SearchService {
  private readonly repository: SearchRepository;
  private readonly now: () => Date;

  constructor(
    db: Db,
    dialect: DialectInfo,
    private readonly options: { timeZone: string; candidates: number; now?: () => Date },
  ) {
    this.repository = new SearchRepository(db, dialect);
    this.now = options.now ?? (() => new Date());
  }

  async search(request: SearchRequest): Promise<SearchOutcome> {
    const q = request.q.trim().slice(0, MAX_QUERY_CHARS);
    const pageSize = request.pageSize ?? SEARCH_PAGE_SIZE;
    const filters = await this.filters(request);
    if ("field" in filters) return { kind: "invalid", ...filters };
    const now = this.now().toISOString();
    // One query: in all locales, the query as each of them folds it (a match of another locale's
    // form is rare and harmless).
    const locales = request.locale ? [request.locale] : LOCALES;
    const any = FOLDINGS.filter((l) => locales.includes(l) || (l === "uz" && locales.includes("oz")))
      .map((l) => queryTerms(q, l))
      .filter((terms, i, all) => terms.length > 0 && all.findIndex((other) => JSON.stringify(other) === JSON.stringify(terms)) === i);
    if (any.length === 0) return { kind: "results", results: { q, searched: false, hits: [], page: 1, next: undefined, previous: undefined } };

    const rows = await this.repository.matches({ any, locales, now, ...filters, limit: this.options.candidates });
    const ranked: SearchCursor[] = rows.map((row) => ({ score: Number(row.score), id: Number(row.id) }));
    ranked.sort(compare);
    const start = startOf(ranked, request.position ?? { page: 1 }, pageSize);
    const slice = ranked.slice(start, start + pageSize);
    const page = start === 0 ? 1 : Math.max(2, request.position?.page ?? 2);
    const last = slice.at(-1);
    const first = slice[0];
    return {
      kind: "results",
      results: {
        q,
        searched: true,
        hits: await this.hits(slice, q, now),
        page,
        next: last && start + pageSize < ranked.length ? { page: page + 1, after: last } : undefined,
        previous: first && start > 0 ? { page: page - 1, before: first } : undefined,
      },
    };
  }

  /** The filters as the database compares them, or which one is wrong. */
  private async filters(
    request: SearchRequest,
  ): Promise<Pick<SearchMatch, "categoryId" | "from" | "to"> | { field: "category" | "from" | "to"; message: string }> {
    const filters: Pick<SearchMatch, "categoryId" | "from" | "to"> = {};
    if (request.category !== undefined) {
      const id = await this.repository.categoryId(request.category);
      if (id === undefined) return { field: "category", message: "no such category" };
      filters.categoryId = id;
    }
    if (request.from !== undefined) {
      const from = dayStart(request.from, this.options.timeZone);
      if (!from) return { field: "from", message: "a day, YYYY-MM-DD" };
      filters.from = from.toISOString();
    }
    if (request.to !== undefined) {
      // The whole day: until the next one begins.
      const to = dayStart(request.to, this.options.timeZone) && nextDay(request.to, this.options.timeZone);
      if (!to) return { field: "to", message: "a day, YYYY-MM-DD" };
      filters.to = to;
    }
    return filters;
  }

  /** What the page shows of each result, in ranking order (a result gone since it was matched is left out). */
  private async hits(slice: readonly SearchCursor[], q: string, now: string): Promise<SearchHit[]> {
    const rows = new Map(
      (
        await this.repository.rows(
          slice.map((r) => r.id),
          now,
        )
      ).map((r) => [r.id, r]),
    );
    const hits: SearchHit[] = [];
    // The query's terms once per locale among the results, not once per result.
    const highlighters = new Map<Locale, Highlighter>();
    for (const r of slice) {
      const row = rows.get(r.id);
      if (!row) continue;
      let h = highlighters.get(row.locale);
      if (!h) highlighters.set(row.locale, (h = { locale: row.locale, terms: queryTerms(q, row.locale) }));
      hits.push({
        id: row.id,
        locale: row.locale,
        title: row.title,
        titleParts: highlightAll(row.title, h),
        slug: row.slug,
        categorySlug: row.categorySlug,
        categoryName: row.categoryName,
        publishedAt: row.publishedAt,
        snippet: snippet(row.lead ? `${row.lead}\n\n${row.bodyText}` : row.bodyText, h),
        cursor: r,
      });
    }
    return hits;
  }
}

/** Where a page starts in the ranking: after its `after` cursor, a page before its `before` cursor, or at its number. */
function startOf(ranked: readonly SearchCursor[], position: SearchPosition, pageSize: number): number {
  const { after, before } = position;
  if (after) {
    const start = ranked.findIndex((r) => compare(r, after) > 0);
    return start === -1 ? ranked.length : start;
  }
  if (before) {
    const end = ranked.findIndex((r) => compare(r, before) >= 0);
    return Math.max(0, (end === -1 ? ranked.length : end) - pageSize);
  }
  return (position.page - 1) * pageSize;
}

/** The instant the day after `day` begins in `timeZone`. */
function nextDay(day: string, timeZone: string): string | undefined {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return dayStart(next, timeZone)?.toISOString();
}
