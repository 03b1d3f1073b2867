/**
 * The newsroom half of the stored-XSS test: the admin API over real HTTP (session cookie, CSRF
 * token, the site's Origin), every answer kept so the test can say which write failed; one story
 * per vector with the vector in every text field of uz (and its derived oz), ru and en; a story
 * whose body is the whole corpus at once, written through PATCH; refused slugs and script URLs.
 */
import type { XssVector } from "./xss-vectors.js";
import { slugify } from "../../src/lang/slug.js";

export interface Answer {
  what: string;
  status: number;
  body: unknown;
}

export interface StoredArticle {
  id: number;
  locale: string;
  status: string;
  version: number;
  title: string;
  lead: string;
  body: string;
  url: string;
  sourceName: string | null;
  sourceUrl: string | null;
}

interface Created {
  story: { id: number };
  articles: Array<{ id: number; locale: string; url: string }>;
}

export const CATEGORIES = ["uzbekistan", "world", "economy", "sport", "technology", "culture", "health"];
export const TAGS = ["tashkent", "football", "internet"];

export class Newsroom {
  /** Every write and its answer. */
  readonly writes: Answer[] = [];
  /** Writes that had to be refused (slugs, script URLs), kept apart from `writes`. */
  readonly refusals: Answer[] = [];

  private constructor(
    private readonly base: string,
    private readonly origin: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  static async signIn(base: string, origin: string, email: string, password: string): Promise<Newsroom> {
    const res = await fetch(`${base}/api/admin/session`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in answered ${res.status}`);
    const cookie =
      res.headers
        .getSetCookie()
        .find((c) => c.startsWith("xabar_session="))
        ?.split(";")[0] ?? "";
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return new Newsroom(base, origin, cookie, csrfToken);
  }

  async call(method: string, path: string, body?: object, headers: Record<string, string> = {}, log: Answer[] = this.writes): Promise<Answer> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        "x-csrf-token": this.csrfToken,
        origin: this.origin,
        ...(body ? { "content-type": "application/json" } : {}),
        ...headers,
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    const answer = { what: `${method} ${path}`, status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    if (method !== "GET") log.push(answer);
    return answer;
  }

  async article(id: number): Promise<StoredArticle> {
    const answer = await this.call("GET", `/api/admin/articles/${id}`);
    if (answer.status !== 200) throw new Error(`GET article ${id} answered ${answer.status}`);
    return (answer.body as { article: StoredArticle }).article;
  }

  /** A write that must be refused. */
  attempt(path: string, body: object, what: string): Promise<Answer> {
    return this.call("POST", path, body, {}, this.refusals).then((answer) => Object.assign(answer, { what }));
  }

  /** Publishes an article unless it already is (a uz article takes its derived oz sibling along). */
  async publish(id: number): Promise<void> {
    if ((await this.article(id)).status !== "published") await this.call("POST", `/api/admin/articles/${id}/transitions`, { to: "published" });
  }

  /** A story in uz (bringing its oz), ru and en, all published; its articles' ids, or none when the API refused it. */
  async publishedStory(body: object): Promise<Array<{ id: number; locale: string }>> {
    const answer = await this.call("POST", "/api/admin/stories", body);
    if (answer.status !== 201) return [];
    const { articles } = answer.body as Created;
    for (const locale of ["uz", "ru", "en", "oz"]) {
      const found = articles.find((a) => a.locale === locale);
      if (found) await this.publish(found.id);
    }
    return articles.map(({ id, locale }) => ({ id, locale }));
  }
}

/** The vector in the path, the query or the fragment of an http(s) URL (the schema takes nothing else). */
export function sourceUrlWith(vector: XssVector): string {
  const at = ["https://example.uz/", "https://example.uz/news?q=", "https://example.uz/news#"][vector.id % 3] ?? "";
  return `${at}${vector.html}`;
}

/** A vector the API takes as a new tag's label (at most 80 characters, making a slug); the others it refuses. */
export const takesAsTag = (vector: XssVector): boolean => vector.html.trim().length <= 80 && slugify(vector.html, "uz") !== "";

/**
 * One vector in every text field of a rendition. The body says something before it: a body the
 * sanitizer empties (a lone <script>) could not be published, and each vector's page is visited.
 */
export function renditionWith(vector: XssVector) {
  return { title: vector.html, lead: vector.html, body: `<p>Matn.</p>${vector.html}`, sourceName: vector.html, sourceUrl: sourceUrlWith(vector) };
}

export function storyWith(vector: XssVector) {
  const rendition = renditionWith(vector);
  return {
    category: CATEGORIES[vector.id % CATEGORIES.length] ?? "world",
    // A new tag is made from the label it is given, named with it: the vector becomes a tag's name
    // too (shown on the article page), unless the API refuses it as a label (see takesAsTag).
    tags: [TAGS[vector.id % TAGS.length] ?? "tashkent", ...(takesAsTag(vector) ? [vector.html] : [])],
    renditions: { uz: rendition, ru: rendition, en: rendition },
  };
}

/** As many vectors as fit in `max` characters, from `from` on. */
export function packed(vectors: readonly XssVector[], from: number, max: number): string {
  let text = "";
  for (let i = from; i < from + vectors.length; i++) {
    const next = vectors[i % vectors.length]?.html ?? "";
    if (text.length + next.length + 1 > max) break;
    text += `${next} `;
  }
  return text.trim();
}

/** The whole corpus in one body and packed into the other fields, as a PATCH of a published article. */
export function corpusChange(vectors: readonly XssVector[], from: number) {
  return {
    title: packed(vectors, from, 300),
    lead: packed(vectors, from + 3, 1_000),
    body: vectors.map((v) => v.html).join("\n"),
    sourceName: packed(vectors, from + 7, 200),
    sourceUrl: `https://example.uz/?q=${packed(vectors, from + 11, 1_900)}`,
  };
}
