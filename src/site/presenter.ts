/**
 * The presenter of the public pages: from what SiteService gathers to whole pages — chrome,
 * head (SEO, alternates, JSON-LD), the body's view model and the cache tags the page is stored
 * under. Routes validate the URL, call one method here and render the result.
 */
import { tags } from "../cache/tags.js";
import type { SearchPosition, SearchService } from "../discovery/search.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { t } from "../lang/messages.js";
import { feedLinks } from "./feeds.js";
import { articleHead, homeHead, listHead, messageHead } from "./seo.js";
import { profilePage } from "./structured-data.js";
import type { SiteService } from "./site.service.js";
import { LATEST, type SearchUrlParams, articleUrl, authorUrl, categoryUrl, homeUrl, latestUrl, ratesUrl, searchUrl, tagUrl } from "./urls.js";
import type { ArticleView, CardContext, Chrome, HeadInfo, HomeView, ListPosition, ListView, MessageView, Page, RatesView, SearchView } from "./view-models.js";

/** What a search page's URL asks for, validated (site.schema.ts). */
export interface SearchPageRequest {
  q: string;
  category?: string;
  from?: string;
  to?: string;
  position: SearchPosition;
}

export type ListKind = "category" | "tag";

export type ArticlePageLookup =
  { kind: "found"; page: Page<ArticleView> } | { kind: "redirect"; location: string } | { kind: "gone"; page: Page<MessageView> } | { kind: "missing" };

export class SitePresenter {
  constructor(
    private readonly site: SiteService,
    private readonly options: { siteUrl: string; timeZone: string; search?: SearchService },
  ) {}

  private context(locale: Locale): CardContext {
    return { locale, now: this.site.now(), timeZone: this.options.timeZone };
  }

  /** Every page also shows the "Today" strip: stored under its article's tag, a change to that article drops the page too. */
  private page<View>(chrome: Chrome, head: HeadInfo, view: View, pageTags: string[]): Page<View> {
    const today = chrome.today ? [tags.article(chrome.today.id)] : [];
    // The rates line too: new rates drop every page that shows it.
    const rates = chrome.rates ? [tags.rates()] : [];
    // Every page advertises its locale's feeds; a category page its category's as well (set by list()).
    const withFeeds = { ...head, feeds: head.feeds ?? feedLinks(chrome.locale) };
    return { chrome, head: withFeeds, ctx: this.context(chrome.locale), view, tags: [...new Set([...pageTags, ...today, ...rates])] };
  }

  /** The exchange rates page with `ccy`'s chart; undefined when there is no such currency (or no rates widget). */
  async rates(locale: Locale, ccy: string | undefined): Promise<Page<RatesView> | undefined> {
    const rates = this.site.rates;
    if (!rates || (ccy !== undefined && !rates.has(ccy))) return undefined;
    const view = rates.page(locale, ccy);
    const chrome = await this.site.chrome(locale);
    const head: HeadInfo = {
      title: `${t(locale, "rates")} — ${t(locale, "siteName")}`,
      description: t(locale, "ratesDescription", { days: rates.historyDays }),
      canonical: ratesUrl(locale),
      alternates: LOCALES.map((l) => ({ locale: l, href: ratesUrl(l, ccy) })),
      ogType: "website",
    };
    return this.page(chrome, head, view, [tags.rates()]);
  }

  async home(locale: Locale): Promise<Page<HomeView>> {
    const [chrome, view] = await Promise.all([this.site.chrome(locale), this.site.home(locale)]);
    return this.page(chrome, homeHead(locale, chrome.siteUrl), view, [tags.home(locale), tags.homes()]);
  }

  /**
   * A byline's page, or undefined (no such author or page). Events name no bylines, so it is
   * stored under the locale's `recent` tag, which every change in the locale drops (like the
   * home page), and under its articles' tags.
   */
  async author(locale: Locale, slug: string, position: ListPosition): Promise<Page<ListView> | undefined> {
    const data = await this.site.author(locale, slug, position);
    if (!data) return undefined;
    const urlOf = (lc: Locale, p: ListPosition | number) => authorUrl(lc, slug, p);
    const view: ListView = { ...data.list, ...(data.author.bio ? { intro: data.author.bio } : {}), pageUrl: (p) => urlOf(locale, p) };
    const chrome = await this.site.chrome(locale);
    const head = { ...listHead(locale, view, position, urlOf), jsonLd: [profilePage(locale, data.author, chrome.siteUrl)] };
    if (data.author.bio) head.description = data.author.bio;
    return this.page(chrome, head, view, [tags.recent(locale), tags.lists(locale), ...view.cards.map((card) => tags.article(card.id))]);
  }

  /** The locale's latest news, every category, or undefined past the end; dropped by every change in the locale. */
  async latest(locale: Locale, position: ListPosition): Promise<Page<ListView> | undefined> {
    const data = await this.site.latest(locale, t(locale, "latestNews"), position);
    if (!data) return undefined;
    const urlOf = (lc: Locale, p: ListPosition | number) => latestUrl(lc, p);
    const view: ListView = { ...data, pageUrl: (p) => urlOf(locale, p) };
    const chrome = await this.site.chrome(locale, LATEST);
    return this.page(chrome, listHead(locale, view, position, urlOf), view, [tags.recent(locale), tags.lists(locale)]);
  }

  /** A category or tag list at `position`, or undefined when there is no such list or page. */
  async list(locale: Locale, kind: ListKind, slug: string, position: ListPosition): Promise<Page<ListView> | undefined> {
    const data = kind === "category" ? await this.site.category(locale, slug, position) : await this.site.tag(locale, slug, position);
    if (!data) return undefined;
    const urlOf = (lc: Locale, p: ListPosition | number) => (kind === "category" ? categoryUrl(lc, slug, p) : tagUrl(lc, slug, p));
    const view: ListView = { ...data, pageUrl: (p) => urlOf(locale, p) };
    const chrome = await this.site.chrome(locale, kind === "category" ? slug : undefined);
    const listTag = kind === "category" ? tags.category(locale, slug) : tags.tag(locale, slug);
    const head = listHead(locale, view, position, urlOf);
    if (kind === "category") head.feeds = feedLinks(locale, { slug, name: data.heading.title });
    return this.page(chrome, head, view, [listTag, tags.lists(locale)]);
  }

  /**
   * The search page: the form, and the results when there is a query. Undefined when a filter
   * names nothing (an unknown category, a day that does not exist) or search is not wired.
   * Never stored in the page cache (the route's call): results pages are noindex.
   */
  async search(locale: Locale, request: SearchPageRequest): Promise<Page<SearchView> | undefined> {
    const { search } = this.options;
    if (!search) return undefined;
    const filters = {
      ...(request.category ? { category: request.category } : {}),
      ...(request.from ? { from: request.from } : {}),
      ...(request.to ? { to: request.to } : {}),
    };
    const [outcome, chrome] = await Promise.all([search.search({ q: request.q, locale, ...filters, position: request.position }), this.site.chrome(locale)]);
    const categories = chrome.categories.map((c) => ({ slug: c.slug, name: c.name }));
    if (outcome.kind === "invalid") return undefined;
    const { results } = outcome;
    const base: SearchUrlParams = { q: results.q, ...filters };
    const view: SearchView = {
      q: results.q,
      category: request.category,
      from: request.from,
      to: request.to,
      categories,
      searched: results.searched,
      hits: results.hits,
      page: results.page,
      nextUrl: results.next ? searchUrl(locale, { ...base, ...results.next }) : undefined,
      previousUrl: results.previous ? searchUrl(locale, { ...base, ...results.previous }) : undefined,
    };
    const title = results.q ? t(locale, "searchResultsFor", { q: results.q }) : t(locale, "searchTitle");
    const head: HeadInfo = {
      ...messageHead(locale, title, t(locale, "searchLabel"), searchUrl(locale, { ...base, ...request.position })),
      alternates: LOCALES.map((l) => ({ locale: l, href: searchUrl(l, { q: results.q }) })),
      ...(results.q ? { noindex: true } : {}),
    };
    return this.page(chrome, head, view, []);
  }

  /** The article, a redirect to its canonical URL (wrong slug or category), or nothing. */
  async article(locale: Locale, categorySlug: string, id: number, slug: string): Promise<ArticlePageLookup> {
    const result = await this.site.article(locale, categorySlug, id, slug);
    if (result.kind === "gone") return { kind: "gone", page: await this.gone(locale, result.id, articleUrl(locale, categorySlug, id, slug)) };
    if (result.kind !== "found") return result;
    const { view, alternates } = result;
    const chrome = await this.site.chrome(locale, view.article.categorySlug);
    const head = articleHead(view, alternates, chrome.siteUrl);
    // Under the tags of the similar articles too: when one of them is withdrawn, this page drops it.
    const pageTags = [
      tags.article(view.article.id),
      tags.story(view.article.storyId),
      tags.similar(view.article.id),
      ...view.similar.map((card) => tags.article(card.id)),
      // And of the most-read articles it lists, for the same reason.
      ...[...view.mostRead.today, ...view.mostRead.week].map((card) => tags.article(card.id)),
    ];
    return { kind: "found", page: this.page(chrome, head, view, pageTags) };
  }

  /**
   * Any article, a draft too, as its page will show it: for the newsroom's preview, so never
   * stored (no tags), out of search engines, and without the island (no views or reactions counted).
   */
  async preview(id: number): Promise<Page<ArticleView> | undefined> {
    const result = await this.site.preview(id);
    if (!result) return undefined;
    const { view, alternates } = result;
    const chrome = await this.site.chrome(view.article.locale, view.article.categorySlug);
    const head = { ...articleHead(view, alternates, chrome.siteUrl), noindex: true };
    return { ...this.page({ ...chrome, assets: { ...chrome.assets, js: "" } }, head, view, []), tags: [] };
  }

  /** The 410 page of a withdrawn article, stored under its tag so that publishing it again replaces it. */
  private async gone(locale: Locale, id: number, path: string): Promise<Page<MessageView>> {
    const chrome = await this.site.chrome(locale);
    const view: MessageView = { title: t(locale, "goneTitle"), text: t(locale, "goneText"), back: { href: homeUrl(locale), label: t(locale, "backHome") } };
    return this.page(chrome, { ...messageHead(locale, view.title, view.text, path), noindex: true }, view, [tags.article(id)]);
  }

  /** Where an imported article's old address (a permalink, `/?p=123`, `/123-slug.html`) lives now, if it was one. */
  async oldAddress(address: string): Promise<string | undefined> {
    return this.site.oldAddress(address);
  }

  /** The localised 404 page, with the site's navigation. */
  async notFound(locale: Locale, path: string): Promise<Page<MessageView>> {
    const chrome = await this.site.chrome(locale);
    const view = notFoundView(locale);
    return this.page(chrome, messageHead(locale, view.title, view.text, path), view, []);
  }
}

function notFoundView(locale: Locale): MessageView {
  return { title: t(locale, "notFoundTitle"), text: t(locale, "notFoundText"), back: { href: homeUrl(locale), label: t(locale, "backHome") } };
}
