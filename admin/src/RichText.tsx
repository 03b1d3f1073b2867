/**
 * The body editor: TipTap (ProseMirror) with headings, bold, italic, links, lists and quotes,
 * images from the media library (a figure with alt text and caption) and embeds of YouTube,
 * Telegram and X links, and a toolbar of labelled buttons (keyboard shortcuts work too: Ctrl+B,
 * Ctrl+I …). It hands HTML out; the server sanitizes what it stores.
 */
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useState } from "react";
import { embedOf } from "../../src/content/embeds.js";
import { useSession } from "./app.js";
import { MediaPicker } from "./MediaPicker.js";
import type { Locale, MessageKey } from "./messages.js";
import { EmbedNode, Figure } from "./nodes.js";

export function RichText({
  value,
  onChange,
  labelId,
  contentLocale,
  readOnly = false,
}: {
  value: string;
  onChange: (html: string) => void;
  labelId: string;
  contentLocale: Locale;
  /** Shown, not edited: no toolbar (the reader's role may not change the text). */
  readOnly?: boolean;
}) {
  const { t } = useSession();
  const [picking, setPicking] = useState(false);
  const [notice, setNotice] = useState("");
  const editor = useEditor({
    // TipTap would add its stylesheet as an inline <style>, which the newsroom's CSP refuses: the same rules are in styles.css.
    injectCSS: false,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, link: { openOnClick: false, protocols: ["http", "https", "mailto"] } }),
      Figure,
      EmbedNode,
    ],
    content: value,
    editable: !readOnly,
    editorProps: { attributes: { "aria-labelledby": labelId, "aria-multiline": "true", role: "textbox" } },
    onUpdate: ({ editor: changed }) => onChange(changed.getHTML()),
  });
  if (!editor) return null;
  const button = (key: MessageKey, active: boolean, run: () => void) => (
    <button type="button" aria-pressed={active} onClick={run} title={t(key)}>
      {t(key)}
    </button>
  );
  const setLink = () => {
    const href = prompt(t("linkPrompt"), (editor.getAttributes("link").href as string | undefined) ?? "https://");
    if (href === null) return;
    if (href === "") editor.chain().focus().unsetLink().run();
    else editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
  };
  const addEmbed = () => {
    const link = prompt(t("embedPrompt"), "https://");
    if (link === null) return;
    const embed = embedOf(link);
    if (!embed) return setNotice(t("embedInvalid"));
    setNotice("");
    editor
      .chain()
      .focus()
      // A paragraph after the block, where the cursor goes on (a selected block would be replaced by the next insert).
      .insertContent([{ type: "embed", attrs: { ...embed } }, { type: "paragraph" }])
      .run();
  };
  return (
    <div>
      <div className="toolbar" role="toolbar" aria-label={t("body")} hidden={readOnly}>
        {button("bold", editor.isActive("bold"), () => editor.chain().focus().toggleBold().run())}
        {button("italic", editor.isActive("italic"), () => editor.chain().focus().toggleItalic().run())}
        {button("heading", editor.isActive("heading", { level: 2 }), () => editor.chain().focus().toggleHeading({ level: 2 }).run())}
        {button("bulletList", editor.isActive("bulletList"), () => editor.chain().focus().toggleBulletList().run())}
        {button("quote", editor.isActive("blockquote"), () => editor.chain().focus().toggleBlockquote().run())}
        {button("link", editor.isActive("link"), setLink)}
        {button("image", false, () => setPicking(true))}
        {button("embed", false, addEmbed)}
      </div>
      {notice ? (
        <p className="field-error" role="alert">
          {notice}
        </p>
      ) : null}
      <div className="prose">
        <EditorContent editor={editor} />
      </div>
      {picking ? (
        <MediaPicker
          title={t("insertImage")}
          onClose={() => setPicking(false)}
          onPick={(item) => {
            setPicking(false);
            editor
              .chain()
              .focus()
              .insertContent([
                {
                  type: "figure",
                  attrs: {
                    src: item.url,
                    alt: item.alt[contentLocale] ?? "",
                    caption: item.caption[contentLocale] ?? "",
                    width: item.width,
                    height: item.height,
                  },
                },
                { type: "paragraph" },
              ])
              .run();
          }}
        />
      ) : null}
    </div>
  );
}
