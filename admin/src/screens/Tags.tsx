/**
 * The tags (editors and admins): found by slug or name, each named per locale (a tag typed in one
 * language gets its names in the others; a name cleared falls back to the Uzbek one).
 */
import { useCallback, useEffect, useState } from "react";
import { call, get } from "../api.js";
import { useSession } from "../app.js";
import { PerLocaleFields, namesToSend, useSave } from "../PerLocale.js";
import { SearchForm } from "../SearchForm.js";
import type { Named } from "../taxonomy.js";

function TagRow({ tag }: { tag: Named }) {
  const { t } = useSession();
  const [names, setNames] = useState(tag.names);
  const { submit, status } = useSave(async () => {
    // A field emptied clears that name (it falls back to the Uzbek one); the fields then show what is stored.
    const answer = await call<{ tag: Named }>("PATCH", `/api/admin/tags/${encodeURIComponent(tag.slug)}`, { names: namesToSend(names) });
    setNames(answer.body.tag.names);
  });
  return (
    <form onSubmit={submit} className="tag-row" aria-label={tag.slug}>
      <code>{tag.slug}</code>
      <PerLocaleFields values={names} onChange={setNames} />
      <button type="submit">{t("save")}</button>
      <span role="status" className="status-line">
        {status}
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
