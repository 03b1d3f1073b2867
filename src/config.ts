/**
 * Configuration: environment variables → one typed, validated object. Every default lives here.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import * as z from "zod";
import { DEFAULT_LATIN_PROFILE, LATIN_PROFILES } from "./lang/translit-profile.js";

const boolean = z.enum(["1", "0", "true", "false", "yes", "no", "on", "off"]).transform((v) => ["1", "true", "yes", "on"].includes(v));

/** A setting holding JSON, validated by `inner`. */
function jsonOf<T extends z.ZodType>(inner: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON" });
        return z.NEVER;
      }
    })
    .pipe(inner);
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** postgres://… to run on PostgreSQL; empty for the embedded SQLite file in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  /** A PostgreSQL schema of its own (created when missing), e.g. for several sites on one server. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "lowercase letters, digits and _")
    .optional(),
  /** Opening a PostgreSQL connection may take this long (ms; 0: no limit). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(3_000),
  /** A statement of the serving process may run this long (ms; 0: no limit); migrations and CLI commands have none. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /** A query may wait this long for a free connection of the pool (ms; 0: no limit). */
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(3_000),
  /** redis://… to share invalidations and rate limits between instances. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
  /** Prefix of Redis keys and channels, so that several sites can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .default("xabar"),
  /** Called with POST {"keys": [...]} after a change, to purge a CDN by Surrogate-Key. */
  CDN_PURGE_URL: z.url().optional(),
  /** An editor's transliteration exceptions (JSON), used by the site's derived Cyrillic and the CLI. */
  XABAR_TRANSLIT_EXCEPTIONS: z.string().min(1).optional(),
  /**
   * The Latin alphabet the site shows Uzbek Latin in: "1995" (the archive's), or "reform" (Oʻ→Õ,
   * Gʻ→Ğ, Sh→Ş, Ch→Ç), applied when a page is rendered; what is stored never changes.
   */
  TRANSLIT_PROFILE: z.enum(LATIN_PROFILES).default(DEFAULT_LATIN_PROFILE),
  /** Signs visitor ids and hashes view marks; every instance of a site needs the same. Kept in DATA_DIR when not set. */
  XABAR_SECRET: z.string().min(32, "at least 32 characters").max(200).optional(),
  /** Where the SQLite file and media live. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** Public origin used in canonical URLs, feeds and OpenGraph; http://localhost:PORT when not set. */
  SITE_URL: z.url().optional(),
  TIME_ZONE: z
    .string()
    .min(1)
    .default("Asia/Tashkent")
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "unknown time zone (use an IANA name such as Asia/Tashkent)"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** "pretty" (readable lines), "json" (one object a line), or "auto": pretty when stdout is a terminal. */
  LOG_FORMAT: z.enum(["auto", "pretty", "json"]).default("auto"),
  /** On a start with no users at all, the first admin's email and password. */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "at least 10 characters").max(1_000).optional(),
  /** Seed demo content when the database has no stories. */
  SEED_DEMO: boolean.default(true),
  PAGE_CACHE: boolean.default(true),
  /** How long a rendered page is served from the in-process cache before it is rendered again. */
  PAGE_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  PAGE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(10).default(5_000),
  VIEW_FLUSH_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
  /** How often an instance looks for due jobs (scheduled publishing). */
  JOB_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1_000),
  /** Behind a proxy: how many hops of X-Forwarded-For to believe (0: none, the default). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Shed load (503 + Retry-After) when the event loop lags more than this. */
  OVERLOAD_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** Also shed load when the JavaScript heap holds more than this many MB (off when not set). */
  OVERLOAD_HEAP_USED_MB: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** The largest upload to the media library, in bytes (20 MB). */
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .default(20 * 1024 * 1024),
  /** Uploads with more pixels (width × height) are refused before decoding: decompression bombs. */
  MEDIA_MAX_PIXELS: z.coerce.number().int().min(1).default(50_000_000),
  /** Images processed at once per process; the rest queue, so uploads cannot starve the pages. */
  MEDIA_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** libvips threads per image (sharp.concurrency); by default one core less than the machine has, at least one. */
  MEDIA_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  /** `/metrics` answers only `Authorization: Bearer <this>`; unset, there is no /metrics (404). */
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,200}$/, "16 to 200 printable ASCII characters, no spaces")
    .optional(),
  /** Full-text search ranks at most this many of the newest articles that match a query (bounds a query that matches half the archive). */
  SEARCH_CANDIDATES: z.coerce.number().int().min(20).max(20_000).default(200),
  /** Engagement API calls per address per minute. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Public content API (/api/v1): origins allowed to read it from a browser: "*" (any: the reads are public and take no credentials), "none", or a comma list of origins. */
  API_CORS_ORIGINS: z
    .string()
    .default("*")
    .transform((text, ctx): "*" | "none" | string[] => {
      const value = text.trim();
      if (value === "*" || value === "none") return value;
      const origins = value.split(",").map((part) => part.trim());
      for (const origin of origins) {
        if (!/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin))
          ctx.addIssue({ code: "custom", message: `"${origin}" is not an origin (https://host[:port])` });
      }
      return origins.map((origin) => origin.toLowerCase());
    }),
  /** Public content API: how long browsers and CDNs may keep an answer (Cache-Control max-age), and serve it stale while they refresh it. */
  API_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  API_STALE_WHILE_REVALIDATE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Public content API calls per address per minute. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Items in each RSS, Atom and JSON feed: the newest this many. */
  FEED_ITEMS: z.coerce.number().int().min(20).max(50).default(30),
  /** Feeds carry the whole article (content:encoded, Atom content, JSON content_html); off: the lead or an excerpt, and a link to the site. */
  FEED_FULL_TEXT: boolean.default(false),
  /** URLs per article sitemap file; a month with more is split into numbered files (the protocol's bound is 50,000 URLs and 50 MB). */
  SITEMAP_MAX_URLS: z.coerce.number().int().min(100).max(50_000).default(10_000),
  /** IndexNow key (8–128 letters, digits, dashes): set, published and updated articles are submitted and /{key}.txt is served; unset, off. */
  INDEXNOW_KEY: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,128}$/, "8 to 128 letters, digits and dashes")
    .optional(),
  INDEXNOW_URL: z.url().default("https://api.indexnow.org/indexnow"),
  WEATHER_API_URL: z.url().default("https://api.open-meteo.com/v1/forecast"),
  WEATHER_CITY: z.string().min(1).default("tashkent"),
  /** The city's name per locale when it is not Tashkent: {"uz":"Samarqand","ru":"Самарканд","en":"Samarkand"}. */
  WEATHER_CITY_NAMES: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON" });
        return z.NEVER;
      }
    })
    .pipe(z.object({ uz: z.string().min(1), ru: z.string().min(1), en: z.string().min(1), oz: z.string().min(1).optional() }))
    .optional(),
  WEATHER_LATITUDE: z.coerce.number().min(-90).max(90).default(41.2995),
  WEATHER_LONGITUDE: z.coerce.number().min(-180).max(180).default(69.2401),
  WEATHER_REFRESH_MS: z.coerce.number().int().min(1_000).default(600_000),
  WEATHER_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** The Central Bank of Uzbekistan's rates (JSON); `…/all/YYYY-MM-DD/` below it gives a past day. */
  CBU_API_URL: z.url().default("https://cbu.uz/uz/arkhiv-kursov-valyut/json/"),
  /** How often the rates are fetched (the CBU sets them once a day). */
  RATES_REFRESH_MS: z.coerce.number().int().min(1_000).default(3_600_000),
  RATES_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** The currencies the strip shows, in order (the rates page shows all). */
  RATES_CURRENCIES: z
    .string()
    .transform((text) => text.split(",").map((c) => c.trim().toUpperCase()))
    .pipe(
      z
        .array(z.string().regex(/^[A-Z]{3}$/, "three-letter codes, comma-separated"))
        .min(1)
        .max(10),
    )
    .default(["USD", "EUR", "RUB"]),
  /** Days of history fetched on the first run (the chart's span). */
  RATES_HISTORY_DAYS: z.coerce.number().int().min(1).max(366).default(30),
  /** The bot that posts to the channels (from @BotFather); without it nothing goes to Telegram. */
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, "a token from @BotFather: digits, a colon, then letters, digits, _ and -")
    .optional(),
  TELEGRAM_API_URL: z.url().default("https://api.telegram.org"),
  /** The channel of each locale: {"uz":"@kanal_uz","oz":"@kanal_oz","ru":"-1001234567890","en":"@kanal_en"}; a locale without one is not posted. */
  TELEGRAM_CHANNELS: jsonOf(
    z.partialRecord(z.enum(["uz", "oz", "ru", "en"]), z.string().regex(/^(@[A-Za-z0-9_]{4,32}|-?\d{1,20})$/, "@name or a numeric id")),
  ).default({}),
  TELEGRAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** At least this long between two messages to one channel, per instance (Telegram: about one a second); 30 a second in all. */
  TELEGRAM_CHANNEL_INTERVAL_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  /** Receivers of article.published / updated / unpublished: a JSON list of URLs or of {"url","secret"}, or URLs separated by commas. */
  WEBHOOK_URLS: z
    .string()
    .transform((text, ctx) => {
      const trimmed = text.trim();
      if (!trimmed.startsWith("["))
        return trimmed
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean);
      try {
        return JSON.parse(trimmed) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "must be JSON or URLs separated by commas" });
        return z.NEVER;
      }
    })
    .pipe(
      z
        .array(z.union([z.url({ protocol: /^https?$/ }), z.object({ url: z.url({ protocol: /^https?$/ }), secret: z.string().min(16).max(200).optional() })]))
        .max(20),
    )
    .default([]),
  /** Signs every webhook (X-Xabar-Signature) whose URL has no secret of its own. */
  WEBHOOK_SECRET: z.string().min(16, "at least 16 characters").max(200).optional(),
  /** Deliver webhooks to private, loopback and link-local addresses too (a receiver on the same network); off by default. */
  WEBHOOKS_ALLOW_PRIVATE: boolean.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});

export class ConfigError extends Error {}

/** The environment's names → the shape the code uses (grouped, paths resolved, URLs trimmed). */
function toConfig(c: z.output<typeof schema>) {
  const dataDir = resolve(c.DATA_DIR);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    dataDir,
    secret: c.XABAR_SECRET,
    databaseUrl: c.DATABASE_URL,
    databaseSchema: c.DATABASE_SCHEMA,
    databaseFile: resolve(dataDir, "xabar.sqlite"),
    databaseTimeouts: {
      connectMs: c.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: c.DATABASE_STATEMENT_TIMEOUT_MS,
      acquireMs: c.DATABASE_ACQUIRE_TIMEOUT_MS,
    },
    mediaDir: resolve(dataDir, "media"),
    media: {
      maxBytes: c.MEDIA_MAX_BYTES,
      maxPixels: c.MEDIA_MAX_PIXELS,
      concurrency: c.MEDIA_CONCURRENCY,
      threads: c.MEDIA_THREADS ?? Math.max(1, availableParallelism() - 1),
    },
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    cdnPurgeUrl: c.CDN_PURGE_URL,
    translitExceptions: c.XABAR_TRANSLIT_EXCEPTIONS,
    translitProfile: c.TRANSLIT_PROFILE,
    siteUrl: c.SITE_URL?.replace(/\/+$/, "") ?? `http://localhost:${c.PORT}`,
    timeZone: c.TIME_ZONE,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT,
    seedDemo: c.SEED_DEMO,
    ...(c.ADMIN_EMAIL && c.ADMIN_PASSWORD ? { firstAdmin: { email: c.ADMIN_EMAIL, password: c.ADMIN_PASSWORD } } : {}),
    pageCache: { enabled: c.PAGE_CACHE, ttlSeconds: c.PAGE_CACHE_TTL_SECONDS, maxEntries: c.PAGE_CACHE_MAX_ENTRIES },
    viewFlushMs: c.VIEW_FLUSH_MS,
    jobPollMs: c.JOB_POLL_MS,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    searchCandidates: c.SEARCH_CANDIDATES,
    metricsToken: c.METRICS_TOKEN,
    publicApi: {
      corsOrigins: c.API_CORS_ORIGINS,
      maxAgeSeconds: c.API_CACHE_MAX_AGE_SECONDS,
      staleWhileRevalidateSeconds: c.API_STALE_WHILE_REVALIDATE_SECONDS,
      rateLimitPerMinute: c.API_RATE_LIMIT_PER_MINUTE,
    },
    overloadEventLoopDelayMs: c.OVERLOAD_EVENT_LOOP_DELAY_MS,
    overloadHeapUsedBytes: c.OVERLOAD_HEAP_USED_MB === undefined ? undefined : c.OVERLOAD_HEAP_USED_MB * 1024 * 1024,
    trustProxyHops: c.TRUST_PROXY,
    feeds: { items: c.FEED_ITEMS, fullText: c.FEED_FULL_TEXT },
    sitemapMaxUrls: c.SITEMAP_MAX_URLS,
    indexNow: c.INDEXNOW_KEY ? { key: c.INDEXNOW_KEY, endpoint: c.INDEXNOW_URL } : undefined,
    weather: weatherConfig(c),
    rates: ratesConfig(c),
    ...distributionConfig(c),
  };
}

function weatherConfig(c: z.output<typeof schema>) {
  return {
    apiUrl: c.WEATHER_API_URL,
    city: c.WEATHER_CITY,
    // The city's name per locale when it is not Tashkent; Uzbek Cyrillic, when not given, is
    // derived where it is shown (after the editor's transliteration exceptions are loaded).
    ...(c.WEATHER_CITY_NAMES ? { cityNames: c.WEATHER_CITY_NAMES } : {}),
    latitude: c.WEATHER_LATITUDE,
    longitude: c.WEATHER_LONGITUDE,
    refreshMs: c.WEATHER_REFRESH_MS,
    timeoutMs: c.WEATHER_TIMEOUT_MS,
  };
}

function ratesConfig(c: z.output<typeof schema>) {
  return {
    apiUrl: c.CBU_API_URL.endsWith("/") ? c.CBU_API_URL : `${c.CBU_API_URL}/`,
    refreshMs: c.RATES_REFRESH_MS,
    timeoutMs: c.RATES_TIMEOUT_MS,
    currencies: c.RATES_CURRENCIES,
    historyDays: c.RATES_HISTORY_DAYS,
    timeZone: c.TIME_ZONE,
  };
}

/** Telegram channels and webhooks. */
function distributionConfig(c: z.output<typeof schema>) {
  return {
    telegram: {
      ...(c.TELEGRAM_BOT_TOKEN ? { token: c.TELEGRAM_BOT_TOKEN } : {}),
      apiUrl: c.TELEGRAM_API_URL.replace(/\/+$/, ""),
      channels: c.TELEGRAM_CHANNELS,
      timeoutMs: c.TELEGRAM_TIMEOUT_MS,
      channelIntervalMs: c.TELEGRAM_CHANNEL_INTERVAL_MS,
    },
    webhooks: {
      targets: c.WEBHOOK_URLS.map((t) =>
        typeof t === "string" ? { url: t, secret: c.WEBHOOK_SECRET ?? "" } : { url: t.url, secret: t.secret ?? c.WEBHOOK_SECRET ?? "" },
      ),
      allowPrivate: c.WEBHOOKS_ALLOW_PRIVATE,
      timeoutMs: c.WEBHOOK_TIMEOUT_MS,
    },
  };
}

const configSchema = schema
  .refine((c) => (c.ADMIN_EMAIL === undefined) === (c.ADMIN_PASSWORD === undefined), { message: "set both or neither", path: ["ADMIN_PASSWORD"] })
  .refine((c) => c.WEBHOOK_SECRET !== undefined || c.WEBHOOK_URLS.every((t) => typeof t !== "string" && t.secret !== undefined), {
    message: "webhooks are signed: set WEBHOOK_SECRET, or a secret for each URL",
    path: ["WEBHOOK_SECRET"],
  })
  .transform(toConfig);

/** The configuration, typed by its schema: a setting is declared once, with its default. */
export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
