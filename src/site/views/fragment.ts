/**
 * The HTML of a subtree that depends only on an immutable value (a memoised list) and a few
 * strings, rendered once per (value, key) and reused while the value lives: the most-read box
 * is the same ten cards on every page of a locale until its lists are read again, the nav the
 * same links until the categories are.
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/** Keys kept per value: a day or two of a list, a dozen current categories of a nav. */
const KEYS_PER_VALUE = 32;

const fragments = new WeakMap<object, Map<string, string>>();

export function fragmentOf(value: object, key: string, render: () => VNode): string {
  let byKey = fragments.get(value);
  if (!byKey) fragments.set(value, (byKey = new Map<string, string>()));
  let html = byKey.get(key);
  if (html === undefined) {
    html = renderToString(render());
    if (byKey.size >= KEYS_PER_VALUE) byKey.clear();
    byKey.set(key, html);
  }
  return html;
}
