/**
 * The body's own blocks in the rich editor: a figure (an image from the media library with its
 * alt text and caption) and an embed (a YouTube, Telegram or X link, stored as the figure
 * content/embeds.ts defines and shown on the site as a link card). Pasting such a link alone
 * makes an embed.
 */
import { Node } from "@tiptap/react";
import { Plugin } from "@tiptap/pm/state";
import { EMBED_NAMES, type Embed, embedOf } from "../../src/content/embeds.js";

export interface FigureAttributes {
  src: string;
  alt: string;
  caption: string;
  width: number | null;
  height: number | null;
}

const plain = { rendered: false } as const;
const sizeOf = (element: Element | null, name: string): number | null => {
  const value = Number(element?.getAttribute(name));
  return Number.isInteger(value) && value > 0 ? value : null;
};

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: "", ...plain },
      alt: { default: "", ...plain },
      caption: { default: "", ...plain },
      width: { default: null, ...plain },
      height: { default: null, ...plain },
    };
  },
  parseHTML() {
    const fromImage = (img: Element | null, caption: string) =>
      img?.getAttribute("src")
        ? { src: img.getAttribute("src"), alt: img.getAttribute("alt") ?? "", caption, width: sizeOf(img, "width"), height: sizeOf(img, "height") }
        : false;
    return [
      {
        tag: "figure:not([data-embed])",
        getAttrs: (element) => fromImage(element.querySelector("img"), element.querySelector("figcaption")?.textContent?.trim() ?? ""),
      },
      { tag: "img[src]", getAttrs: (element) => fromImage(element, "") },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, caption, width, height } = node.attrs as FigureAttributes;
    const img = ["img", { src, alt, ...(width && height ? { width: String(width), height: String(height) } : {}) }] as const;
    return caption ? ["figure", {}, img, ["figcaption", {}, caption]] : ["figure", {}, img];
  },
});

export const EmbedNode = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  // Before the link extension, so that a pasted embed link becomes an embed and not a linked paragraph.
  priority: 1_000,
  addAttributes() {
    return { provider: { default: "youtube", ...plain }, url: { default: "", ...plain } };
  },
  parseHTML() {
    return [
      {
        tag: "figure[data-embed]",
        getAttrs: (element) => {
          const embed = embedOf(element.querySelector("a")?.getAttribute("href") ?? "");
          return embed && embed.provider === element.getAttribute("data-embed") ? { ...embed } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { provider, url } = node.attrs as Embed;
    return ["figure", { "data-embed": provider }, ["a", { href: url }, url], ["figcaption", {}, EMBED_NAMES[provider]]];
  },
  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        props: {
          handlePaste(view, event) {
            const text = event.clipboardData?.getData("text/plain")?.trim() ?? "";
            const embed = /^\S+$/.test(text) ? embedOf(text) : undefined;
            if (!embed) return false;
            view.dispatch(view.state.tr.replaceSelectionWith(type.create({ ...embed })).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
