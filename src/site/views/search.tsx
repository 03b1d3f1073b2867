import { formatRelativeTime } from "../../lang/format.js";
import { t } from "../../lang/messages.js";
import { articleUrl, categoryUrl, searchUrl } from "../urls.js";
import type { CardContext, SearchHit, SearchView, TextPart } from "../view-models.js";

/** Text with the words the query found in `<mark>`; preact escapes every part. */
function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((p) => (p.hit ? <mark>{p.text}</mark> : p.text))}</>;
}

function Result({ hit, ctx }: { hit: SearchHit; ctx: CardContext }) {
  const { locale } = ctx;
  return (
    <li class="result">
      <h2>
        <a href={articleUrl(hit.locale, hit.categorySlug, hit.id, hit.slug)}>
          <Marked parts={hit.titleParts} />
        </a>
      </h2>
      <p class="meta">
        <a href={categoryUrl(locale, hit.categorySlug)}>{hit.categoryName}</a> ·{" "}
        <time dateTime={hit.publishedAt}>{formatRelativeTime(new Date(hit.publishedAt), ctx.now, locale, ctx.timeZone)}</time>
      </p>
      <p class="snippet">
        <Marked parts={hit.snippet} />
      </p>
    </li>
  );
}

/** The search form (a GET form: works without JS, and its URL is the results page's). */
function SearchForm({ view, ctx }: { view: SearchView; ctx: CardContext }) {
  const { locale } = ctx;
  return (
    <form class="search-form" role="search" action={searchUrl(locale)} method="get">
      <p class="search-q">
        <label for="search-q">{t(locale, "searchLabel")}</label>
        <input id="search-q" type="search" name="q" value={view.q} maxLength={200} autoComplete="off" />
        <button type="submit">{t(locale, "searchButton")}</button>
      </p>
      <p class="search-filters">
        <label>
          {t(locale, "searchCategory")}{" "}
          <select name="category">
            <option value="">{t(locale, "searchAllCategories")}</option>
            {view.categories.map((c) => (
              <option value={c.slug} selected={c.slug === view.category}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(locale, "searchFrom")} <input type="date" name="from" value={view.from ?? ""} />
        </label>
        <label>
          {t(locale, "searchTo")} <input type="date" name="to" value={view.to ?? ""} />
        </label>
      </p>
    </form>
  );
}

/** `/{lc}/search`: the form, then the results (or a word on why there are none) and the pager. */
export function SearchPage({ view, ctx }: { view: SearchView; ctx: CardContext }) {
  const { locale } = ctx;
  return (
    <section class="search" aria-labelledby="search-title">
      <h1 id="search-title">
        {view.q ? t(locale, "searchResultsFor", { q: view.q }) : t(locale, "searchTitle")}
        {view.page > 1 ? <span class="page-no"> · {t(locale, "page", { page: view.page })}</span> : null}
      </h1>
      <SearchForm view={view} ctx={ctx} />
      {!view.searched ? (
        <p class="search-hint">{t(locale, "searchHint")}</p>
      ) : view.hits.length ? (
        <ol class="results">
          {view.hits.map((hit) => (
            <Result hit={hit} ctx={ctx} />
          ))}
        </ol>
      ) : (
        <p class="search-none">{t(locale, "searchNoResults")}</p>
      )}
      {view.previousUrl || view.nextUrl ? (
        <nav class="pager" aria-label={t(locale, "pagination")}>
          {view.previousUrl ? (
            <a rel="prev" href={view.previousUrl}>
              ← {t(locale, "searchPrevious")}
            </a>
          ) : null}
          <span>{view.page}</span>
          {view.nextUrl ? (
            <a rel="next" href={view.nextUrl}>
              {t(locale, "searchNext")} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
