/** A story's cover beside the editor: its thumbnail, "choose" from the media library, "remove". */
import { useEffect, useState } from "react";
import { get } from "../api.js";
import { useSession } from "../app.js";
import { MediaPicker } from "../MediaPicker.js";
import type { Locale } from "../messages.js";
import { type MediaItem, thumbnailOf } from "./Media.js";

/** `readOnly`: shown, not chosen (a translator's rendition shares the story's cover). */
export function CoverField({
  value,
  onChange,
  contentLocale,
  readOnly = false,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  contentLocale: Locale;
  readOnly?: boolean;
}) {
  const { t } = useSession();
  const [item, setItem] = useState<MediaItem | null>(null);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    if (value === null) return setItem(null);
    if (item?.id === value) return;
    get<MediaItem>(`/api/admin/media/${value}`)
      .then(setItem)
      .catch(() => setItem(null));
  }, [value, item?.id]);
  return (
    <div className="cover-field" role="group" aria-labelledby="cover-label">
      <p className="label" id="cover-label">
        {t("cover")}
      </p>
      {item ? (
        <img src={thumbnailOf(item)} alt={item.alt[contentLocale] ?? ""} width={item.width} height={item.height} />
      ) : (
        <p className="muted">{t("noCover")}</p>
      )}
      <div className="actions" hidden={readOnly}>
        <button type="button" className="secondary" onClick={() => setPicking(true)}>
          {t("chooseCover")}
        </button>
        {value !== null ? (
          <button type="button" className="secondary" onClick={() => onChange(null)}>
            {t("removeCover")}
          </button>
        ) : null}
      </div>
      {picking ? (
        <MediaPicker
          title={t("chooseCover")}
          onClose={() => setPicking(false)}
          onPick={(picked) => {
            setPicking(false);
            setItem(picked);
            onChange(picked.id);
          }}
        />
      ) : null}
    </div>
  );
}
