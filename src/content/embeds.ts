/**
 * Embeds of YouTube videos, Telegram channel posts and X posts: which links are one, in their
 * canonical form, and the markup a body stores for one — a figure holding a plain link and the
 * provider's name, shown on the site as a link card (no iframe, no third-party script). Pure
 * code: the sanitizer keeps only embeds whose link is one of these forms, the newsroom app
 * turns a pasted link into one.
 */
export const EMBED_PROVIDERS = ["youtube", "telegram", "x"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export const EMBED_NAMES: Record<EmbedProvider, string> = { youtube: "YouTube", telegram: "Telegram", x: "X" };

export interface Embed {
  provider: EmbedProvider;
  /** The canonical link: https://www.youtube.com/watch?v=…, https://t.me/channel/123, https://x.com/user/status/123. */
  url: string;
}

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com"]);
const TELEGRAM_HOSTS = new Set(["t.me", "telegram.me", "www.t.me", "www.telegram.me"]);
const X_HOSTS = new Set(["x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com"]);
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const CHANNEL = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const POST = /^[1-9]\d{0,9}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const X_POST = /^[1-9]\d{0,19}$/;

function youtube(url: URL): string | undefined {
  const path = url.pathname.split("/").filter(Boolean);
  let id: string | undefined;
  if (url.hostname === "youtu.be") id = path.length === 1 ? path[0] : undefined;
  else if (YOUTUBE_HOSTS.has(url.hostname)) {
    if (path.length === 1 && path[0] === "watch") id = url.searchParams.get("v") ?? undefined;
    else if (path.length === 2 && ["shorts", "embed", "live"].includes(path[0] ?? "")) id = path[1];
  }
  return id && VIDEO_ID.test(id) ? `https://www.youtube.com/watch?v=${id}` : undefined;
}

function telegram(url: URL): string | undefined {
  if (!TELEGRAM_HOSTS.has(url.hostname)) return undefined;
  const path = url.pathname.split("/").filter(Boolean);
  const [channel, post] = path[0] === "s" ? path.slice(1) : path;
  if (path.length !== (path[0] === "s" ? 3 : 2) || !channel || !post || !CHANNEL.test(channel) || !POST.test(post)) return undefined;
  return `https://t.me/${channel}/${post}`;
}

function x(url: URL): string | undefined {
  if (!X_HOSTS.has(url.hostname)) return undefined;
  const [user, status, id, ...rest] = url.pathname.split("/").filter(Boolean);
  if (rest.length || status !== "status" || !user || !id || !X_USER.test(user) || !X_POST.test(id)) return undefined;
  return `https://x.com/${user}/status/${id}`;
}

/** The embed a link is (YouTube, Telegram or X, in any of their usual URL forms), or undefined. */
export function embedOf(link: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return undefined;
  url.hostname = url.hostname.toLowerCase();
  for (const [provider, canonical] of [
    ["youtube", youtube],
    ["telegram", telegram],
    ["x", x],
  ] as const) {
    const found = canonical(url);
    if (found) return { provider, url: found };
  }
  return undefined;
}

/** The stored markup of an embed (its URL is canonical, so it needs no escaping beyond `&`). */
export function embedHtml(embed: Embed): string {
  const href = embed.url.replace(/&/g, "&amp;");
  return `<figure data-embed="${embed.provider}"><a href="${href}">${href}</a><figcaption>${EMBED_NAMES[embed.provider]}</figcaption></figure>`;
}
