/** The stories: filters by status, language, category, text and a missing translation; keyset pages ("show more"). */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { get } from "../api.js";
import { useSession } from "../app.js";
import { LOCALES, LOCALE_NAMES, LOCALE_TAGS, localeName } from "../messages.js";
import { STATUSES, STATUS_LABEL, type Status, formatTime, nameIn, useCategories } from "../taxonomy.js";

interface Item {
  id: number;
  locale: string;
  status: Status;
  title: string;
  categorySlug: string;
  updatedAt: string;
  publishedAt: string | null;
  derived: boolean;
  createdBy: { name: string } | null;
  editing: { userId: number; name: string } | null;
}

type Filters = Record<"status" | "locale" | "category" | "q" | "missing", string>;
const NO_FILTERS: Filters = { status: "", locale: "", category: "", q: "", missing: "" };

function queryOf(filters: Filters, cursor?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", "30");
  return params.toString();
}

export function StoriesList() {
  const { t, locale, navigate, user } = useSession();
  const categories = useCategories();
  // The filters a link may carry (the review queue is `?status=review`).
  const [initial] = useState<Filters>(() => {
    const query = new URLSearchParams(location.search);
    return Object.fromEntries(Object.keys(NO_FILTERS).map((key) => [key, query.get(key) ?? ""])) as Filters;
  });
  const [draft, setDraft] = useState<Filters>(initial);
  const [filters, setFilters] = useState<Filters>(initial);
  const [items, setItems] = useState<Item[]>([]);
  const [next, setNext] = useState<string | null>(null);

  const load = useCallback(async (wanted: Filters, cursor?: string) => {
    const page = await get<{ articles: Item[]; nextCursor: string | null }>(`/api/admin/articles?${queryOf(wanted, cursor)}`);
    setItems((shown) => (cursor ? [...shown, ...page.articles] : page.articles));
    setNext(page.nextCursor);
  }, []);
  useEffect(() => {
    void load(filters);
  }, [filters, load]);

  const select = (key: keyof Filters, label: string, options: Array<[string, string]>) => (
    <label>
      {label}
      <select value={draft[key]} onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}>
        <option value="">{t("any")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const categoryName = (slug: string): string => {
    const found = categories.find((c) => c.slug === slug);
    return found ? nameIn(found, locale) : slug;
  };
  const languages = LOCALES.map((lc): [string, string] => [lc, LOCALE_NAMES[lc]]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  return (
    <>
      <h1>{t("stories")}</h1>
      <form className="filters" onSubmit={submit} role="search">
        {select(
          "status",
          t("filterStatus"),
          STATUSES.map((s) => [s, t(STATUS_LABEL[s])]),
        )}
        {select("locale", t("filterLocale"), languages)}
        {select(
          "category",
          t("filterCategory"),
          categories.map((c) => [c.slug, nameIn(c, locale)]),
        )}
        {select("missing", t("filterMissing"), languages)}
        <label>
          {t("filterText")}
          <input type="search" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
        </label>
        <button type="submit">{t("apply")}</button>
      </form>
      {items.length === 0 ? <p className="muted">{t("noArticles")}</p> : null}
      {items.length ? (
        <table className="list">
          <thead>
            <tr>
              <th>{t("title")}</th>
              <th>{t("filterStatus")}</th>
              <th>{t("filterLocale")}</th>
              <th className="wide">{t("category")}</th>
              <th className="wide">{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <a
                    href={`/admin/articles/${item.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(`/admin/articles/${item.id}`);
                    }}
                  >
                    {item.title}
                  </a>
                  {item.editing && item.editing.userId !== user.id ? <div className="muted">{t("editing", { name: item.editing.name })}</div> : null}
                </td>
                <td>
                  <span className={`badge ${item.status}`}>{t(STATUS_LABEL[item.status])}</span>
                  {item.status === "scheduled" && item.publishedAt ? <div className="muted">{formatTime(item.publishedAt, LOCALE_TAGS[locale])}</div> : null}
                </td>
                <td>{localeName(item.locale)}</td>
                <td className="wide">{categoryName(item.categorySlug)}</td>
                <td className="wide">{formatTime(item.updatedAt, LOCALE_TAGS[locale])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {next ? (
        <button type="button" className="secondary" onClick={() => void load(filters, next)}>
          {t("more")}
        </button>
      ) : null}
    </>
  );
}
