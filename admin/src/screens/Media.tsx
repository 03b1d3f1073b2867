/**
 * The media library: search, drag-and-drop upload (or the labelled file input, for the keyboard)
 * with a progress bar per file, and alt text and captions per locale. The same library picks an
 * image for the editor's body or a story's cover (`onPick`).
 */
import { type DragEvent, type FormEvent, useCallback, useEffect, useState } from "react";
import { call, get, upload } from "../api.js";
import { useSession } from "../app.js";
import { SearchForm } from "../SearchForm.js";
import { LOCALES, LOCALE_NAMES, type Locale, errorText } from "../messages.js";

export interface MediaItem {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: Partial<Record<Locale, string>>;
  caption: Partial<Record<Locale, string>>;
  originalName: string | null;
  mime: string;
  bytes: number;
  createdAt: string;
  variants: Array<{ width: number; format: string; url: string }>;
}

/** The smallest variant at least `width` wide (else the largest), for thumbnails. */
export function thumbnailOf(item: MediaItem, width = 320): string {
  const sorted = [...item.variants].sort((a, b) => a.width - b.width);
  return (sorted.find((v) => v.width >= width) ?? sorted[sorted.length - 1])?.url ?? item.url;
}

interface Sending {
  key: number;
  name: string;
  progress: number;
  error?: string;
}

let uploads = 0;

function TextsForm({ item, onSaved, onDeleted }: { item: MediaItem; onSaved: (item: MediaItem) => void; onDeleted: () => void }) {
  const { t, locale, user } = useSession();
  const [texts, setTexts] = useState({ alt: { ...item.alt }, caption: { ...item.caption } });
  const [state, setState] = useState("");
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState(t("saving"));
    try {
      const answer = await call<MediaItem>("PATCH", `/api/admin/media/${item.id}`, texts);
      onSaved(answer.body);
      setState(t("saved"));
    } catch (error) {
      setState(errorText(locale, error));
    }
  };
  // Editors and admins remove an image no story shows (the API refuses one in use, and says so).
  const remove = async () => {
    if (!confirm(t("deleteMediaConfirm"))) return;
    try {
      await call("DELETE", `/api/admin/media/${item.id}`);
      onDeleted();
    } catch (error) {
      setState(errorText(locale, error));
    }
  };
  return (
    <form onSubmit={(event) => void save(event)} className="media-texts">
      <img src={thumbnailOf(item, 640)} alt={item.alt[locale] ?? ""} width={item.width} height={item.height} />
      <p className="muted">
        {item.originalName} · {item.width}×{item.height}
      </p>
      {LOCALES.map((lc) => (
        <fieldset key={lc}>
          <legend>{LOCALE_NAMES[lc]}</legend>
          <label>
            {t("altText")}
            <input value={texts.alt[lc] ?? ""} onChange={(event) => setTexts({ ...texts, alt: { ...texts.alt, [lc]: event.target.value } })} />
          </label>
          <label>
            {t("caption")}
            <input value={texts.caption[lc] ?? ""} onChange={(event) => setTexts({ ...texts, caption: { ...texts.caption, [lc]: event.target.value } })} />
          </label>
        </fieldset>
      ))}
      <div className="actions">
        <button type="submit">{t("save")}</button>
        {user.role === "admin" || user.role === "editor" ? (
          <button type="button" className="secondary" onClick={() => void remove()}>
            {t("deleteMedia")}
          </button>
        ) : null}
        <span role="status" className="status-line">
          {state}
        </span>
      </div>
    </form>
  );
}

export function MediaLibrary({ onPick, pickLabel }: { onPick?: (item: MediaItem) => void; pickLabel?: string }) {
  const { t, locale } = useSession();
  const [items, setItems] = useState<MediaItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [q, setQ] = useState("");
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [sending, setSending] = useState<Sending[]>([]);
  const [over, setOver] = useState(false);

  const load = useCallback(async (query: string, cursor?: string) => {
    const params = new URLSearchParams({ limit: "24" });
    if (query) params.set("q", query);
    if (cursor) params.set("cursor", cursor);
    const page = await get<{ media: MediaItem[]; nextCursor: string | null }>(`/api/admin/media?${params.toString()}`);
    setItems((before) => (cursor ? [...before, ...page.media] : page.media));
    setNext(page.nextCursor);
  }, []);
  useEffect(() => {
    void load("").catch(() => undefined);
  }, [load]);

  const send = async (files: File[]) => {
    for (const file of files) {
      const key = (uploads += 1);
      setSending((all) => [...all, { key, name: file.name, progress: 0 }]);
      const update = (patch: Partial<Sending>) => setSending((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
      try {
        const created = await upload<MediaItem>("/api/admin/media", file, (progress) => update({ progress }));
        update({ progress: 1 });
        setItems((before) => [created, ...before]);
        setSelected(created);
      } catch (error) {
        update({ error: errorText(locale, error) });
      }
    }
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void send([...event.dataTransfer.files]);
  };

  return (
    <div className="media">
      {onPick ? (
        <div className="pick-bar">
          <button type="button" disabled={!selected} onClick={() => selected && onPick(selected)}>
            {pickLabel ?? t("useImage")}
          </button>
        </div>
      ) : null}
      <SearchForm
        onSearch={(query) => {
          setQ(query);
          void load(query);
        }}
      />
      <div
        className={over ? "dropzone over" : "dropzone"}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t("dropHere")}</p>
        <label>
          {t("chooseFiles")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
            multiple
            onChange={(event) => {
              void send([...(event.target.files ?? [])]);
              event.target.value = "";
            }}
          />
        </label>
        {sending.length ? (
          <ul className="uploads">
            {sending.map((s) => (
              <li key={s.key}>
                <span>{s.name}</span> <progress max={1} value={s.progress} aria-label={t("uploading", { name: s.name })} />{" "}
                {s.error ? <span className="field-error">{s.error}</span> : s.progress >= 1 ? t("uploaded") : `${Math.round(s.progress * 100)}%`}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className={selected ? "media-layout with-panel" : "media-layout"}>
        <div>
          {items.length ? null : <p className="muted">{t("noMedia")}</p>}
          <ul className="media-grid">
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" className="tile" aria-pressed={selected?.id === item.id} onClick={() => setSelected(item)}>
                  <img src={thumbnailOf(item)} alt="" width={item.width} height={item.height} loading="lazy" />
                  <span>{item.alt[locale] || Object.values(item.alt)[0] || item.originalName || `#${item.id}`}</span>
                </button>
              </li>
            ))}
          </ul>
          {next ? (
            <button type="button" className="secondary" onClick={() => void load(q, next)}>
              {t("more")}
            </button>
          ) : null}
        </div>
        {selected ? (
          <section aria-label={t("mediaDetails")}>
            <TextsForm
              key={selected.id}
              item={selected}
              onSaved={(saved) => {
                setSelected(saved);
                setItems((all) => all.map((i) => (i.id === saved.id ? saved : i)));
              }}
              onDeleted={() => {
                setItems((all) => all.filter((i) => i.id !== selected.id));
                setSelected(null);
              }}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}

export function MediaScreen() {
  const { t } = useSession();
  return (
    <>
      <h1>{t("media")}</h1>
      <MediaLibrary />
    </>
  );
}
