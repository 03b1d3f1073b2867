import { excerpt } from "../../content/excerpt.js";
import { formatNumber, formatRelativeTime } from "../../lang/format.js";
import { t } from "../../lang/messages.js";
import { articleUrl, categoryUrl, mediaUrl } from "../urls.js";
import type { ArticleCard, CardContext, Cover } from "../view-models.js";

export function CoverImage({ cover, alt, sizes, eager }: { cover: Cover; alt: string; sizes: string; eager?: boolean }) {
  const widths = [...cover.variants].sort((a, b) => a - b);
  const fallback = widths.find((w) => w >= 640) ?? widths[widths.length - 1] ?? cover.width;
  return (
    <img
      src={mediaUrl(cover.file, fallback)}
      srcset={widths.map((w) => `${mediaUrl(cover.file, w)} ${w}w`).join(", ")}
      sizes={sizes}
      width={cover.width}
      height={cover.height}
      alt={alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
    />
  );
}

export function Time({ iso, ctx }: { iso: string; ctx: CardContext }) {
  return <time dateTime={iso}>{formatRelativeTime(new Date(iso), ctx.now, ctx.locale, ctx.timeZone)}</time>;
}

/** A story card: image, title, excerpt, category and relative time. */
export function Card({
  card,
  ctx,
  variant = "normal",
  xabar,
  headingLevel = 3,
}: {
  card: ArticleCard;
  ctx: CardContext;
  variant?: "normal" | "lead" | "compact";
  xabar?: string;
  headingLevel?: 2 | 3;
}) {
  const href = articleUrl(ctx.locale, card.categorySlug, card.id, card.slug);
  const Heading = variant === "lead" || headingLevel === 2 ? "h2" : "h3";
  return (
    <article class={`card card-${variant}`} data-xabar={xabar}>
      {card.cover && variant !== "compact" ? (
        <a href={href} tabIndex={-1} aria-hidden="true" class="card-img">
          <CoverImage
            cover={card.cover}
            alt=""
            sizes={variant === "lead" ? "(min-width: 60em) 40em, 100vw" : "(min-width: 40em) 20em, 100vw"}
            eager={variant === "lead"}
          />
        </a>
      ) : null}
      <div class="card-text">
        <Heading>
          <a href={href}>{card.title}</a>
        </Heading>
        {variant !== "compact" ? <p class="excerpt">{excerpt(card.lead || card.bodyStart, 200)}</p> : null}
        <p class="meta">
          <a href={categoryUrl(ctx.locale, card.categorySlug)}>{card.categoryName}</a> <Time iso={card.publishedAt} ctx={ctx} />
          {variant === "compact" ? (
            <span class="views">
              {" · "}
              {t(ctx.locale, "viewsCount", { count: formatNumber(card.views, ctx.locale) })}
            </span>
          ) : null}
        </p>
      </div>
    </article>
  );
}
