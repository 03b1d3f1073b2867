/**
 * "Most read today" and "this week" per locale, from the daily view rows. The ranking is an
 * aggregate over every article read on those days, so it is never computed per page: each
 * locale's ranking is kept for a while (today's a minute, the week's five) and recomputed in
 * the background when it has run out, the old one answering meanwhile (one recompute at a time
 * per ranking; only the very first render of a locale waits for one). The cards of the ranked
 * ids are a primary-key read, kept a minute and dropped with the page caches on every content
 * change (`forget`), so a withdrawn article leaves the lists at once: the ranking keeps more ids
 * than are shown, and cards are read for published articles only.
 *
 * Freshness, end to end: a view is in the daily rows after the view counter's flush
 * (VIEW_FLUSH_MS), in the ranking within RANKING_MS, on a page once its cached copy expires
 * (PAGE_CACHE_TTL_SECONDS): a few minutes at most, which is what a most-read box promises.
 */
import type { ArticleCard, ArticleRepository } from "../content/article.repository.js";
import type { Locale } from "../lang/locales.js";
import { Memo } from "./memo.js";

export type MostReadPeriod = "today" | "week";
export type MostReadLists = Record<MostReadPeriod, ArticleCard[]>;

/** Cards shown per list. */
export const MOST_READ_LIMIT = 5;
/** Ids kept per ranking: more than shown, so that withdrawn articles leave room for the next. */
const CANDIDATES = 3 * MOST_READ_LIMIT;
/** How long a ranking stands before it is recomputed. */
export const RANKING_MS: Record<MostReadPeriod, number> = { today: 60_000, week: 300_000 };
/** Calendar days (site time zone) before today that a period covers: the week is today and the six days before. */
const DAYS_BACK: Record<MostReadPeriod, number> = { today: 0, week: 6 };

interface Ranking {
  ids?: number[];
  until: number;
  refreshing?: Promise<number[]>;
}

export interface MostReadDeps {
  articles: Pick<ArticleRepository, "mostReadIds" | "cardsByIds">;
  /** Today and the `back` days before it, as YYYY-MM-DD in the site's time zone. */
  days: (back: number) => string[];
  now: () => Date;
}

export class MostRead {
  private readonly rankings = new Map<string, Ranking>();
  private readonly cards = new Memo<MostReadLists>();

  constructor(private readonly deps: MostReadDeps) {}

  /** Both lists of a locale, at most MOST_READ_LIMIT cards each. */
  async lists(locale: Locale): Promise<MostReadLists> {
    return this.cards.get(locale, this.deps.now().getTime(), async () => {
      const [today, week] = await Promise.all([this.ranking(locale, "today"), this.ranking(locale, "week")]);
      const found = await this.deps.articles.cardsByIds([...new Set([...today, ...week])], this.deps.now().toISOString());
      const byId = new Map(found.map((card) => [card.id, card]));
      const pick = (ids: number[]) => ids.flatMap((id) => byId.get(id) ?? []).slice(0, MOST_READ_LIMIT);
      return { today: pick(today), week: pick(week) };
    });
  }

  /** After a content change: the cards are read again (the rankings stand: views did not change). */
  forget(): void {
    this.cards.clear();
  }

  private ranking(locale: Locale, period: MostReadPeriod): Promise<number[]> {
    const key = `${locale}:${period}`;
    const entry = this.rankings.get(key) ?? { until: 0 };
    this.rankings.set(key, entry);
    const now = this.deps.now().getTime();
    if (entry.ids && now < entry.until) return Promise.resolve(entry.ids);
    entry.refreshing ??= this.deps.articles
      .mostReadIds(locale, this.deps.now().toISOString(), this.deps.days(DAYS_BACK[period]), CANDIDATES)
      .then((ids) => {
        entry.ids = ids;
        entry.until = this.deps.now().getTime() + RANKING_MS[period];
        return ids;
      })
      .finally(() => {
        entry.refreshing = undefined;
      });
    if (!entry.ids) return entry.refreshing;
    // Stale: the old ranking answers while the new one is computed (a failed recompute is tried again next time).
    entry.refreshing.catch(() => undefined);
    return Promise.resolve(entry.ids);
  }
}
