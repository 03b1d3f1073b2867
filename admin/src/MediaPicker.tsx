/** The media library in a modal dialog (focus stays inside; Escape closes it), to pick an image. */
import { useEffect, useRef } from "react";
import { useSession } from "./app.js";
import { type MediaItem, MediaLibrary } from "./screens/Media.js";

export function MediaPicker({ title, onPick, onClose }: { title: string; onPick: (item: MediaItem) => void; onClose: () => void }) {
  const { t } = useSession();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="picker" aria-labelledby="picker-title" onClose={onClose}>
      <div className="picker-head">
        <h2 id="picker-title">{title}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <div className="picker-body">
        <MediaLibrary onPick={onPick} />
      </div>
    </dialog>
  );
}
