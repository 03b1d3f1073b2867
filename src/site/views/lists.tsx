import { t } from "../../lang/messages.js";
import { categoryUrl, latestUrl } from "../urls.js";
import type { CardContext, HomeView, ListView, MessageView } from "../view-models.js";
import { Card } from "./cards.js";
import { MostReadBox } from "./most-read.js";

export function HomePage({ view, ctx }: { view: HomeView; ctx: CardContext }) {
  const { locale } = ctx;
  const [lead, ...rest] = view.top;
  return (
    <>
      <h1 class="sr">
        {t(locale, "siteName")} — {t(locale, "siteTagline")}
      </h1>
      <div class="home-top">
        <section aria-labelledby="top-title" class="top-stories">
          <h2 id="top-title">{t(locale, "topStories")}</h2>
          {lead ? <Card card={lead} ctx={ctx} variant="lead" /> : <p>{t(locale, "emptyList")}</p>}
          <div class="grid">
            {rest.map((card) => (
              <Card card={card} ctx={ctx} />
            ))}
          </div>
          <p class="more">
            <a href={latestUrl(locale)}>{t(locale, "allLatestNews")} →</a>
          </p>
        </section>
        <MostReadBox lists={view.mostRead} ctx={ctx} />
      </div>
      {view.sections.map(({ category, cards }) => (
        <section class="section" aria-labelledby={`sec-${category.slug}`}>
          <h2 id={`sec-${category.slug}`}>
            <a href={categoryUrl(locale, category.slug)}>{category.name}</a>
          </h2>
          <div class="grid">
            {cards.map((card) => (
              <Card card={card} ctx={ctx} />
            ))}
          </div>
          <p class="more">
            <a href={categoryUrl(locale, category.slug)}>{t(locale, "allNewsIn", { category: category.name })} →</a>
          </p>
        </section>
      ))}
    </>
  );
}

/** A category, tag, author or latest-news page: newest first, paginated. */
export function ListPage({ view, ctx }: { view: ListView; ctx: CardContext }) {
  const { locale } = ctx;
  const { page, older, newer, pageUrl } = view;
  return (
    <>
      <h1>
        {view.heading.title}
        {page > 1 ? <span class="page-no"> · {t(locale, "page", { page })}</span> : null}
      </h1>
      {view.intro && page === 1 ? <p class="intro">{view.intro}</p> : null}
      {view.cards.length ? (
        <div class="grid list">
          {view.cards.map((card) => (
            <Card card={card} ctx={ctx} headingLevel={2} />
          ))}
        </div>
      ) : (
        <p>{t(locale, "emptyList")}</p>
      )}
      {newer || older ? (
        <nav class="pager" aria-label={t(locale, "pagination")}>
          {newer ? (
            <a rel="prev" href={pageUrl(newer)}>
              ← {t(locale, "newer")}
            </a>
          ) : null}
          <span>{page}</span>
          {older ? (
            <a rel="next" href={pageUrl(older)}>
              {t(locale, "older")} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

export function MessagePage({ view: { title, text, back } }: { view: MessageView }) {
  return (
    <section class="message">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </section>
  );
}
