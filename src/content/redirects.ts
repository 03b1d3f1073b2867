/**
 * Old addresses of imported articles (a WordPress permalink, `/?p=123`, DLE's `/123-slug.html`)
 * in one spelling, so that the import stores and the site looks up the same key: the path
 * percent-decoded and lower-cased, without a trailing slash, and of the query only a numeric
 * `p` or `page_id` (WordPress's plain links). Any other query is ignored: it cannot make keys.
 */
const KEPT_QUERY = ["p", "page_id"] as const;
const MAX_KEY_LENGTH = 500;

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The key of `address` (a path with its query, or a whole URL), or undefined when it can name no old article. */
export function redirectKey(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address, "http://old.invalid");
  } catch {
    return undefined;
  }
  const path = decoded(url.pathname).toLowerCase().replace(/\/+$/, "") || "/";
  const kept = KEPT_QUERY.map((name) => [name, url.searchParams.get(name)] as const).find(([, value]) => value !== null && /^[1-9]\d{0,18}$/.test(value));
  const key = kept ? `${path}?${kept[0]}=${kept[1]}` : path;
  if (key === "/" || key.length > MAX_KEY_LENGTH) return undefined;
  return key;
}
