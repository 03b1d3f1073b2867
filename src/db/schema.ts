/**
 * The database schema as Kysely sees it: one interface per table. Times are ISO 8601 strings in
 * UTC (`2026-11-25T20:39:00.000Z`), which sort as text and mean the same on SQLite and PostgreSQL;
 * days are `YYYY-MM-DD` in the site's time zone.
 */
import type { Generated, Insertable, Selectable } from "kysely";
import type { Locale } from "../lang/locales.js";

/** An article's workflow states (the moves between them: content/workflow.ts). Only "published" is on the site. */
export const ARTICLE_STATUSES = ["draft", "review", "scheduled", "published", "unpublished", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/**
 * The reactions a reader can give an article, in the order the bar shows them: the values of
 * `reaction_votes.reaction`. Everything else takes them from here, through engagement/reactions.ts.
 */
export const REACTIONS = ["like", "love", "laugh", "sad", "angry"] as const;
export type ReactionKind = (typeof REACTIONS)[number];

/**
 * The newsroom's roles, the values of `users.role`. What each may do is the role policy's
 * (newsroom/policy.ts); the vocabulary lives here, beside its column.
 */
export const USER_ROLES = ["admin", "editor", "author", "translator"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export interface CategoryTable {
  id: Generated<number>;
  slug: string;
  position: number;
}

export interface CategoryNameTable {
  category_id: number;
  locale: Locale;
  name: string;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
}

export interface TagNameTable {
  tag_id: number;
  locale: Locale;
  name: string;
}

export interface AuthorTable {
  id: Generated<number>;
  slug: string;
  /** JSON object: locale → display name. */
  names: string;
  /** The newsroom user who writes under this byline (made with their first story). */
  user_id: number | null;
  /** JSON object: locale → a short biography (shown on the author's page). */
  bios: Generated<string>;
}

export interface MediaTable {
  id: Generated<number>;
  /** File name stem under DATA_DIR/media; variants are `{file}-{width}.{ext}` (media/files.ts). */
  file: string;
  width: number;
  height: number;
  /** JSON array of the variant widths that exist. */
  variants: string;
  created_at: string;
  /** JSON array of the formats every width exists in (media/files.ts MEDIA_FORMATS); demo covers: `["webp"]`. */
  formats: Generated<string>;
  /** What the uploaded file was called (shown and searched, never used as a path). */
  original_name: string | null;
  /** The type sniffed from the uploaded bytes. */
  mime: string | null;
  bytes: number | null;
  /** JSON object: locale → alt text. */
  alt: Generated<string>;
  /** JSON object: locale → caption. */
  caption: Generated<string>;
  uploaded_by: number | null;
  /** searchKey(original name, alt texts, captions). */
  search_text: Generated<string>;
  /** JSON object: crop (media/files.ts CROPS) → [width, height] of its JPEG; null until made. */
  crops: string | null;
}

export interface StoryTable {
  id: Generated<number>;
  category_id: number;
  cover_media_id: number | null;
  source_name: string | null;
  source_url: string | null;
  /** Editor's pick for the "Today" strip. */
  pinned: number;
  created_at: string;
  /** The newsroom user who created it (null for imported and demo stories). */
  created_by: number | null;
  /** The locale it was first written in: its other renditions are translations of it. */
  source_locale: Locale | null;
  breaking: Generated<number>;
}

export interface StoryTagTable {
  story_id: number;
  tag_id: number;
  /** Where the tag came in the editor's list (0 first). */
  position: Generated<number>;
}

export interface ArticleTable {
  id: Generated<number>;
  story_id: number;
  locale: Locale;
  title: string;
  slug: string;
  lead: string;
  /** Sanitized HTML. */
  body_html: string;
  /** Plain text of the body, for excerpts. */
  body_text: string;
  /** searchKey(title + lead + body): the folded form for search and similarity. */
  search_text: string;
  /**
   * Full-text search (2026-12-04-search): searchTerms(title) and searchTerms(lead + body), the
   * folded and stemmed words the index holds (FTS5 on SQLite, a tsvector on PostgreSQL).
   */
  search_title: Generated<string>;
  search_body: Generated<string>;
  status: ArticleStatus;
  published_at: string | null;
  updated_at: string;
  author_id: number | null;
  /** The article this one is transliterated from (uz → oz), while an editor has not overridden it. */
  derived_from: number | null;
  /**
   * A copy of the story's category, for indexed category lists. Triggers keep it equal to the
   * story's (filled on insert when left null, followed when the story changes category).
   */
  category_id: number | null;
  /** Goes up with every change: the ETag that PATCH's If-Match must name. */
  version: Generated<number>;
  /** For a translation: the source rendition's revision it was last brought up to. */
  source_revision: number | null;
}

export interface ArticleStatsTable {
  article_id: number;
  views: number;
}

export interface ArticleViewsDailyTable {
  article_id: number;
  day: string;
  views: number;
}

/** One row per visitor, article and day that was counted: what makes a view count once. */
export interface ViewMarkTable {
  day: string;
  mark: string;
}

export interface ReactionVoteTable {
  article_id: number;
  visitor: string;
  reaction: ReactionKind;
  updated_at: string;
}

export interface SimilarArticleTable {
  article_id: number;
  rank: number;
  similar_id: number;
  score: number;
}

export interface WeatherObservationTable {
  city: string;
  observed_at: string;
  fetched_at: string;
  temperature: number;
  weather_code: number;
  wind_speed: number;
  wind_direction: number;
}

/** One currency's CBU rate on one day (widgets/rates): `rate` for `nominal` units, decimal strings as the CBU sends them. */
export interface ExchangeRateTable {
  ccy: string;
  /** YYYY-MM-DD: the day the CBU set the rate for. */
  day: string;
  code: string;
  nominal: number;
  rate: string;
  diff: string;
  name_uz: string;
  name_oz: string;
  name_ru: string;
  name_en: string;
  fetched_at: string;
}

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** JSON. */
  payload: string;
  key: string | null;
  status: JobStatus;
  run_at: string;
  attempts: number;
  last_error: string | null;
  locked_by: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: Generated<number>;
  /** Lower-cased, so that uniqueness ignores case. */
  email: string;
  name: string;
  role: UserRole;
  /** JSON array of the locales a translator may edit (may be empty). */
  locales: string;
  /** argon2id (PHC string); null until the user sets a password through a one-time link. */
  password_hash: string | null;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
  /** 1: may not sign in (sessions are refused too). */
  disabled: Generated<number>;
}

export interface SessionTable {
  /** sha256 of the cookie's token, base64url: a leaked table holds no usable token. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  user_agent: string | null;
  address: string | null;
}

export type AccountTokenPurpose = "set-password";

/** One-time links (set or reset a password), stored as the sha256 of the token like sessions. */
export interface AccountTokenTable {
  token_hash: string;
  user_id: number;
  purpose: AccountTokenPurpose;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** Failed sign-ins, for throttling by account and by address across every instance. */
export interface LoginAttemptTable {
  id: Generated<number>;
  /** The lower-cased email that was tried, whether or not such a user exists. */
  account: string;
  address: string;
  at: string;
}

export type RevisionKind = "create" | "save" | "autosave" | "derive" | "restore";

/** Every save of an article's text; autosaves by one person within minutes fold into one. */
export interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  user_id: number | null;
  kind: RevisionKind;
  created_at: string;
  updated_at: string;
  /** JSON array of the fields this save changed. */
  changed: string;
  title: string;
  slug: string;
  lead: string;
  body_html: string;
}

/** Who did what to a story, when. */
export interface StoryActivityTable {
  id: Generated<number>;
  story_id: number;
  article_id: number | null;
  user_id: number | null;
  action: string;
  /** JSON object. */
  detail: string;
  at: string;
}

export interface CorrectionTable {
  id: Generated<number>;
  article_id: number;
  user_id: number | null;
  text: string;
  created_at: string;
}

/** Who is editing an article right now: a soft lock that lapses. */
export interface ArticleLockTable {
  article_id: number;
  user_id: number;
  until: string;
}

/** Distribution: what a Telegram channel shows of an article. */
export type TelegramPostState = "sending" | "posted" | "withdrawn" | "deleted" | "uncertain" | "failed";

export interface TelegramPostTable {
  id: Generated<number>;
  article_id: number;
  /** The channel: "@name" or "-100…". */
  chat: string;
  message_id: string | null;
  /** "photo" (sendPhoto, a caption) or "text" (sendMessage). */
  kind: "photo" | "text" | null;
  /** The cover a photo post shows. */
  media_id: number | null;
  state: TelegramPostState;
  /** What the post says now (method + text), so an edit that changes nothing Telegram shows is not sent. */
  content_hash: string | null;
  /** The runner sending it right now, and until when that mark holds (two instances never send one post twice). */
  sending_by: string | null;
  sending_until: string | null;
  posted_at: string | null;
  error: string | null;
  updated_at: string;
}

/** A channel's next free moment to post (ms since the epoch), shared by every instance. */
export interface TelegramSlotTable {
  chat: string;
  next_at: number;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  /** One id per event and receiver, the same on every attempt (X-Xabar-Delivery). */
  delivery: string;
  url: string;
  event: string;
  article_id: number;
  attempt: number;
  status: "delivered" | "failed" | "refused";
  response_code: number | null;
  error: string | null;
  duration_ms: number;
  created_at: string;
}

export type ImportItemKind = "post" | "attachment";

/** What an item of an imported source (a WordPress post, a feed item, an attachment) became. */
export interface ImportItemTable {
  id: Generated<number>;
  source: string;
  kind: ImportItemKind;
  guid: string;
  story_id: number | null;
  article_id: number | null;
  media_id: number | null;
  checksum: string;
  imported_at: string;
  updated_at: string;
}

/** An imported article's old address (content/redirects.ts spells it), answered with a 301. */
export interface RedirectTable {
  path: string;
  article_id: number;
  created_at: string;
}

export interface Database {
  categories: CategoryTable;
  category_names: CategoryNameTable;
  tags: TagTable;
  tag_names: TagNameTable;
  authors: AuthorTable;
  media: MediaTable;
  stories: StoryTable;
  story_tags: StoryTagTable;
  articles: ArticleTable;
  article_stats: ArticleStatsTable;
  article_views_daily: ArticleViewsDailyTable;
  view_marks: ViewMarkTable;
  reaction_votes: ReactionVoteTable;
  similar_articles: SimilarArticleTable;
  weather_observations: WeatherObservationTable;
  jobs: JobTable;
  users: UserTable;
  sessions: SessionTable;
  account_tokens: AccountTokenTable;
  login_attempts: LoginAttemptTable;
  article_revisions: ArticleRevisionTable;
  story_activity: StoryActivityTable;
  corrections: CorrectionTable;
  article_locks: ArticleLockTable;
  exchange_rates: ExchangeRateTable;
  telegram_posts: TelegramPostTable;
  telegram_slots: TelegramSlotTable;
  webhook_deliveries: WebhookDeliveryTable;
  import_items: ImportItemTable;
  redirects: RedirectTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type NewArticle = Insertable<ArticleTable>;
export type WeatherRow = Selectable<WeatherObservationTable>;
export type ExchangeRateRow = Selectable<ExchangeRateTable>;
export type MediaRow = Selectable<MediaTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type NewSession = Insertable<SessionTable>;
