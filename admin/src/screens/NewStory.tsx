/**
 * A new story: its language, category and title (the rest is written in the editor it opens).
 * Until the language is picked by hand it follows the title's letters (a Russian title makes a
 * Russian story, not an Uzbek one whose Cyrillic rendition would be transliterated from it).
 */
import { type FormEvent, useState } from "react";
import { detectScript } from "../../../src/lang/detect-script.js";
import { post } from "../api.js";
import { useSession } from "../app.js";
import { LOCALES, LOCALE_NAMES, type Locale, TAG_LOCALE, errorText, fieldTexts } from "../messages.js";
import { NamedSelect } from "../NamedSelect.js";
import { useCategories } from "../taxonomy.js";

export function NewStory() {
  const { t, locale, navigate } = useSession();
  const categories = useCategories();
  const [picked, setPicked] = useState<Locale | null>(null);
  const [category, setCategory] = useState("");
  const [title, setTitle] = useState("");
  const script = detectScript(title);
  const detected = script === "unknown" ? undefined : TAG_LOCALE[script];
  const language = picked ?? detected ?? "uz";
  const followsTitle = picked === null && detected !== undefined;
  // The failure, worded at each render: in the language the interface has now.
  const [failure, setFailure] = useState<unknown>(null);
  const problem = failure === null ? null : { message: errorText(locale, failure), fields: fieldTexts(locale, failure) };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await post<{ articles: Array<{ id: number }> }>("/api/admin/stories", {
        category: category || categories[0]?.slug,
        renditions: { [language]: { title } },
      });
      navigate(`/admin/articles/${created.articles[0]?.id ?? 0}`);
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} style={{ maxWidth: "36rem" }}>
      <h1>{t("newStory")}</h1>
      {problem ? (
        <p className="alert" role="alert">
          {problem.message}
        </p>
      ) : null}
      <label>
        {t("title")}
        <input required value={title} onChange={(event) => setTitle(event.target.value)} aria-describedby="title-error" />
        {problem?.fields.renditions ? (
          <span id="title-error" className="field-error">
            {problem.fields.renditions}
          </span>
        ) : null}
      </label>
      <label>
        {t("filterLocale")}
        <select value={language} onChange={(event) => setPicked(event.target.value as Locale)} aria-describedby={followsTitle ? "language-hint" : undefined}>
          {LOCALES.map((lc) => (
            <option key={lc} value={lc}>
              {LOCALE_NAMES[lc]}
            </option>
          ))}
        </select>
        {followsTitle ? (
          <span id="language-hint" className="hint">
            {t("languageFromTitle")}
          </span>
        ) : null}
      </label>
      <NamedSelect label={t("category")} value={category} onChange={setCategory} options={categories} locale={locale} />
      <button type="submit">{t("create")}</button>
    </form>
  );
}
