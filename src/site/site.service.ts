/**
 * What each public page shows, gathered from the domain services. Small per-locale pieces that
 * every page repeats (category names, the "Today" headline) are memoised for a short time so an
 * uncached article render stays a handful of indexed queries.
 */
import { redirectKey } from "../content/redirects.js";
import { calendarDate } from "../lang/format.js";
import type {
  ArticleCard,
  ArticleDetail,
  ArticleRepository,
  AuthorInfo,
  CategoryInfo,
  ListCursor,
  ListFilter,
  Translation,
} from "../content/article.repository.js";
import type { ReactionService } from "../engagement/reactions.service.js";
import type { Locale } from "../lang/locales.js";
import type { LatinProfile } from "../lang/translit-profile.js";
import { type BodyMedia, mediaFilesIn, picturesInBody } from "./body-pictures.js";
import { Memo } from "./memo.js";
import { RatesPresenter, type RatesSource } from "./rates.js";
import { MostRead, type MostReadLists } from "./most-read.js";
import { articleUrl } from "./urls.js";
import type { Alternate, ArticleView, Chrome, HomeView, ListPosition, ListView } from "./view-models.js";

export interface SiteDeps {
  articles: ArticleRepository;
  reactions: ReactionService;
  weather: (locale: Locale) => Chrome["weather"];
  /** The exchange rates (widgets/rates), read from memory; no rates line without them. */
  rates?: RatesSource;
  assets: { css: string; js: string };
  siteUrl: string;
  timeZone: string;
  /** The Latin alphabet uz pages are shown in (the archive is in the 1995 one); 1995 when not given. */
  latinProfile?: LatinProfile;
  /** Old addresses of imported articles (content/redirects.ts keys); without it, none. */
  redirects?: { target(key: string, now: string): Promise<{ id: number; locale: Locale; categorySlug: string; slug: string } | undefined> };
  /** The library's media by stem, for body images (`<picture>`); without it bodies show as stored. */
  media?: { byFiles(files: readonly string[]): Promise<BodyMedia[]> };
  now?: () => Date;
}

export const PAGE_SIZE = 20;

function cursorOf(card: ArticleCard): ListCursor {
  return { publishedAt: card.publishedAt, id: card.id };
}

/** A list page's data; the presenter adds the URLs of its other positions. */
export type ListData = Omit<ListView, "pageUrl">;

export type ArticleLookup =
  { kind: "found"; view: ArticleView; alternates: Alternate[] } | { kind: "redirect"; location: string } | { kind: "gone"; id: number } | { kind: "missing" };

export class SiteService {
  private readonly categoriesMemo = new Memo<CategoryInfo[]>();
  private readonly todayMemo = new Memo<ArticleCard | undefined>();
  /** Most read today and this week, on the home and article pages (and "Today" when no editor pinned one). */
  private readonly mostRead: MostRead;
  readonly now: () => Date;
  readonly rates: RatesPresenter | undefined;

  constructor(private readonly deps: SiteDeps) {
    this.now = deps.now ?? (() => new Date());
    this.rates = deps.rates ? new RatesPresenter(deps.rates) : undefined;
    this.mostRead = new MostRead({ articles: deps.articles, days: (back) => this.days(back), now: this.now });
  }

  /** Forget memoised lists after content changed. */
  forget(): void {
    this.categoriesMemo.clear();
    this.todayMemo.clear();
    this.mostRead.forget();
  }

  private nowIso(): string {
    return this.now().toISOString();
  }

  /** Days (site time zone) as YYYY-MM-DD: today and, when `back` > 0, the days before. */
  private days(back: number): string[] {
    const now = this.now().getTime();
    return Array.from({ length: back + 1 }, (_, i) => calendarDate(now - i * 86_400_000, this.deps.timeZone));
  }

  async categories(locale: Locale): Promise<CategoryInfo[]> {
    return this.categoriesMemo.get(locale, this.now().getTime(), () => this.deps.articles.categories(locale));
  }

  /** Today's top story: an editor's pick of the last 24 hours, else today's most read, else the newest. */
  private async today(locale: Locale): Promise<ArticleCard | undefined> {
    return this.todayMemo.get(locale, this.now().getTime(), async () => {
      const now = this.nowIso();
      const since = new Date(this.now().getTime() - 86_400_000).toISOString();
      return (
        (await this.deps.articles.pinnedSince(locale, now, since)) ??
        (await this.mostRead.lists(locale)).today[0] ??
        (await this.deps.articles.latest(locale, now, { limit: 1 }))[0]
      );
    });
  }

  async chrome(locale: Locale, currentCategory?: string): Promise<Chrome> {
    const [categories, today] = await Promise.all([this.categories(locale), this.today(locale)]);
    const rates = this.rates?.strip(locale);
    return {
      locale,
      siteUrl: this.deps.siteUrl,
      ...(locale === "uz" && this.deps.latinProfile ? { latinProfile: this.deps.latinProfile } : {}),
      assets: this.deps.assets,
      categories,
      currentCategory,
      today: today ? { id: today.id, title: today.title, href: articleUrl(locale, today.categorySlug, today.id, today.slug) } : undefined,
      weather: this.deps.weather(locale),
      ...(rates ? { rates } : {}),
      year: this.now().getFullYear(),
    };
  }

  async home(locale: Locale): Promise<HomeView> {
    const now = this.nowIso();
    const top = await this.deps.articles.latest(locale, now, { limit: 7 });
    const topIds = top.map((c) => c.id);
    const [mostRead, categories] = await Promise.all([this.mostRead.lists(locale), this.categories(locale)]);
    // Independent queries: on PostgreSQL they run side by side on the pool.
    const latest = await Promise.all(
      categories.map((category) => this.deps.articles.latest(locale, now, { limit: 3, categoryId: category.id, excludeIds: topIds })),
    );
    const sections = categories.map((category, i) => ({ category, cards: latest[i] ?? [] })).filter((section) => section.cards.length > 0);
    return { top, mostRead, sections };
  }

  async category(locale: Locale, slug: string, position: ListPosition): Promise<ListData | undefined> {
    const category = (await this.categories(locale)).find((c) => c.slug === slug);
    if (!category) return undefined;
    return this.list(locale, { title: category.name, slug }, { categoryId: category.id }, position);
  }

  /** The lists of a locale: most read today and this week (kept for a while: site/most-read.ts). */
  async mostReadLists(locale: Locale): Promise<MostReadLists> {
    return this.mostRead.lists(locale);
  }

  /** The byline's page: its articles in this locale, newest first; undefined for an unknown slug. */
  async author(locale: Locale, slug: string, position: ListPosition): Promise<{ author: AuthorInfo; list: ListData } | undefined> {
    const author = await this.deps.articles.findAuthor(slug, locale);
    if (!author) return undefined;
    const list = await this.list(locale, { title: author.name, slug }, { authorId: author.id }, position);
    return list && { author, list };
  }

  /** Every category's news of a locale, newest first. */
  async latest(locale: Locale, title: string, position: ListPosition): Promise<ListData | undefined> {
    return this.list(locale, { title, slug: "latest" }, {}, position);
  }

  async tag(locale: Locale, slug: string, position: ListPosition): Promise<ListData | undefined> {
    const tag = await this.deps.articles.findTag(slug, locale);
    if (!tag) return undefined;
    return this.list(locale, { title: `#${tag.name}`, slug }, { tagId: tag.id }, position);
  }

  /**
   * A list page. `?page=N` stays the URL: page N's start is found by walking the list's index
   * (no rows read), then the page is one keyset range of PAGE_SIZE + 1 rows; the extra row only
   * tells whether an older page exists. No COUNT: a list of a million never counts itself.
   */
  private async list(locale: Locale, heading: ListView["heading"], filter: ListFilter, position: ListPosition): Promise<ListData | undefined> {
    const now = this.nowIso();
    const { page } = position;
    const cursor = position.before ?? position.after;
    if (cursor && !(await this.deps.articles.isCursor(locale, cursor))) return undefined;
    let cards: ArticleCard[];
    let hasOlder: boolean;
    if (position.after) {
      // The newer page: read upwards from its last row's successor, then put it back in order.
      const rows = await this.deps.articles.latest(locale, now, { limit: PAGE_SIZE, after: position.after, ...filter });
      cards = rows.reverse();
      hasOlder = true;
    } else {
      const start = position.before ?? (await this.deps.articles.pageStart(locale, now, filter, page, PAGE_SIZE));
      if (start === undefined) return undefined;
      const rows = await this.deps.articles.latest(locale, now, { limit: PAGE_SIZE + 1, ...(start ? { before: start } : {}), ...filter });
      cards = rows.slice(0, PAGE_SIZE);
      hasOlder = rows.length > PAGE_SIZE;
    }
    if (page > 1 && cards.length === 0) return undefined;
    const first = cards[0];
    const last = cards[cards.length - 1];
    return {
      heading,
      cards,
      page,
      older: hasOlder && last ? { page: page + 1, before: cursorOf(last) } : undefined,
      newer: page > 1 && first ? (page === 2 ? { page: 1 } : { page: page - 1, after: cursorOf(first) }) : undefined,
    };
  }

  /** The current URL of the article an old address (path and query) named before an import, if any. */
  async oldAddress(address: string): Promise<string | undefined> {
    const key = this.deps.redirects && redirectKey(address);
    const target = key === undefined ? undefined : await this.deps.redirects?.target(key, this.nowIso());
    return target && articleUrl(target.locale, target.categorySlug, target.id, target.slug);
  }

  async article(locale: Locale, categorySlug: string, id: number, slug: string): Promise<ArticleLookup> {
    const now = this.nowIso();
    const article = await this.deps.articles.findPublished(id, now);
    if (!article || article.locale !== locale) return (await this.deps.articles.wasWithdrawn(id, locale)) ? { kind: "gone", id } : { kind: "missing" };
    const canonical = articleUrl(locale, article.categorySlug, article.id, article.slug);
    if (article.categorySlug !== categorySlug || article.slug !== slug) return { kind: "redirect", location: canonical };
    return { kind: "found", ...(await this.articleView(article, now, true)) };
  }

  /** Any article (a draft too) as its page would show it now, for the newsroom's preview: without similar articles. */
  async preview(id: number): Promise<{ view: ArticleView; alternates: Alternate[] } | undefined> {
    const now = this.nowIso();
    const article = await this.deps.articles.findForPreview(id);
    return article ? this.articleView({ ...article, publishedAt: article.publishedAt || now }, now, false) : undefined;
  }

  private async articleView(article: ArticleDetail, now: string, withSimilar: boolean): Promise<{ view: ArticleView; alternates: Alternate[] }> {
    const { locale } = article;
    const files = mediaFilesIn(article.bodyHtml);
    const [translations, tags, reactions, similar, corrections, bodyMedia, mostRead] = await Promise.all([
      this.deps.articles.translations(article.storyId, now),
      this.deps.articles.tags(article.storyId, locale),
      this.deps.reactions.counts(article.id),
      withSimilar ? this.deps.articles.similar(article.id, now) : [],
      this.deps.articles.corrections(article.id),
      files.length && this.deps.media ? this.deps.media.byFiles(files) : [],
      this.mostRead.lists(locale),
    ]);
    const canonical = articleUrl(locale, article.categorySlug, article.id, article.slug);
    const alternates = translations.map((tr: Translation) => ({ locale: tr.locale, href: articleUrl(tr.locale, tr.categorySlug, tr.id, tr.slug) }));
    const bodyHtml = picturesInBody(article.bodyHtml, new Map(bodyMedia.map((m) => [m.file, m])), locale);
    return { view: { article: { ...article, bodyHtml }, tags, reactions, similar, corrections, canonical, mostRead }, alternates };
  }
}
