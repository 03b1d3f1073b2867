/**
 * Beside the editor: the article's revisions (a word diff of any two, restore), the story's
 * activity, and the corrections of a published article (editors add one).
 */
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { get, post } from "../api.js";
import { useSession } from "../app.js";
import { LOCALE_TAGS, type MessageKey, errorSummary, fieldNames, localeName } from "../messages.js";
import { STATUS_LABEL, type Status, formatTime } from "../taxonomy.js";

interface Revision {
  id: number;
  kind: "create" | "save" | "autosave" | "derive" | "restore";
  userName: string | null;
  updatedAt: string;
  changed: string[];
  title: string;
}
interface Activity {
  id: number;
  action: string;
  userName: string | null;
  locale: string | null;
  detail: Record<string, unknown>;
  at: string;
}
type DiffPart = { op: "=" | "+" | "-"; text: string };

/** A word diff: removed words struck through, added ones underlined (and said so to screen readers by <del>/<ins>). */
export function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="diff">
      {parts.map((part, i) =>
        part.op === "+" ? <ins key={i}>{part.text}</ins> : part.op === "-" ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

/** `version`: the article's, so that every save (here or by the autosave) shows its new revision. */
export function History({
  articleId,
  storyId,
  version,
  published,
  onRestored,
  onCorrected,
}: {
  articleId: number;
  storyId: number;
  version: number;
  published: boolean;
  onRestored: () => void;
  /** A correction was added: the article's version after it. */
  onCorrected: (version: number) => void;
}) {
  const { t, locale, user } = useSession();
  const [revisions, setRevisions] = useState<Revision[]>([]);
  const [activity, setActivity] = useState<Activity[]>([]);
  const [corrections, setCorrections] = useState<Array<{ id: number; text: string; createdAt: string }>>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [diff, setDiff] = useState<Record<string, DiffPart[]> | null>(null);
  const [correction, setCorrection] = useState("");
  const [problem, setProblem] = useState("");
  const tag = LOCALE_TAGS[locale];

  const load = useCallback(async () => {
    const [r, a, article] = await Promise.all([
      get<{ revisions: Revision[] }>(`/api/admin/articles/${articleId}/revisions`),
      get<{ activity: Activity[] }>(`/api/admin/stories/${storyId}/activity`),
      get<{ article: { corrections: Array<{ id: number; text: string; createdAt: string }> } }>(`/api/admin/articles/${articleId}`),
    ]);
    setRevisions(r.revisions);
    setActivity(a.activity);
    setCorrections(article.article.corrections);
  }, [articleId, storyId]);
  useEffect(() => {
    void load();
  }, [load, version]);

  const fail = (error: unknown) => setProblem(errorSummary(locale, error));
  const toggle = (id: number) => setChosen((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id].slice(-2)));
  const compare = async () => {
    const [from, to] = [...chosen].sort((a, b) => a - b);
    const answer = await get<{ diff: Record<string, DiffPart[]> }>(`/api/admin/articles/${articleId}/revisions/diff?from=${from}&to=${to}`).catch(fail);
    if (answer) setDiff(answer.diff);
  };
  const restore = async (id: number) => {
    // On the site, a restore is a publication of older text: asked once, not done by a stray tap.
    if (published && !confirm(t("restoreLive"))) return;
    await post(`/api/admin/articles/${articleId}/revisions/${id}/restore`).then(onRestored, fail);
    await load();
  };
  const addCorrection = async (event: FormEvent) => {
    event.preventDefault();
    await post<{ version: number }>(`/api/admin/articles/${articleId}/corrections`, { text: correction })
      .then((answer) => {
        setCorrection("");
        onCorrected(answer.version);
      })
      .catch(fail);
    await load();
  };
  const editorial = user.role === "admin" || user.role === "editor";
  return (
    <section className="history" aria-label={t("revisions")}>
      {problem ? (
        <p className="alert" role="alert">
          {problem}
        </p>
      ) : null}
      <h2>{t("revisions")}</h2>
      <ol className="revisions">
        {revisions.map((r) => (
          <li key={r.id}>
            <div>
              <label className="check">
                <input type="checkbox" checked={chosen.includes(r.id)} onChange={() => toggle(r.id)} aria-describedby={`revision-${r.id}`} />
                {formatTime(r.updatedAt, tag)} · {r.userName ?? "—"} · {t(`kind_${r.kind}` as MessageKey)}
              </label>
              {/* What it changed and the title it had: a description of the box, not its name. */}
              <span id={`revision-${r.id}`} className="hint">
                {r.changed.length ? `${fieldNames(locale, r.changed)}: ` : ""}
                {r.title}
              </span>
            </div>
            <button type="button" className="secondary" onClick={() => void restore(r.id)} aria-label={`${t("restore")}: ${formatTime(r.updatedAt, tag)}`}>
              {t("restore")}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" disabled={chosen.length !== 2} onClick={() => void compare()}>
        {t("compare")}
      </button>
      {diff ? (
        <div className="diffs">
          {Object.entries(diff).map(([field, parts]) => (
            <div key={field}>
              <h3>{t(field as MessageKey)}</h3>
              <Diff parts={parts} />
            </div>
          ))}
          {Object.keys(diff).length === 0 ? <p className="muted">{t("nothingToChange")}</p> : null}
        </div>
      ) : null}
      <h2>{t("corrections")}</h2>
      {corrections.length ? (
        <ul>
          {corrections.map((c) => (
            <li key={c.id}>
              {formatTime(c.createdAt, tag)}: {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noCorrections")}</p>
      )}
      {editorial && published ? (
        <form onSubmit={(event) => void addCorrection(event)}>
          <label>
            {t("correctionText")}
            <textarea rows={2} value={correction} onChange={(event) => setCorrection(event.target.value)} required />
          </label>
          <button type="submit">{t("addCorrection")}</button>
        </form>
      ) : null}
      <h2>{t("activity")}</h2>
      <ol className="activity">
        {activity.map((a) => (
          <li key={a.id}>
            {formatTime(a.at, tag)} · {a.userName ?? "Xabar"} · {t(`act_${a.action.replace(".", "_")}` as MessageKey)}
            {a.locale ? ` (${localeName(a.locale)})` : ""}
            {typeof a.detail.to === "string" && a.detail.to in STATUS_LABEL ? ` → ${t(STATUS_LABEL[a.detail.to as Status])}` : ""}
            {Array.isArray(a.detail.fields) && a.detail.fields.length ? `: ${fieldNames(locale, a.detail.fields)}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
