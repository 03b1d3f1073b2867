/**
 * Article bodies are sanitized once, when they are written: paragraphs, headings, lists, quotes,
 * links, images and figures survive; scripts, styles, event handlers and foreign URLs schemes do not.
 */
import sanitizeHtml from "sanitize-html";

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
    img: ["src", "alt", "width", "height", "loading"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "noopener nofollow", ...(attribs.target ? { target: "_blank" } : {}) },
    }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS);
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
