/**
 * Article bodies are sanitized once, when they are written: paragraphs, headings, lists, quotes,
 * links, images and figures survive; scripts, styles, event handlers and foreign URLs schemes do not.
 * An embed (`<figure data-embed="youtube|telegram|x">`) survives only around a link of that
 * provider's, and is stored in its one canonical form (content/embeds.ts).
 */
import sanitizeHtml from "sanitize-html";
import { EMBED_PROVIDERS, embedHtml, embedOf } from "./embeds.js";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "br",
    "hr",
    "figure",
    "figcaption",
    "img",
    "sub",
    "sup",
    "code",
    "pre",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "width", "height", "loading", "referrerpolicy"],
    figure: ["data-embed"],
  },
  // An empty paragraph (what an editor leaves after an image, or a line of spaces) is no content.
  exclusiveFilter: (frame) => frame.tag === "p" && !frame.text.trim() && frame.mediaChildren.length === 0,
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "noopener nofollow", ...(attribs.target ? { target: "_blank" } : {}) },
    }),
    // An image of another site (not the media library's): loaded from there without telling it which page shows it.
    img: (tagName, { referrerpolicy: _given, ...attribs }) => ({
      tagName,
      attribs: { ...attribs, loading: "lazy", ...(isExternal(attribs.src ?? "") ? { referrerpolicy: "no-referrer" } : {}) },
    }),
    figure: (tagName, attribs) => {
      const provider = attribs["data-embed"];
      const kept: sanitizeHtml.Attributes = provider && (EMBED_PROVIDERS as readonly string[]).includes(provider) ? { "data-embed": provider } : {};
      return { tagName, attribs: kept };
    },
  },
};

const isExternal = (src: string): boolean => /^https?:\/\//i.test(src.trim());

/** Sanitized output writes every attribute double-quoted, so an embed's figure and its first link are found by pattern. */
const EMBED = /<figure data-embed="([a-z]+)">([\s\S]*?)<\/figure>/g;
const FIRST_HREF = /<a href="([^"]*)"/;

/** Each embed in its canonical markup when its link is the provider's; a plain figure (its content kept) when not. */
function canonicalEmbeds(html: string): string {
  return html.replace(EMBED, (whole, provider: string, inside: string) => {
    const href = FIRST_HREF.exec(inside)?.[1]?.replace(/&amp;/g, "&");
    const embed = href === undefined ? undefined : embedOf(href);
    // Not that provider's link: a plain figure, and so is any marked figure nested inside it (the
    // lazy match ends at the first </figure>, and replace() never looks at its own output again).
    return embed && embed.provider === provider ? embedHtml(embed) : `<figure>${inside.replace(/<figure data-embed="[a-z]+">/g, "<figure>")}</figure>`;
  });
}

export function sanitizeBody(html: string): string {
  // The canonical form is sanitized again: it adds the links' rel, and nothing in it escapes the rules.
  return sanitizeHtml(canonicalEmbeds(sanitizeHtml(html, OPTIONS)), OPTIONS);
}

/** The text of sanitized HTML, paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  return (
    sanitizeHtml(html.replace(/<\/(p|h[2-4]|li|blockquote|figcaption)>/gi, "\n\n").replace(/<br\s*\/?>/gi, "\n"), {
      allowedTags: [],
      allowedAttributes: {},
    })
      .replace(/&nbsp;/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      // Last, or "&amp;lt;" (text that says &lt;) would become "<".
      .replace(/&amp;/g, "&")
      .replace(/[ \t]+/g, " ")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
