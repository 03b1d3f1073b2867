/**
 * Translating beside the source: the source rendition's text on the left (read-only), for a uz-Cyrl
 * rendition the "re-derive from Latin" diff with apply, and adding a rendition in another language.
 */
import { type FormEvent, useEffect, useState } from "react";
import { call, get, post } from "../api.js";
import { useSession } from "../app.js";
import { LOCALES, LOCALE_NAMES, errorSummary, localeName } from "../messages.js";
import { Diff } from "./History.js";

interface Source {
  title: string;
  lead: string;
  body: string;
  locale: string;
}
type DiffPart = { op: "=" | "+" | "-"; text: string };

/** The source rendition's text, for a translation. */
export function SourceText({ id }: { id: number }) {
  const { t } = useSession();
  const [source, setSource] = useState<Source | null>(null);
  useEffect(() => {
    void get<{ article: Source }>(`/api/admin/articles/${id}`).then((answer) => setSource(answer.article));
  }, [id]);
  if (!source) return null;
  return (
    <section className="source-text" aria-label={t("source")} lang={source.locale === "oz" ? "uz-Cyrl" : source.locale}>
      <h2>
        {t("source")} ({localeName(source.locale)})
      </h2>
      <h3>{source.title}</h3>
      {source.lead ? <p className="muted">{source.lead}</p> : null}
      <div className="prose readonly" dangerouslySetInnerHTML={{ __html: source.body }} />
    </section>
  );
}

/** "Re-derive from Latin": the diff first, then apply it (If-Match: nobody's edit is lost in between). */
export function Rederive({ id, version, onApplied }: { id: number; version: number; onApplied: () => void }) {
  const { t, locale } = useSession();
  const [diff, setDiff] = useState<Record<string, DiffPart[]> | null>(null);
  const [problem, setProblem] = useState("");
  const show = async () => {
    const answer = await post<{ diff: Record<string, DiffPart[]> }>(`/api/admin/articles/${id}/rederive`).catch(() => undefined);
    if (answer) setDiff(answer.diff);
  };
  const apply = async () => {
    try {
      await call("POST", `/api/admin/articles/${id}/rederive?confirm=1`, {}, { "if-match": `"${version}"` });
      setDiff(null);
      onApplied();
    } catch (error) {
      setProblem(errorSummary(locale, error));
    }
  };
  return (
    <div className="rederive">
      <button type="button" className="secondary" onClick={() => void show()}>
        {t("rederive")}
      </button>
      {problem ? <p className="alert">{problem}</p> : null}
      {diff ? (
        Object.keys(diff).length === 0 ? (
          <p className="muted">{t("nothingToChange")}</p>
        ) : (
          <div className="diffs">
            {Object.entries(diff).map(([field, parts]) => (
              <Diff key={field} parts={parts} />
            ))}
            <button type="button" onClick={() => void apply()}>
              {t("rederiveApply")}
            </button>
          </div>
        )
      ) : null}
    </div>
  );
}

/** A rendition in a language the story does not have yet. */
/** `only`: the languages this user may add (a translator's). */
export function AddTranslation({ storyId, have, only }: { storyId: number; have: string[]; only?: string[] }) {
  const { t, locale, navigate } = useSession();
  const missing = LOCALES.filter((lc) => !have.includes(lc) && (!only || only.includes(lc)));
  const [language, setLanguage] = useState<string>(missing[0] ?? "");
  const [title, setTitle] = useState("");
  const [problem, setProblem] = useState("");
  if (missing.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const added = await post<{ articles: Array<{ id: number }> }>(`/api/admin/stories/${storyId}/renditions`, { locale: language, title });
      navigate(`/admin/articles/${added.articles[0]?.id ?? 0}`);
    } catch (error) {
      setProblem(errorSummary(locale, error));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="add-translation">
      <h2>{t("addTranslation")}</h2>
      {problem ? <p className="alert">{problem}</p> : null}
      <label>
        {t("filterLocale")}
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {missing.map((lc) => (
            <option key={lc} value={lc}>
              {LOCALE_NAMES[lc]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("title")}
        <input required value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <button type="submit" className="secondary">
        {t("addTranslation")}
      </button>
    </form>
  );
}
