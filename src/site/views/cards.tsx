import { excerpt } from "../../content/excerpt.js";
import { formatNumber, formatRelativeTime } from "../../lang/format.js";
import { t } from "../../lang/messages.js";
import { pictureSet } from "../pictures.js";
import { articleUrl, categoryUrl } from "../urls.js";
import type { ArticleCard, CardContext } from "../view-models.js";

/** A cover as `<picture>`: AVIF and WebP sources when the medium has them, the `<img>` fallback with every width. */
export function CoverImage({ cover, alt, sizes, eager }: { cover: NonNullable<ArticleCard["cover"]>; alt: string; sizes: string; eager?: boolean }) {
  const set = pictureSet(cover);
  return (
    <picture>
      {set.sources.map((source) => (
        <source type={source.type} srcset={source.srcset} sizes={sizes} />
      ))}
      <img
        src={set.src}
        srcset={set.srcset}
        sizes={sizes}
        width={cover.width}
        height={cover.height}
        alt={alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
      />
    </picture>
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
