import type { ComponentChildren } from "preact";
import { LOCALES, LOCALE_INFO, type Locale } from "../../lang/locales.js";
import { type MessageKey, t } from "../../lang/messages.js";
import { ACCENT_HEX } from "../favicon.js";
import { SITE_IMAGE } from "../structured-data.js";
import { ICON_URLS, LATEST, categoryUrl, homeUrl, latestUrl, searchUrl } from "../urls.js";
import type { Alternate, Chrome, HeadInfo } from "../view-models.js";
import { fragmentOf } from "./fragment.js";
import { Change } from "./rates.js";

/** og:locale:alternate: the other translations' OpenGraph locales (uz and oz share one), never the page's own. */
function ogAlternates(locale: Locale, alternates: Alternate[]): string[] {
  const own = LOCALE_INFO[locale].ogLocale;
  return [...new Set(alternates.map((a) => LOCALE_INFO[a.locale].ogLocale))].filter((ogLocale) => ogLocale !== own);
}

/** A JSON document safe inside <script>: no "</script>" or HTML comment can close it early. */
function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

const LANGUAGE_NAME: Record<Locale, MessageKey> = { uz: "languageUz", oz: "languageOz", ru: "languageRu", en: "languageEn" };

function LanguageSwitcher({ chrome, alternates }: { chrome: Chrome; alternates: Alternate[] }) {
  return (
    <nav class="langs" aria-label={t(chrome.locale, "language")}>
      <ul>
        {LOCALES.map((locale) => {
          // Named in the page's language: an English page carries no Cyrillic UI words.
          const target = alternates.find((a) => a.locale === locale)?.href ?? homeUrl(locale);
          return (
            <li>
              <a href={target} hreflang={LOCALE_INFO[locale].tag} aria-current={locale === chrome.locale ? "true" : undefined}>
                {t(chrome.locale, LANGUAGE_NAME[locale])}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The categories' links: the same on every page of a locale (the list is memoised), rendered once per list and current category. */
function categoryLinks({ locale, categories, currentCategory }: Chrome): string {
  return fragmentOf(categories, `${locale} ${currentCategory ?? ""}`, () => (
    <ul>
      <li>
        <a href={latestUrl(locale)} aria-current={currentCategory === LATEST ? "page" : undefined}>
          {t(locale, "latestNews")}
        </a>
      </li>
      {categories.map((c) => (
        <li>
          <a href={categoryUrl(locale, c.slug)} aria-current={c.slug === currentCategory ? "page" : undefined}>
            {c.name}
          </a>
        </li>
      ))}
    </ul>
  ));
}

export function Layout({ chrome, head, children }: { chrome: Chrome; head: HeadInfo; children: ComponentChildren }) {
  const { locale } = chrome;
  const info = LOCALE_INFO[locale];
  const abs = (path: string) => (path.startsWith("http") ? path : `${chrome.siteUrl}${path}`);
  // Pages without a cover are shown with the site's icon.
  const image = head.image ? { url: head.image, ...(head.imageSize ?? { width: SITE_IMAGE.width, height: SITE_IMAGE.height }) } : SITE_IMAGE;
  return (
    <html lang={info.tag}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={abs(head.canonical)} />
        {head.alternates.map((a) => (
          <link rel="alternate" hreflang={LOCALE_INFO[a.locale].tag} href={abs(a.href)} />
        ))}
        {head.xDefault ? <link rel="alternate" hreflang="x-default" href={abs(head.xDefault)} /> : null}
        {head.feeds?.map((feed) => (
          <link rel="alternate" type={feed.type} title={feed.title} href={abs(feed.href)} />
        ))}
        <meta property="og:site_name" content={t(locale, "siteName")} />
        <meta property="og:type" content={head.ogType} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={abs(head.canonical)} />
        <meta property="og:locale" content={info.ogLocale} />
        {ogAlternates(locale, head.alternates).map((ogLocale) => (
          <meta property="og:locale:alternate" content={ogLocale} />
        ))}
        <meta property="og:image" content={abs(image.url)} />
        <meta property="og:image:width" content={String(image.width)} />
        <meta property="og:image:height" content={String(image.height)} />
        {head.image && head.imageAlt ? <meta property="og:image:alt" content={head.imageAlt} /> : null}
        {head.publishedAt ? <meta property="article:published_time" content={head.publishedAt} /> : null}
        {head.modifiedAt ? <meta property="article:modified_time" content={head.modifiedAt} /> : null}
        {head.section ? <meta property="article:section" content={head.section} /> : null}
        {(head.articleTags ?? []).map((tag) => (
          <meta property="article:tag" content={tag} />
        ))}
        <meta name="twitter:card" content={head.image ? "summary_large_image" : "summary"} />
        <meta name="twitter:title" content={head.title} />
        <meta name="twitter:description" content={head.description} />
        <meta name="twitter:image" content={abs(image.url)} />
        <meta name="theme-color" content={ACCENT_HEX} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="apple-touch-icon" href={ICON_URLS.appleTouch} sizes="180x180" />
        <link rel="manifest" href={ICON_URLS.manifest} />
        <link rel="stylesheet" href={chrome.assets.css} />
        {chrome.assets.js ? <script src={chrome.assets.js} defer></script> : null}
        {(head.jsonLd ?? []).map((document) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(document) }} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {t(locale, "skipToContent")}
        </a>
        <header class="top">
          <div class="wrap bar">
            <a class="logo" href={homeUrl(locale)}>
              {t(locale, "siteName")}
            </a>
            <a class="search-link" href={searchUrl(locale)}>
              {t(locale, "search")}
            </a>
            <LanguageSwitcher chrome={chrome} alternates={head.alternates} />
          </div>
          <nav class="wrap cats" aria-label={t(locale, "mainNavigation")} dangerouslySetInnerHTML={{ __html: categoryLinks(chrome) }} />
        </header>
        <aside class="wrap strip" aria-label={t(locale, "todayStrip")}>
          <p class="today" data-xabar="today">
            <span class="label">{t(locale, "today")}</span> {chrome.today ? <a href={chrome.today.href}>{chrome.today.title}</a> : null}
          </p>
          {chrome.weather ? (
            <p class="weather" data-xabar="weather" title={chrome.weather.label}>
              <span class="temp">{chrome.weather.temperature}</span> <span>{chrome.weather.condition}</span>
              <span class="wind">{chrome.weather.wind}</span>
            </p>
          ) : null}
          {chrome.rates ? (
            <p class="rates" data-xabar="rates">
              <a href={chrome.rates.href} title={chrome.rates.label}>
                <span class="sr">{chrome.rates.label}: </span>
                {chrome.rates.items.map((item) => (
                  <span class="rate" data-ccy={item.ccy}>
                    <abbr title={item.name}>{item.ccy}</abbr> {item.value} <Change change={item.change} />
                  </span>
                ))}{" "}
                <span class="rates-date" aria-hidden="true">
                  ({chrome.rates.date})
                </span>
              </a>
            </p>
          ) : null}
        </aside>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="foot">
          <div class="wrap">
            <p>{t(locale, "footerAbout")}</p>
            <p>{t(locale, "footerRights", { year: chrome.year })}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
