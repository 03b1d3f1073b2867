/** The redirects table: an old address (content/redirects.ts) → the article it became. */
import type { Db } from "../db/database.js";
import type { Locale } from "../lang/locales.js";

export interface RedirectTarget {
  id: number;
  locale: Locale;
  categorySlug: string;
  slug: string;
}

export class RedirectRepository {
  constructor(private readonly db: Db) {}

  /** The article on the site (published, due at `now`) an old address names (one primary-key look-up), or undefined. */
  async target(key: string, now: string): Promise<RedirectTarget | undefined> {
    const row = await this.db
      .selectFrom("redirects as r")
      .innerJoin("articles as a", "a.id", "r.article_id")
      .innerJoin("stories as s", "s.id", "a.story_id")
      .innerJoin("categories as c", "c.id", "s.category_id")
      .select(["a.id", "a.locale", "a.slug", "c.slug as categorySlug"])
      .where("r.path", "=", key)
      .where("a.status", "=", "published")
      .where("a.published_at", "<=", now)
      .executeTakeFirst();
    return row && { id: row.id, locale: row.locale, slug: row.slug, categorySlug: row.categorySlug };
  }
}
