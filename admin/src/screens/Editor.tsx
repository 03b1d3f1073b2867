/**
 * One article: its text in the rich editor, its story's fields beside it, saving with If-Match
 * (a 409 offers "reload theirs" or "keep mine"), autosave with "Saved 12:04", Ctrl+S to save,
 * Ctrl+Enter to submit or publish (by role), a warning before leaving unsaved changes, the soft
 * lock ("who is editing") and the workflow's moves.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, call, post } from "../api.js";
import { guardUnsaved, useSession } from "../app.js";
import { LOCALE_NAMES, LOCALE_TAGS, type Locale, TAG_LOCALE, errorText, fieldTexts, localeName } from "../messages.js";
import { NamedSelect } from "../NamedSelect.js";
import { RichText } from "../RichText.js";
import { CoverField } from "./Cover.js";
import { Distribution } from "./Distribution.js";
import { History } from "./History.js";
import { AddTranslation, Rederive, SourceText } from "./Translate.js";
import { MOVE_LABEL, STATUS_LABEL, type Status, formatTime, fromZonedInput, newsroomTimeZone, toZonedInput, useTaxonomy } from "../taxonomy.js";

interface Article {
  id: number;
  storyId: number;
  sourceLocale: string | null;
  locale: string;
  status: Status;
  /** When a scheduled article goes out. */
  scheduledAt: string | null;
  version: number;
  title: string;
  lead: string;
  body: string;
  slug: string;
  url: string;
  category: string;
  cover: number | null;
  /** The byline (an author's id), or none: the newsroom's name. */
  author: number | null;
  /** The tags by name in the article's language: what the field shows (the server knows them by these names). */
  tagNames: string[];
  sourceName: string | null;
  sourceUrl: string | null;
  pinned: boolean;
  breaking: boolean;
  derived: boolean;
  sourceChanged: boolean;
  scriptMismatch: "uz-Latn" | "uz-Cyrl" | "ru" | "en" | null;
  /** Sites whose images the body shows (not from the media library). */
  externalImages: string[];
  editing: { userId: number; name: string } | null;
  /** The moves this user may make (the server's policy). */
  allowedTransitions: Status[];
  /** What this user may change: the text, and the story's fields. */
  may: { edit: boolean; editStory: boolean };
  renditions: Array<{ id: number; locale: string; status: Status }>;
}

type Draft = Pick<Article, "title" | "lead" | "body" | "slug" | "category" | "cover" | "author" | "pinned" | "breaking"> & {
  tags: string;
  sourceName: string;
  sourceUrl: string;
};

const AUTOSAVE_MS = 15_000;

const draftOf = (a: Article): Draft => ({
  title: a.title,
  lead: a.lead,
  body: a.body,
  slug: a.slug,
  category: a.category,
  cover: a.cover,
  author: a.author,
  pinned: a.pinned,
  breaking: a.breaking,
  tags: a.tagNames.join(", "),
  sourceName: a.sourceName ?? "",
  sourceUrl: a.sourceUrl ?? "",
});

/** What differs from the article as loaded, in the API's terms. */
function changesOf(article: Article, draft: Draft): Record<string, unknown> {
  const before = draftOf(article);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as Array<keyof Draft>) {
    if (draft[key] === before[key]) continue;
    if (key === "tags")
      changes.tags = draft.tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean);
    else if (key === "sourceName" || key === "sourceUrl") changes[key] = draft[key] || null;
    else changes[key] = draft[key];
  }
  return changes;
}

export function Editor({ id }: { id: number }) {
  const { t, locale, user, navigate } = useSession();
  const { categories, authors } = useTaxonomy();
  const [article, setArticle] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // A failure is kept as it came (worded at each render, in the interface's language now), with the fields edited since.
  // `shownAt`: when a deliberate save or move failed (not an autosave): its error is scrolled into view.
  const [state, setState] = useState<{ saving: boolean; savedAt?: string; failure?: unknown; edited?: string[]; conflict?: number; shownAt?: number }>({
    saving: false,
  });
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a phone the buttons are a screen below the message: the failure would change nothing in view.
    if (state.shownAt) alertRef.current?.scrollIntoView({ block: "center" });
  }, [state.shownAt]);
  const fields = Object.fromEntries(Object.entries(fieldTexts(locale, state.failure)).filter(([key]) => !state.edited?.includes(key)));
  const [scheduleAt, setScheduleAt] = useState("");
  /** Goes up when the article is (re)loaded from the server: the rich editor starts again from its text. */
  const [loaded, setLoaded] = useState(0);
  const latest = useRef<{ article: Article | null; draft: Draft | null }>({ article: null, draft: null });
  latest.current = { article, draft };

  const load = useCallback(async () => {
    const answer = await call<{ article: Article }>("GET", `/api/admin/articles/${id}`);
    setArticle(answer.body.article);
    setDraft(draftOf(answer.body.article));
    // A scheduled article's time, as the newsroom's clocks show it (the input is read the same way).
    const { scheduledAt } = answer.body.article;
    setScheduleAt(scheduledAt ? toZonedInput(scheduledAt) : "");
    setLoaded((n) => n + 1);
  }, [id]);
  useEffect(() => {
    void load();
    void post(`/api/admin/articles/${id}/lock`).catch(() => undefined);
    const renew = setInterval(() => void post(`/api/admin/articles/${id}/lock`).catch(() => undefined), 60_000);
    // Released when the editor closes, and when the tab does (closed, reloaded, another address typed).
    const release = () => void call("DELETE", `/api/admin/articles/${id}/lock`, undefined, {}, true).catch(() => undefined);
    addEventListener("pagehide", release);
    return () => {
      clearInterval(renew);
      removeEventListener("pagehide", release);
      release();
    };
  }, [id, load]);

  const dirty = article !== null && draft !== null && Object.keys(changesOf(article, draft)).length > 0;

  /** Saves the draft's changes; the version the article is at after it, or undefined when the save failed. */
  const save = useCallback(
    async (options: { autosave?: boolean; version?: number } = {}): Promise<number | undefined> => {
      const { article: current, draft: wanted } = latest.current;
      if (!current || !wanted) return undefined;
      const changes = changesOf(current, wanted);
      if (Object.keys(changes).length === 0) return current.version;
      setState((s) => ({ ...s, saving: true }));
      try {
        const answer = await call<{ article: Article }>(
          "PATCH",
          `/api/admin/articles/${id}`,
          { ...changes, ...(options.autosave ? { autosave: true } : {}) },
          {
            "if-match": `"${options.version ?? current.version}"`,
          },
        );
        // The body as this editor holds it is the baseline (the server's copy differs only by sanitizing).
        const saved = { ...answer.body.article, body: wanted.body };
        setArticle(saved);
        // What the server stored (sanitized body, tags by their names) becomes the draft, unless it was edited meanwhile.
        setDraft((now) => (now === wanted ? draftOf(saved) : now));
        setState({ saving: false, savedAt: new Date().toISOString() });
        return saved.version;
      } catch (error) {
        const conflict =
          error instanceof ApiError && error.code === "XABAR_CONFLICT" && typeof error.data.version === "number" ? error.data.version : undefined;
        setState({
          saving: false,
          failure: error,
          ...(conflict ? { conflict } : {}),
          ...(options.autosave ? {} : { shownAt: Date.now() }),
        });
        return undefined;
      }
    },
    [id, locale],
  );

  // Autosave a while after the last change (not on a published article: readers would see
  // half-typed text, and Telegram and webhooks with them); warn before leaving with unsaved changes.
  const live = article?.status === "published";
  useEffect(() => {
    if (!dirty || state.conflict || live) return;
    const timer = setTimeout(() => void save({ autosave: true }), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, save, state.conflict, live]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    addEventListener("beforeunload", warn);
    // Within the app too: the stories list, a rendition, another screen.
    guardUnsaved(dirty ? () => true : undefined);
    return () => {
      removeEventListener("beforeunload", warn);
      guardUnsaved(undefined);
    };
  }, [dirty]);

  // A move goes out with what this editor sees: their changes saved first (a refused save stops
  // it, its error stays on screen), and at the version they saw (someone else's newer one is a 409).
  const move = async (to: Status) => {
    const version = await save();
    if (version === undefined) return;
    try {
      const at = to === "scheduled" && scheduleAt ? fromZonedInput(scheduleAt).toISOString() : undefined;
      const answer = await call<{ article: Article }>(
        "POST",
        `/api/admin/articles/${id}/transitions`,
        { to, ...(at ? { at } : {}) },
        { "if-match": `"${version}"` },
      );
      setArticle(answer.body.article);
      setState({ saving: false });
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === "XABAR_CONFLICT" && typeof error.data.version === "number" ? error.data.version : undefined;
      setState({ saving: false, failure: error, ...(conflict ? { conflict } : {}), shownAt: Date.now() });
    }
  };

  const moves = article?.allowedTransitions ?? [];
  useEffect(() => {
    const keys = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      if (event.key === "s") {
        event.preventDefault();
        void save();
      } else if (event.key === "Enter") {
        event.preventDefault();
        const next = moves.includes("published") ? "published" : moves.includes("review") ? "review" : undefined;
        if (next) void move(next);
      }
    };
    addEventListener("keydown", keys);
    return () => removeEventListener("keydown", keys);
  });

  if (!article || !draft) return <p className="muted">…</p>;
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    // A field's error goes once it is edited: the next save says whether it still holds.
    if (Object.keys(patch).some((key) => key in fields)) setState((now) => ({ ...now, edited: [...(now.edited ?? []), ...Object.keys(patch)] }));
  };
  const fieldError = (name: string) =>
    fields[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {fields[name]}
      </span>
    ) : null;
  const text = (name: "title" | "lead" | "slug" | "sourceName" | "sourceUrl" | "tags", label: string, multiline = false) => (
    <label>
      {label}
      {multiline ? (
        <textarea rows={3} value={draft[name]} onChange={(event) => set({ [name]: event.target.value })} aria-describedby={`${name}-error`} />
      ) : (
        <input value={draft[name]} onChange={(event) => set({ [name]: event.target.value })} aria-describedby={`${name}-error`} />
      )}
      {fieldError(name)}
    </label>
  );
  const someoneElse = article.editing && article.editing.userId !== user.id ? article.editing : null;
  const source =
    article.sourceLocale && article.sourceLocale !== article.locale ? article.renditions.find((r) => r.locale === article.sourceLocale) : undefined;
  return (
    <>
      <p>
        <a
          href="/admin/"
          onClick={(event) => {
            event.preventDefault();
            navigate("/admin/");
          }}
        >
          ← {t("back")}
        </a>
      </p>
      <h1>
        {article.title} <span className={`badge ${article.status}`}>{t(STATUS_LABEL[article.status])}</span>
      </h1>
      {article.status === "scheduled" && article.scheduledAt ? (
        <p className="muted">{t("scheduledFor", { time: formatTime(article.scheduledAt, LOCALE_TAGS[locale]), zone: newsroomTimeZone() })}</p>
      ) : null}
      {someoneElse ? <p className="alert">{t("editing", { name: someoneElse.name })}</p> : null}
      {article.may.edit ? null : <p className="alert">{t("readOnly")}</p>}
      {article.derived ? <p className="muted">{t("derived")}</p> : null}
      {article.sourceChanged ? <p className="alert">{t("sourceChanged")}</p> : null}
      {article.scriptMismatch ? <p className="alert">{t("wrongScript", { language: LOCALE_NAMES[TAG_LOCALE[article.scriptMismatch]] })}</p> : null}
      {article.externalImages.length ? <p className="alert">{t("externalImages", { hosts: article.externalImages.join(", ") })}</p> : null}
      <div ref={alertRef}>
        {state.conflict ? (
          <div className="alert" role="alert">
            <p>{t("conflict")}</p>
            <div className="actions">
              <button type="button" onClick={() => void load().then(() => setState({ saving: false }))}>
                {t("reload")}
              </button>
              <button type="button" className="secondary" onClick={() => void save({ version: state.conflict })}>
                {t("keepMine")}
              </button>
            </div>
          </div>
        ) : state.failure !== undefined ? (
          <p className="alert" role="alert">
            {errorText(locale, state.failure)}
          </p>
        ) : null}
      </div>
      <div className={source ? "editor-layout translating" : "editor-layout"}>
        {source ? <SourceText id={source.id} /> : null}
        <fieldset className="plain" disabled={!article.may.edit}>
          <section aria-label={source ? t("translation") : t("body")}>
            {text("title", t("title"))}
            {text("lead", t("lead"), true)}
            <p className="label" id="body-label" style={{ fontWeight: 600, margin: "0.6rem 0 0.25rem" }}>
              {t("body")}
            </p>
            <RichText
              key={loaded}
              value={draft.body}
              onChange={(body) => set({ body })}
              labelId="body-label"
              contentLocale={article.locale as Locale}
              readOnly={!article.may.edit}
            />
            {fieldError("body")}
            {article.locale === "oz" ? <Rederive id={article.id} version={article.version} onApplied={() => void load()} /> : null}
            {text("slug", t("slug"))}
          </section>
        </fieldset>
        <aside aria-label={t("category")}>
          <fieldset className="plain" disabled={!article.may.editStory}>
            <NamedSelect label={t("category")} value={draft.category} onChange={(category) => set({ category })} options={categories} locale={locale} />
            <CoverField value={draft.cover} onChange={(cover) => set({ cover })} contentLocale={article.locale as Locale} readOnly={!article.may.editStory} />
            {fieldError("cover")}
            {text("tags", t("tags"))}
            <NamedSelect
              label={t("byline")}
              value={draft.author === null ? "" : String(draft.author)}
              onChange={(author) => set({ author: author ? Number(author) : null })}
              options={authors}
              locale={article.locale as Locale}
              none={t("noByline")}
              by="id"
            >
              {fieldError("author")}
            </NamedSelect>
            {text("sourceName", t("sourceName"))}
            {text("sourceUrl", t("sourceUrl"))}
            <label className="check">
              <input type="checkbox" checked={draft.pinned} onChange={(event) => set({ pinned: event.target.checked })} /> {t("pinned")}
            </label>
            <label className="check">
              <input type="checkbox" checked={draft.breaking} onChange={(event) => set({ breaking: event.target.checked })} /> {t("breaking")}
            </label>
          </fieldset>
          <h2 style={{ fontSize: "1rem" }}>{t("renditions")}</h2>
          <ul>
            {article.renditions.map((r) => (
              <li key={r.id}>
                {r.id === article.id ? (
                  <strong>{localeName(r.locale)}</strong>
                ) : (
                  <a
                    href={`/admin/articles/${r.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(`/admin/articles/${r.id}`);
                    }}
                  >
                    {localeName(r.locale)}
                  </a>
                )}{" "}
                — {t(STATUS_LABEL[r.status])}
              </li>
            ))}
          </ul>
          {article.status === "published" ? <a href={article.url}>{t("viewOnSite")}</a> : null}
          {user.role === "translator" && !user.locales.length ? null : (
            <AddTranslation
              storyId={article.storyId}
              have={article.renditions.map((r) => r.locale)}
              {...(user.role === "translator" ? { only: user.locales } : {})}
            />
          )}
        </aside>
      </div>
      <div className="actions">
        {article.may.edit ? (
          <button type="button" onClick={() => void save()} disabled={!dirty || state.saving}>
            {t("save")}
          </button>
        ) : null}
        {moves.includes("scheduled") ? (
          <label className="schedule-at">
            {t("scheduleAt", { zone: newsroomTimeZone() })}
            <input type="datetime-local" value={scheduleAt} onChange={(event) => setScheduleAt(event.target.value)} />
          </label>
        ) : null}
        {moves.map((to) => (
          <button key={to} type="button" className={to === "published" ? undefined : "secondary"} onClick={() => void move(to)}>
            {t(MOVE_LABEL[to])}
          </button>
        ))}
        <a className="button secondary" href={`/api/admin/articles/${article.id}/preview`} target="_blank" rel="noopener">
          {t("preview")}
        </a>
        <span className="status-line" role="status">
          {state.saving
            ? t("saving")
            : dirty
              ? t(live ? "unsavedLive" : "unsaved")
              : state.savedAt
                ? t("savedAt", { time: formatTime(state.savedAt, LOCALE_TAGS[locale]) })
                : ""}
        </span>
        {fieldError("at")}
      </div>
      <History
        articleId={article.id}
        storyId={article.storyId}
        version={article.version}
        published={article.status === "published"}
        onRestored={() => void load()}
        // The note moved the version by one: unsaved edits still save. Any other jump is someone
        // else's save, and the next save's If-Match says so (409).
        onCorrected={(version) => setArticle((a) => (a && version === a.version + 1 ? { ...a, version } : a))}
      />
      {user.role === "admin" || user.role === "editor" ? <Distribution articleId={article.id} version={article.version} /> : null}
    </>
  );
}
