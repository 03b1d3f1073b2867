/** Card and meta excerpts. Apart from sanitize.ts so that reading pages never loads the sanitizer. */
/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 200): string {
  // Most leads are one line already: skip the rewrite when there is nothing to collapse or trim.
  const flat = /\s\s|[^\S ]|^\s|\s$/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(/[\s,.;:–—-]+$/, "")}…`;
}
