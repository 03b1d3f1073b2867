/**
 * Turning a page into HTML: the layout around the body. Also the message page that needs nothing
 * from the database, for errors whose cause may be the database itself.
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Locale } from "../lang/locales.js";
import { type MessageKey, t } from "../lang/messages.js";
import { latinProfileHtml } from "../lang/translit.js";
import { homeUrl } from "./urls.js";
import type { Chrome, HeadInfo } from "./view-models.js";
import { Layout } from "./views/layout.js";
import { MessagePage } from "./views/lists.js";

export function renderDocument(chrome: Chrome, head: HeadInfo, body: VNode): string {
  const html = `<!doctype html>${renderToString(
    <Layout chrome={chrome} head={head}>
      {body}
    </Layout>,
  )}`;
  // The archive is in the 1995 alphabet; a profile changes what readers see, once per render
  // (pages are cached after it). Structured data (JSON-LD) keeps the archive's spelling.
  return chrome.latinProfile ? latinProfileHtml(html, chrome.latinProfile) : html;
}

/** A message page without the site's navigation: rendered from the catalogue alone. */
export function renderStandaloneMessage(locale: Locale, title: MessageKey, text: MessageKey, site: { siteUrl: string; assets: Chrome["assets"] }): string {
  const chrome: Chrome = { locale, siteUrl: site.siteUrl, assets: site.assets, categories: [], year: new Date().getFullYear() };
  const head: HeadInfo = { title: t(locale, title), description: t(locale, text), canonical: homeUrl(locale), alternates: [], ogType: "website" };
  const view = { title: t(locale, title), text: t(locale, text), back: { href: homeUrl(locale), label: t(locale, "backHome") } };
  return renderDocument(chrome, head, <MessagePage view={view} />);
}
