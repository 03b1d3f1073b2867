/** Categories and tags with their names per locale. */
import type { Db } from "../db/database.js";
import { isLocale, type Locale } from "../lang/locales.js";

export type LocalizedNames = Partial<Record<Locale, string>>;

export class TaxonomyRepository {
  constructor(private readonly db: Db) {}

  async upsertCategory(slug: string, position: number, names: LocalizedNames): Promise<number> {
    await this.db
      .insertInto("categories")
      .values({ slug, position })
      .onConflict((oc) => oc.column("slug").doUpdateSet({ position }))
      .execute();
    const { id } = await this.db.selectFrom("categories").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
    await this.saveNames("category_names", "category_id", id, names);
    return id;
  }

  async upsertTag(slug: string, names: LocalizedNames): Promise<number> {
    await this.db
      .insertInto("tags")
      .values({ slug })
      .onConflict((oc) => oc.column("slug").doNothing())
      .execute();
    const { id } = await this.db.selectFrom("tags").select("id").where("slug", "=", slug).executeTakeFirstOrThrow();
    await this.saveNames("tag_names", "tag_id", id, names);
    return id;
  }

  private async saveNames(table: "category_names" | "tag_names", key: "category_id" | "tag_id", id: number, names: LocalizedNames): Promise<void> {
    for (const [locale, name] of Object.entries(names)) {
      // The keys are locales by type; the check narrows Object.entries' string without a cast.
      if (!name || !isLocale(locale)) continue;
      const row = { [key]: id, locale, name } as { category_id: number; tag_id: number; locale: Locale; name: string };
      await this.db
        .insertInto(table)
        .values(row)
        .onConflict((oc) => oc.columns([key, "locale"]).doUpdateSet({ name }))
        .execute();
    }
  }
}
