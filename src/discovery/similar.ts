/**
 * "Similar news": for each published article, the top-N published articles of the same locale
 * that tell related stories, precomputed into `similar_articles` so that article pages read a
 * short list instead of ranking on every (cacheable) render.
 *
 * Ranking: the target's own text is the query (its title terms count double) and the other
 * articles of its locale are scored with BM25 over `search_text`; the score is then nudged by
 * the story's category (×1.25 when the same), shared tags (+10% each) and how far apart in time
 * the two were published (×1/(1 + days/14)). The corpus of a locale is its newest published
 * articles (a window of 20,000 by default, so memory and time stay bounded on a large archive),
 * loaded and tokenized once per call: a recompute of every article of the window is one pass in
 * memory.
 */
import type { Db } from "../db/database.js";
import { AppError } from "../errors.js";
import { type Locale, LOCALES } from "../lang/locales.js";
import { searchKey } from "../lang/search-key.js";
import { type CorpusRow, SimilarRepository, type SimilarRow } from "./similar.repository.js";
import { STOP_WORDS } from "./stop-words.js";

/** As many as an article page shows (content/article.repository.ts SIMILAR_CARDS). */
export const DEFAULT_SIMILAR_LIMIT = 6;

/** BM25 term-frequency saturation and length normalisation: the usual values. */
const K1 = 1.2;
const B = 0.75;
/** A word of the title says more about the story than one from the body. */
const TITLE_WEIGHT = 2;
const SAME_CATEGORY_BOOST = 1.25;
const PER_SHARED_TAG_BOOST = 0.1;
/** Articles published two weeks apart keep half their score: news about one event clusters in time. */
const RECENCY_HALF_DAYS = 14;
/**
 * Only the target's most telling terms are used as the query (as Lucene's MoreLikeThis does):
 * common words add little to the score but cost a walk over long posting lists, which is what
 * would make a full recompute quadratic in the size of the locale.
 */
const MAX_QUERY_TERMS = 40;
const MIN_TOKEN_LENGTH = 3;
/**
 * A candidate whose text score is below this share of the target's score against itself (what an
 * exact duplicate would get) shares only words that say nothing, such as one found in nearly
 * every article: it is not "related", and the list stays shorter rather than show it.
 */
const MIN_SHARE_OF_SELF = 0.01;
const DAY_MS = 86_400_000;

export interface RecomputeOptions {
  /** The articles whose lists to recompute; every published article when omitted. */
  articleIds?: number[];
  /** What counts as published (`published_at <= now`); the clock by default. */
  now?: Date;
  /** How many similar articles to keep per article; 6 by default. */
  limit?: number;
  /**
   * The newest this many published articles of a locale are its corpus (and, in a full
   * recompute, its targets). Bounds memory and time however large the archive: "similar" for
   * an old article may then lag, and new ones are compared with recent news, not the whole past.
   */
  window?: number;
  /**
   * With `articleIds`: also recompute the lists a change to them may have changed — those that
   * name one of them now, and the `neighbours` best candidates of each published one (the
   * articles whose lists a new or edited article may now enter). 0 by default.
   */
  neighbours?: number;
}

/** The longest stretch the recompute runs without letting the event loop serve pages. */
const SLICE_MS = 20;
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * What the recompute's loops call between steps: it yields to the event loop once SLICE_MS have
 * gone by since the last yield (one ranking takes milliseconds on a big archive, indexing a
 * document microseconds, so slices are counted in time, not in steps).
 */
function slices(): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < SLICE_MS) return undefined;
    return breathe().then(() => {
      since = performance.now();
    });
  };
}

export const DEFAULT_SIMILAR_WINDOW = 20_000;

function isDigits(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Whether a token of an already folded text (`searchKey` output) is an index term. Short tokens,
 * bare numbers and stop words are not: they match across unrelated stories (particles, scores,
 * dates).
 */
export function isIndexTerm(token: string, stopWords: ReadonlySet<string>): boolean {
  return token.length >= MIN_TOKEN_LENGTH && !isDigits(token) && !stopWords.has(token);
}

interface Doc {
  id: number;
  storyId: number;
  categoryId: number;
  publishedMs: number;
  tags: readonly number[];
  /** The distinct term ids of the article, with their counts and whether the title has them. */
  terms: Int32Array;
  counts: Int32Array;
  inTitle: Uint8Array;
}

/**
 * A locale's inverted index. Terms are interned to small integers and postings kept in typed
 * arrays: the ranking loop then does array reads only, no string hashing.
 */
interface LocaleIndex {
  docs: Doc[];
  postingDocs: Int32Array[];
  /** BM25's saturated, length-normalised term frequency per posting; idf is applied per query. */
  postingWeights: Float64Array[];
  idf: Float64Array;
}

/**
 * Interns tokens to small term ids, with per-term scratch counters for the document being
 * indexed (reset after each document through the list of terms it used).
 */
class TermTable {
  /** Token → term id, or -1 for a token that is no term: one hash lookup per token in the corpus. */
  private readonly lookup = new Map<string, number>();
  /** Per term, how many documents have it. */
  readonly df: number[] = [];
  /** Grown (replaced) by intern(): read them through the table after interning. */
  scratch = new Int32Array(4096);
  titleMark = new Uint8Array(4096);

  constructor(private readonly stopWords: ReadonlySet<string>) {}

  /** The token's term id, a new one for a new term; -1 when the token is no term. */
  intern(token: string): number {
    let id = this.lookup.get(token);
    if (id !== undefined) return id;
    id = isIndexTerm(token, this.stopWords) ? this.df.length : -1;
    this.lookup.set(token, id);
    if (id < 0) return id;
    this.df.push(0);
    if (id >= this.scratch.length) this.grow();
    return id;
  }

  /** The token's term id if it is known; never adds one. */
  find(token: string): number | undefined {
    return this.lookup.get(token);
  }

  private grow(): void {
    const nextScratch = new Int32Array(this.scratch.length * 2);
    nextScratch.set(this.scratch);
    this.scratch = nextScratch;
    const nextMark = new Uint8Array(this.scratch.length);
    nextMark.set(this.titleMark);
    this.titleMark = nextMark;
  }
}

/** One article's distinct terms with their counts and title marks, and its length in terms; counts each term's document once in `table.df`. */
function indexDoc(row: CorpusRow, table: TermTable, tags: readonly number[]): { doc: Doc; length: number } {
  const seen: number[] = [];
  let length = 0;
  for (const token of row.searchText.split(" ")) {
    const id = table.intern(token);
    if (id < 0) continue;
    length++;
    if (table.scratch[id] === 0) seen.push(id);
    table.scratch[id]++;
  }
  // No interning from here on: the scratch arrays stay the same.
  const { scratch, titleMark, df } = table;
  // Title words come through searchKey like search_text did, so they name the same terms.
  const titleIds: number[] = [];
  for (const token of searchKey(row.title).split(" ")) {
    const id = table.find(token);
    if (id !== undefined && id >= 0 && titleMark[id] === 0) {
      titleMark[id] = 1;
      titleIds.push(id);
    }
  }
  const terms = Int32Array.from(seen);
  const counts = new Int32Array(seen.length);
  const inTitle = new Uint8Array(seen.length);
  seen.forEach((id, i) => {
    counts[i] = scratch[id];
    inTitle[i] = titleMark[id];
    scratch[id] = 0;
    df[id]++;
  });
  for (const id of titleIds) titleMark[id] = 0;
  const doc = { id: row.id, storyId: row.storyId, categoryId: row.categoryId, publishedMs: Date.parse(row.publishedAt), tags, terms, counts, inTitle };
  return { doc, length };
}

/** Per term, the documents that have it and BM25's saturated, length-normalised term frequency in each. */
function buildPostings(docs: readonly Doc[], lengths: Float64Array, df: readonly number[]): Pick<LocaleIndex, "postingDocs" | "postingWeights"> {
  const avgLength = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length) || 1;
  const postingDocs = df.map((n) => new Int32Array(n));
  const postingWeights = df.map((n) => new Float64Array(n));
  const fill = new Int32Array(df.length);
  docs.forEach((doc, docIndex) => {
    const norm = K1 * (1 - B + (B * lengths[docIndex]) / avgLength);
    for (let i = 0; i < doc.terms.length; i++) {
      const term = doc.terms[i];
      const count = doc.counts[i];
      const at = fill[term]++;
      postingDocs[term][at] = docIndex;
      postingWeights[term][at] = (count * (K1 + 1)) / (count + norm);
    }
  });
  return { postingDocs, postingWeights };
}

async function buildIndex(
  rows: readonly CorpusRow[],
  tagsByStory: ReadonlyMap<number, readonly number[]>,
  stopWords: ReadonlySet<string>,
  pause: () => Promise<void> | undefined,
): Promise<LocaleIndex> {
  const table = new TermTable(stopWords);
  const docs: Doc[] = [];
  const lengths = new Float64Array(rows.length);
  for (let docIndex = 0; docIndex < rows.length; docIndex++) {
    await pause();
    const row = rows[docIndex];
    const { doc, length } = indexDoc(row, table, tagsByStory.get(row.storyId) ?? []);
    lengths[docIndex] = length;
    docs.push(doc);
  }
  const { postingDocs, postingWeights } = buildPostings(docs, lengths, table.df);
  // Lucene's idf, never negative: a word in most articles weighs little but does not push away.
  const n = docs.length;
  const idf = Float64Array.from(table.df, (d) => Math.log(1 + (n - d + 0.5) / (d + 0.5)));
  return { docs, postingDocs, postingWeights, idf };
}

interface Ranked {
  id: number;
  storyId: number;
  score: number;
  publishedMs: number;
}

/** Ties go to the newer article, then the lower id, so recomputes are stable. */
function better(a: Ranked, b: Ranked): boolean {
  return a.score > b.score || (a.score === b.score && (a.publishedMs > b.publishedMs || (a.publishedMs === b.publishedMs && a.id < b.id)));
}

/** Keeps `top` sorted best first, at most `limit` long and with one entry per story. */
function offer(top: Ranked[], candidate: Ranked, limit: number): void {
  const same = top.findIndex((r) => r.storyId === candidate.storyId);
  if (same >= 0) {
    if (!better(candidate, top[same])) return;
    top.splice(same, 1);
  } else if (top.length >= limit && !better(candidate, top[top.length - 1])) {
    return;
  }
  let at = top.length;
  while (at > 0 && better(candidate, top[at - 1])) at--;
  top.splice(at, 0, candidate);
  if (top.length > limit) top.pop();
}

/**
 * The best `limit` articles for one target. `scores` is a zeroed accumulator as long as the
 * locale; it is zeroed again before returning, so one allocation serves every target.
 */
function rankSimilar(index: LocaleIndex, targetIndex: number, limit: number, scores: Float64Array): Ranked[] {
  const target = index.docs[targetIndex];

  // The query: 1 + ln(tf) (a repeated word matters more, not linearly) × title weight × idf.
  const weights = new Float64Array(target.terms.length);
  for (let i = 0; i < target.terms.length; i++) {
    weights[i] = (1 + Math.log(target.counts[i])) * (target.inTitle[i] ? TITLE_WEIGHT : 1) * index.idf[target.terms[i]];
  }
  // The MAX_QUERY_TERMS best terms: those above the cut, then ties at the cut in term order.
  const cut = weights.length > MAX_QUERY_TERMS ? Float64Array.from(weights).sort()[weights.length - MAX_QUERY_TERMS] : 0;
  const chosen: number[] = [];
  for (let q = 0; q < weights.length; q++) if (weights[q] > cut) chosen.push(q);
  for (let q = 0; q < weights.length && chosen.length < MAX_QUERY_TERMS; q++) if (weights[q] === cut && cut > 0) chosen.push(q);

  const touched: number[] = [];
  let selfScore = 0;
  for (const q of chosen) {
    const weight = weights[q];
    const docs = index.postingDocs[target.terms[q]];
    const docWeights = index.postingWeights[target.terms[q]];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i];
      const add = weight * docWeights[i];
      if (doc === targetIndex) selfScore += add;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] += add;
    }
  }

  const floor = selfScore * MIN_SHARE_OF_SELF;
  const targetTags = new Set(target.tags);
  // No candidate can gain more than this from the boosts (recency only ever lowers a score).
  const maxBoost = SAME_CATEGORY_BOOST * (1 + PER_SHARED_TAG_BOOST * targetTags.size);
  const top: Ranked[] = [];
  for (const docIndex of touched) {
    const text = scores[docIndex];
    scores[docIndex] = 0;
    const doc = index.docs[docIndex];
    // The same story covers the article itself; renditions of a story never share a locale anyway.
    if (doc.storyId === target.storyId || text <= 0 || text < floor) continue;
    if (top.length >= limit && text * maxBoost < top[top.length - 1].score) continue;
    let shared = 0;
    for (const tag of doc.tags) if (targetTags.has(tag)) shared++;
    const days = Math.abs(doc.publishedMs - target.publishedMs) / DAY_MS;
    const score =
      text *
      (doc.categoryId === target.categoryId ? SAME_CATEGORY_BOOST : 1) *
      (1 + PER_SHARED_TAG_BOOST * shared) *
      (Number.isFinite(days) ? 1 / (1 + days / RECENCY_HALF_DAYS) : 1);
    offer(top, { id: doc.id, storyId: doc.storyId, score, publishedMs: doc.publishedMs }, limit);
  }
  return top;
}

/**
 * The targets of a locale: the wanted ones, and with `neighbours` their best candidates too.
 * Finding the neighbours is a ranking per wanted article: after a bulk write (an import, a
 * thousand edits) that is seconds of work, done in slices so that pages are served meanwhile.
 */
async function targetsOf(
  index: LocaleIndex,
  wanted: ReadonlySet<number> | undefined,
  neighbours: number,
  scores: Float64Array,
  pause: () => Promise<void> | undefined,
): Promise<number[]> {
  if (!wanted) return index.docs.map((_, docIndex) => docIndex);
  const positions = new Map(index.docs.map((doc, docIndex) => [doc.id, docIndex]));
  const targets = new Set<number>();
  for (const id of wanted) {
    const docIndex = positions.get(id);
    if (docIndex === undefined) continue;
    targets.add(docIndex);
    if (neighbours <= 0) continue;
    await pause();
    for (const hit of rankSimilar(index, docIndex, neighbours, scores)) targets.add(positions.get(hit.id) ?? docIndex);
  }
  return [...targets];
}

/**
 * Recomputes and stores the similar-news lists of the given articles (or of every published
 * article), replacing their previous lists in one transaction. Given articles that are not
 * published at `now` lose their list. Returns the articles whose lists were recomputed.
 */
export async function recomputeSimilar(db: Db, options: RecomputeOptions = {}): Promise<number[]> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? DEFAULT_SIMILAR_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new AppError("XABAR_BAD_REQUEST", "limit: must be a positive integer");
  const repo = new SimilarRepository(db);

  let wanted: Set<number> | undefined;
  let locales: Locale[] | undefined;
  let requested: number[] = [];
  if (options.articleIds) {
    requested = [...new Set(options.articleIds)];
    if (requested.length === 0) return [];
    const targets = await repo.targets(requested, now);
    const published = targets.filter((t) => t.published);
    wanted = new Set(published.map((t) => t.id));
    // Lists that name a changed article may change with it (a withdrawn one leaves them).
    if (options.neighbours) for (const id of await repo.listing(requested)) wanted.add(id);
    // Only the targets' locales are loaded: similarity never crosses locales.
    const all = await repo.targets([...wanted], now);
    locales = [...new Set(all.map((t) => t.locale))];
  }

  const window = options.window ?? DEFAULT_SIMILAR_WINDOW;
  const byLocale = new Map<Locale, CorpusRow[]>();
  let truncated = false;
  for (const locale of locales ?? LOCALES) {
    const rows = await repo.corpus(now, locale, window);
    if (rows.length >= window) truncated = true;
    if (rows.length) byLocale.set(locale, rows);
  }
  const tagsByStory = await repo.tagsByStory([...byLocale.values()].flat().map((row) => row.storyId));

  const rows: SimilarRow[] = [];
  const recomputed = new Set(requested);
  const pause = slices();
  for (const [locale, localeRows] of byLocale) {
    const index = await buildIndex(localeRows, tagsByStory, STOP_WORDS[locale], pause);
    // One accumulator per locale, zeroed again by rankSimilar after each target.
    const scores = new Float64Array(index.docs.length);
    const targets = await targetsOf(index, wanted, options.neighbours ?? 0, scores, pause);
    for (const docIndex of targets) {
      await pause();
      const doc = index.docs[docIndex];
      recomputed.add(doc.id);
      rankSimilar(index, docIndex, limit, scores).forEach((hit, i) => {
        rows.push({ article_id: doc.id, rank: i + 1, similar_id: hit.id, score: hit.score });
      });
    }
  }

  // A full recompute clears every list (unpublished articles' too) unless the window cut the
  // archive: then only the window's lists are replaced, older ones stay as they were.
  const windowIds = [...byLocale.values()].flat().map((row) => row.id);
  await repo.replace(options.articleIds ? { articleIds: [...recomputed] } : truncated ? { articleIds: windowIds } : { all: true }, rows);
  return options.articleIds ? [...recomputed] : windowIds;
}

/** The stored similar articles of one article, best first. */
export async function similarFor(db: Db, articleId: number): Promise<number[]> {
  return new SimilarRepository(db).similarIds(articleId);
}
