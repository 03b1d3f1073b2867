/**
 * The tags (editors and admins): found by slug or name, each named per locale (a tag typed in one
 * language gets its names in the others; a name cleared falls back to the Uzbek one).
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { call, get } from "../api.js";
import { useSession } from "../app.js";
import { SearchForm } from "../SearchForm.js";
import { LOCALES, LOCALE_NAMES, errorSummary } from "../messages.js";
import type { Named } from "../taxonomy.js";

function TagRow({ tag }: { tag: Named }) {
  const { t, locale } = useSession();
  const [names, setNames] = useState(tag.names);
  const [state, setState] = useState("");
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState(t("saving"));
    try {
      // A field emptied clears that name (it falls back to the Uzbek one); the fields then show what is stored.
      const named = Object.fromEntries(LOCALES.map((lc) => [lc, names[lc]?.trim() || null]));
      const answer = await call<{ tag: Named }>("PATCH", `/api/admin/tags/${encodeURIComponent(tag.slug)}`, { names: named });
      setNames(answer.body.tag.names);
      setState(t("saved"));
    } catch (error) {
      setState(errorSummary(locale, error));
    }
  };
  return (
    <form onSubmit={(event) => void save(event)} className="tag-row" aria-label={tag.slug}>
      <code>{tag.slug}</code>
      {LOCALES.map((lc) => (
        <label key={lc}>
          {LOCALE_NAMES[lc]}
          <input value={names[lc] ?? ""} onChange={(event) => setNames({ ...names, [lc]: event.target.value })} />
        </label>
      ))}
      <button type="submit">{t("save")}</button>
      <span role="status" className="status-line">
        {state}
      </span>
    </form>
  );
}

export function Tags() {
  const { t } = useSession();
  const [tags, setTags] = useState<Named[]>([]);
  const load = useCallback(async (query: string) => {
    const answer = await get<{ tags: Named[] }>(`/api/admin/taxonomy${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    setTags(answer.tags);
  }, []);
  useEffect(() => {
    void load("").catch(() => undefined);
  }, [load]);
  return (
    <>
      <h1>{t("tagsScreen")}</h1>
      <SearchForm onSearch={(q) => void load(q)} />
      {tags.map((tag) => (
        <TagRow key={tag.id} tag={tag} />
      ))}
    </>
  );
}
