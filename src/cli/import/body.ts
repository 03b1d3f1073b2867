/**
 * A WordPress post's content made into a body Xabar stores (the sanitizer runs after, in
 * content/renditions.ts): Gutenberg's block comments removed, the classic editor's blank-line
 * paragraphs made `<p>` (what WordPress's wpautop does on display), `[caption]` made a
 * `<figure>` with its `<figcaption>`, images of the uploads folder pointed at the library, and
 * every other shortcode left as text and reported, for an editor to replace. A shortcode left
 * is put in `<code>`, so the derived Cyrillic rendition keeps it as written (`[gallery ids="1"]`,
 * not `[галлерй идс="1"]`) and the page shows it as markup.
 */

export interface BodyResult {
  html: string;
  /** Shortcodes left as text, by name, each once. */
  shortcodes: string[];
}

/** WordPress's own shortcodes and common plugins'; any other `[name attr="…"]` counts too. */
const KNOWN_SHORTCODES = new Set([
  "gallery",
  "embed",
  "video",
  "audio",
  "playlist",
  "wp_caption",
  "contact-form-7",
  "contact-form",
  "youtube",
  "vimeo",
  "tweet",
  "soundcloud",
  "instagram",
]);
const SHORTCODE = /\[(\/?)([a-z][a-z0-9_-]*)((?:\s+[^\]]*)?)\](?!\()/gi;
const CAPTION = /\[(caption|wp_caption)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi;
const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
const BLOCK_TAG = /<(p|div|h[1-6]|ul|ol|blockquote|figure|table|pre)\b/i;

/** Blank-line paragraphs and single line breaks, as wpautop makes them (block elements left alone). */
function autop(html: string): string {
  return html
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^<(h[1-6]|ul|ol|blockquote|figure|table|pre|hr|div)\b/i.test(part) ? part : `<p>${part.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
}

function captionFigure(attributes: string, inner: string): string {
  const captionAttribute = /\bcaption="([^"]*)"/i.exec(attributes)?.[1];
  // The caption is the text after the image (or the link around it).
  const media = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  const image = media?.[1] ?? inner;
  const caption = (captionAttribute ?? media?.[2] ?? "").trim();
  return `<figure>${image.trim()}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
}

/**
 * `images` maps an image URL of the export (as written in the content) to its library URL, when
 * the file was found under --uploads: those `src`s are rewritten, and the `srcset`s of
 * WordPress's sizes dropped (the site makes its own).
 */
export function convertBody(content: string, images: ReadonlyMap<string, string> = new Map()): BodyResult {
  let html = content.replace(BLOCK_COMMENT, "");
  html = html.replace(CAPTION, (_m, _name: string, attributes: string, inner: string) => captionFigure(attributes, inner));
  if (!BLOCK_TAG.test(html)) html = autop(html);
  else
    html = html
      .replace(/\r\n?/g, "\n")
      .replace(/\n\s*\n+/g, "\n")
      .trim();
  if (images.size) {
    html = html.replace(/<img\b[^>]*>/gi, (tag) => {
      const src = /\ssrc="([^"]*)"/i.exec(tag)?.[1];
      const local = src === undefined ? undefined : images.get(src);
      if (!local) return tag;
      return tag
        .replace(/\ssrcset="[^"]*"/i, "")
        .replace(/\ssizes="[^"]*"/i, "")
        .replace(/\ssrc="[^"]*"/i, ` src="${local}"`);
    });
  }
  const shortcodes = new Set<string>();
  for (const match of html.matchAll(SHORTCODE))
    if (isShortcode(html, match[1] === "/", match[2] ?? "", match[3] ?? "")) shortcodes.add((match[2] ?? "").toLowerCase());
  return { html: shortcodes.size ? inCode(html) : html, shortcodes: [...shortcodes].sort() };
}

function isShortcode(html: string, closing: boolean, name: string, attributes: string): boolean {
  return KNOWN_SHORTCODES.has(name.toLowerCase()) || (!closing && /=/.test(attributes)) || (closing && html.includes(`[${name}`));
}

const TAG = /(<[^>]*>)/;
/** An enclosing shortcode with the text it encloses (`[embed]https://…[/embed]`), or one on its own. */
const SHORTCODE_IN_TEXT = /\[([a-z][a-z0-9_-]*)(?:\s+[^\]]*)?\][^[<]*?\[\/\1\]|\[(\/?)([a-z][a-z0-9_-]*)((?:\s+[^\]]*)?)\](?!\()/gi;

/** The shortcodes in the text between tags wrapped in `<code>`; "[1]" and "[sic]" stay text. */
function inCode(html: string): string {
  return html
    .split(TAG)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(SHORTCODE_IN_TEXT, (whole: string, paired?: string, slash?: string, name?: string, attributes?: string) =>
            paired !== undefined || isShortcode(html, slash === "/", name ?? "", attributes ?? "") ? `<code>${whole}</code>` : whole,
          ),
    )
    .join("");
}

/** The `src`s of the images in WordPress content. */
export function imageSources(content: string): string[] {
  return [...content.matchAll(/<img\b[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1] ?? "").filter(Boolean);
}

/**
 * The path under wp-content/uploads of a URL (`https://old.uz/wp-content/uploads/2024/05/a-300x200.jpg`
 * → `2024/05/a-300x200.jpg`), and of its full-size original (`2024/05/a.jpg`).
 */
export function uploadsPath(url: string): { path: string; original: string } | undefined {
  const match = /\/wp-content\/uploads\/(.+)$/.exec(url.split(/[?#]/)[0] ?? "");
  if (!match?.[1]) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(match[1]);
  } catch {
    path = match[1];
  }
  if (path.split("/").some((part) => part === ".." || part === "")) return undefined;
  return { path, original: path.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1") };
}
