import { REACTIONS, REACTION_EMOJI, type ReactionKind } from "../../engagement/reactions.js";
import { formatDate, formatNumber, formatTime } from "../../lang/format.js";
import { t, type MessageKey } from "../../lang/messages.js";
import { coverAlt } from "../pictures.js";
import { authorUrl, categoryUrl, engagementUrls, tagUrl } from "../urls.js";
import type { ArticleView, CardContext } from "../view-models.js";
import { Card, CoverImage, Time } from "./cards.js";
import { MostReadBox } from "./most-read.js";

const REACTION_LABEL: Record<ReactionKind, MessageKey> = {
  like: "reactionLike",
  love: "reactionLove",
  laugh: "reactionLaugh",
  sad: "reactionSad",
  angry: "reactionAngry",
};

/** `mine`: the visitor's reaction, known only on the personal page after the no-JS form. */
export function ArticlePage({ view, ctx, mine = null }: { view: ArticleView; ctx: CardContext; mine?: ReactionKind | null }) {
  const { article, reactions } = view;
  const { locale } = ctx;
  const api = engagementUrls(article.id);
  return (
    <>
      <article class="story">
        <header>
          <p class="meta">
            {article.breaking ? <strong class="breaking">{t(locale, "breaking")}</strong> : null}{" "}
            <a href={categoryUrl(locale, article.categorySlug)} class="cat">
              {article.categoryName}
            </a>{" "}
            <Time iso={article.publishedAt} ctx={ctx} />{" "}
            <span class="views" data-xabar="views" data-article-id={article.id} title={t(locale, "views")}>
              <span aria-hidden="true">👁</span> <span class="count">{formatNumber(article.views, locale)}</span>
              <span class="sr">{t(locale, "views")}</span>
            </span>
          </p>
          <h1>{article.title}</h1>
          {article.lead ? <p class="lead">{article.lead}</p> : null}
        </header>
        {article.cover ? (
          <figure class="cover">
            <CoverImage cover={article.cover} alt={coverAlt(article)} sizes="(min-width: 48em) 46em, 100vw" eager />
            {article.cover.caption ? <figcaption>{article.cover.caption}</figcaption> : null}
          </figure>
        ) : null}
        <div class="body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.sourceName ? (
          <p class="source">
            {t(locale, "source")}:{" "}
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noopener nofollow">
                {article.sourceName}
              </a>
            ) : (
              article.sourceName
            )}
          </p>
        ) : null}
        {view.corrections.length ? (
          <aside class="corrections" aria-label={t(locale, "correction")}>
            {view.corrections.map((correction) => (
              <p>
                <strong>{t(locale, "correction")}</strong>{" "}
                <time dateTime={correction.createdAt}>
                  {formatDate(new Date(correction.createdAt), locale, ctx.timeZone)}, {formatTime(new Date(correction.createdAt), locale, ctx.timeZone)}
                </time>
                : {correction.text}
              </p>
            ))}
          </aside>
        ) : null}
        {article.authorName ? (
          <p class="author">
            {t(locale, "author")}:{" "}
            {article.authorSlug ? (
              <a href={authorUrl(locale, article.authorSlug)} rel="author">
                {article.authorName}
              </a>
            ) : (
              article.authorName
            )}
          </p>
        ) : null}
        {view.tags.length ? (
          <ul class="tags" aria-label={t(locale, "tags")}>
            {view.tags.map((tag) => (
              <li>
                <a href={tagUrl(locale, tag.slug)}>#{tag.name}</a>
              </li>
            ))}
          </ul>
        ) : null}
        <form class="reactions" data-xabar="reactions" data-article-id={article.id} method="post" action={api.reactions} aria-label={t(locale, "reactions")}>
          <input type="hidden" name="back" value={view.canonical} />
          {REACTIONS.map((kind) => (
            <button
              type="submit"
              name="reaction"
              value={kind}
              aria-pressed={kind === mine ? "true" : "false"}
              data-reaction={kind}
              title={t(locale, REACTION_LABEL[kind])}
            >
              <span aria-hidden="true">{REACTION_EMOJI[kind]}</span> <span class="count">{formatNumber(reactions[kind], locale)}</span>
              <span class="sr">{t(locale, REACTION_LABEL[kind])}</span>
            </button>
          ))}
        </form>
      </article>
      {view.similar.length ? (
        <section class="similar" data-xabar="similar" aria-labelledby="similar-title">
          <h2 id="similar-title">{t(locale, "similarNews")}</h2>
          <div class="grid">
            {view.similar.map((card) => (
              <Card card={card} ctx={ctx} xabar="similar-item" />
            ))}
          </div>
        </section>
      ) : null}
      <MostReadBox lists={view.mostRead} ctx={ctx} class="most-read most-read-wide" />
    </>
  );
}
