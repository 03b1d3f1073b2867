/**
 * What the views render: the page's chrome (navigation, "Today", weather), its head (title, SEO,
 * alternates, JSON-LD) and the body's view model. The presenter builds them; views only read them,
 * so views import no service and the presenter imports no view.
 */
import type { ArticleCard, ArticleDetail, CategoryInfo, Correction, ListCursor, TagInfo } from "../content/article.repository.js";
import type { SearchHit } from "../discovery/search.js";
import type { ReactionCounts } from "../engagement/reactions.js";
import type { Locale } from "../lang/locales.js";
import type { LatinProfile } from "../lang/translit-profile.js";
import type { MostReadLists } from "./most-read.js";

/** The content's own shapes that views show as they are. */
export type { ArticleCard, ArticleDetail, AuthorInfo, CategoryInfo, Correction, Cover, TagInfo } from "../content/article.repository.js";
export type { MostReadLists } from "./most-read.js";
export type { SearchHit, TextPart } from "../discovery/search.js";

export interface Alternate {
  locale: Locale;
  href: string;
}

export interface HeadInfo {
  title: string;
  description: string;
  canonical: string;
  alternates: Alternate[];
  /** Absolute URL of the default language version, for x-default. */
  xDefault?: string;
  ogType: "website" | "article";
  image?: string;
  publishedAt?: string;
  /** JSON-LD documents, each in a script block of its own. */
  jsonLd?: object[];
  /** OpenGraph/Twitter image: absolute or site path, with its size when known. */
  imageSize?: { width: number; height: number };
  /** What the image shows, for og:image:alt. */
  imageAlt?: string;
  modifiedAt?: string;
  /** article:section and article:tag. */
  section?: string;
  articleTags?: string[];
  /** Kept out of search engines (a withdrawn article's page, previews). */
  noindex?: boolean;
  /** The feeds this page advertises (`<link rel="alternate" type=… title=…>`). */
  feeds?: Array<{ type: string; title: string; href: string }>;
}

export interface Chrome {
  locale: Locale;
  siteUrl: string;
  /** uz pages only: the Latin alphabet the page is shown in, when it is not the archive's 1995 one. */
  latinProfile?: LatinProfile;
  assets: { css: string; js: string };
  categories: CategoryInfo[];
  currentCategory?: string;
  today?: { id: number; title: string; href: string };
  weather?: { label: string; temperature: string; condition: string; wind: string };
  rates?: RatesStrip;
  year: number;
}

/** A rate's change as shown: arrow and sign, never colour alone. */
export interface RateChange {
  direction: "up" | "down" | "same";
  arrow: string;
  text: string;
  label: string;
}

/** The strip's rates line: the configured currencies and the day they were set for. */
export interface RatesStrip {
  href: string;
  /** "Central Bank rates for 1 December 2026". */
  label: string;
  /** The day they were set for, short: "1 December". */
  date: string;
  items: Array<{ ccy: string; name: string; value: string; change: RateChange }>;
}

/** The chart of one currency: its points and the words and numbers around them, formatted. */
export interface RatesChart {
  ccy: string;
  title: string;
  desc: string;
  points: Array<{ day: string; value: number }>;
  /** Axis labels: the first and last days, the lowest and highest values. */
  axis: { from: string; to: string; min: string; max: string };
}

export interface RatesView {
  /** The day the latest rates were set for, formatted; undefined when there are none. */
  date: string | undefined;
  rows: Array<{ ccy: string; code: string; name: string; nominal: number; value: string; change: RateChange; chartHref: string; selected: boolean }>;
  chart: RatesChart | undefined;
  /** What the converter island computes with: sum per unit by currency. */
  converter: { rates: Record<string, number>; selected: string } | undefined;
}

/** What every card needs besides the card: the page's language, the time cards are relative to. */
export interface CardContext {
  locale: Locale;
  now: Date;
  timeZone: string;
}

/**
 * Where a list page is: its number (for people), and for pages reached by the pager a keyset
 * cursor — the last row of the newer page (`before`) or the first row of the older one (`after`),
 * so a deep page costs one index range, like the first. A bare `?page=N` (a typed or old link)
 * walks the index to its start.
 */
export interface ListPosition {
  page: number;
  before?: ListCursor;
  after?: ListCursor;
}

export interface HomeView {
  top: ArticleCard[];
  mostRead: MostReadLists;
  sections: Array<{ category: CategoryInfo; cards: ArticleCard[] }>;
}

export interface ListView {
  heading: { title: string; slug: string };
  /** Said under the heading (an author's biography). */
  intro?: string;
  cards: ArticleCard[];
  page: number;
  /** The older and newer pages, when they exist (lists are not counted). */
  older: ListPosition | undefined;
  newer: ListPosition | undefined;
  /** The URL of another position of this list. */
  pageUrl: (position: ListPosition) => string;
}

export interface ArticleView {
  article: ArticleDetail;
  tags: TagInfo[];
  reactions: ReactionCounts;
  similar: ArticleCard[];
  corrections: Correction[];
  canonical: string;
  mostRead: MostReadLists;
}

export interface MessageView {
  title: string;
  text: string;
  back: { href: string; label: string };
}

/** The search page: the form as filled, and a page of results (discovery/search.ts) with the pager's URLs. */
export interface SearchView {
  q: string;
  category: string | undefined;
  from: string | undefined;
  to: string | undefined;
  categories: Array<{ slug: string; name: string }>;
  /** False when there was nothing to look for (no query, or no word in it): the form alone. */
  searched: boolean;
  hits: SearchHit[];
  page: number;
  nextUrl: string | undefined;
  previousUrl: string | undefined;
}

/** A whole page: what the layout needs, the body's view model, and the cache tags it is stored under. */
export interface Page<View> {
  chrome: Chrome;
  head: HeadInfo;
  ctx: CardContext;
  view: View;
  tags: string[];
}
