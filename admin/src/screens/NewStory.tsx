/** A new story: its language, category and title (the rest is written in the editor it opens). */
import { type FormEvent, useState } from "react";
import { post } from "../api.js";
import { useSession } from "../app.js";
import { LOCALES, LOCALE_NAMES, errorText, fieldTexts } from "../messages.js";
import { NamedSelect } from "../NamedSelect.js";
import { useCategories } from "../taxonomy.js";

export function NewStory() {
  const { t, locale, navigate } = useSession();
  const categories = useCategories();
  const [language, setLanguage] = useState<string>("uz");
  const [category, setCategory] = useState("");
  const [title, setTitle] = useState("");
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
        {t("filterLocale")}
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {LOCALES.map((lc) => (
            <option key={lc} value={lc}>
              {LOCALE_NAMES[lc]}
            </option>
          ))}
        </select>
      </label>
      <NamedSelect label={t("category")} value={category} onChange={setCategory} options={categories} locale={locale} />
      <label>
        {t("title")}
        <input required value={title} onChange={(event) => setTitle(event.target.value)} aria-describedby="title-error" />
        {problem?.fields.renditions ? (
          <span id="title-error" className="field-error">
            {problem.fields.renditions}
          </span>
        ) : null}
      </label>
      <button type="submit">{t("create")}</button>
    </form>
  );
}
