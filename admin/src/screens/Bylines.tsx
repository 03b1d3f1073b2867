/**
 * The bylines (editors and admins): each one's name and short biography per locale, as the
 * articles and the author's page show them. A byline is made from a user's name the first time
 * they write; here an editor puts right what transliteration cannot (a foreign name in Cyrillic,
 * a Russian spelling) and writes the biography. A name cleared falls back to the Uzbek one.
 */
import { useEffect, useState } from "react";
import { call, get } from "../api.js";
import { useSession } from "../app.js";
import { LOCALES } from "../messages.js";
import { PerLocaleFields, type Texts, namesToSend, useSave } from "../PerLocale.js";

interface Byline {
  id: number;
  slug: string;
  names: Texts;
  bios: Texts;
}

function BylineForm({ byline }: { byline: Byline }) {
  const { t, locale } = useSession();
  const [names, setNames] = useState(byline.names);
  const [bios, setBios] = useState(byline.bios);
  const { submit, status } = useSave(async () => {
    const body = { names: namesToSend(names), bios: Object.fromEntries(LOCALES.map((lc) => [lc, bios[lc]?.trim() ?? ""])) };
    const answer = await call<{ byline: Byline }>("PATCH", `/api/admin/bylines/${byline.id}`, body);
    setNames(answer.body.byline.names);
    setBios(answer.body.byline.bios);
  });
  const heading = `byline-${byline.id}`;
  return (
    <form onSubmit={submit} className="byline" aria-labelledby={heading}>
      <h2 id={heading}>
        {byline.names[locale] ?? byline.names.uz ?? byline.slug} <code>{byline.slug}</code>{" "}
        <a href={`/${locale}/author/${encodeURIComponent(byline.slug)}`} target="_blank" rel="noreferrer">
          {t("authorPage")}
        </a>
      </h2>
      <fieldset className="tag-row">
        <legend>{t("name")}</legend>
        <PerLocaleFields values={names} onChange={setNames} maxLength={120} />
      </fieldset>
      <fieldset className="tag-row">
        <legend>{t("biography")}</legend>
        <PerLocaleFields values={bios} onChange={setBios} maxLength={1000} multiline />
      </fieldset>
      <button type="submit">{t("save")}</button>{" "}
      <span role="status" className="status-line">
        {status}
      </span>
    </form>
  );
}

export function Bylines() {
  const { t } = useSession();
  const [bylines, setBylines] = useState<Byline[] | null>(null);
  useEffect(() => {
    get<{ authors: Byline[] }>("/api/admin/taxonomy")
      .then((answer) => setBylines(answer.authors))
      .catch(() => setBylines([]));
  }, []);
  return (
    <>
      <h1>{t("bylinesScreen")}</h1>
      {bylines?.length === 0 ? <p>{t("noBylines")}</p> : null}
      {bylines?.map((byline) => (
        <BylineForm key={byline.id} byline={byline} />
      ))}
    </>
  );
}
