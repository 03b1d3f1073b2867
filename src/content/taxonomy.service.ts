/**
 * Naming things in the newsroom (editors and admins): a tag in each language, a byline's names
 * and biographies. Each change is one transaction, and the pages that show the name change at
 * once (the articles that carry it, their lists, the author's page, the feeds).
 */
import type { Db } from "../db/database.js";
import { AppError } from "../errors.js";
import type { Events } from "../events.js";
import { LOCALES, type Locale } from "../lang/locales.js";
import { type Editor, invalid } from "./editorial.js";
import type { BylineChange, TagNames } from "./editorial.schema.js";
import { type LocalizedNames, TaxonomyRepository, bylineNamesFrom, tagNamesFrom } from "./taxonomy.repository.js";

/**
 * `current` with the locales `given` changed: a name given as null falls back to the one made
 * from the Uzbek name (`from`), which itself cannot be cleared, so every page has a name.
 */
function renamed(current: LocalizedNames, given: Partial<Record<Locale, string | null>>, from: (uzbek: string) => Record<Locale, string>): LocalizedNames {
  const uzbek = given.uz === undefined ? current.uz : given.uz;
  if (!uzbek) invalid("names", "required", "the Uzbek name cannot be cleared: the other languages fall back to it");
  const fallback = from(uzbek);
  const changed = Object.entries(given).map(([locale, name]) => [locale, name ?? fallback[locale as Locale]]);
  return { ...current, ...(Object.fromEntries(changed) as LocalizedNames) };
}

export class TaxonomyService {
  constructor(
    private readonly db: Db,
    private readonly events: Events,
  ) {}

  /** Names a tag in the locales given: its list pages and the articles that show it change at once. */
  async renameTag(slug: string, names: TagNames, by: Editor): Promise<{ slug: string; names: LocalizedNames }> {
    by.may("taxonomy.edit");
    const tag = await this.db.transaction().execute(async (trx) => {
      const taxonomy = new TaxonomyRepository(trx);
      const current = await taxonomy.tag(slug);
      if (!current) throw new AppError("XABAR_NOT_FOUND", "No such tag");
      await taxonomy.upsertTag(
        slug,
        renamed(current.names, names, (uzbek) => tagNamesFrom(uzbek, "uz")),
      );
      return taxonomy.tag(slug);
    });
    const storyIds = tag?.storyIds ?? [];
    await this.events.emit("articles.changed", { articleIds: [], storyIds, locales: [...LOCALES], categorySlugs: [], tagSlugs: [slug] });
    return { slug, names: tag?.names ?? {} };
  }

  /** A byline's names and biographies in the locales given: its articles and the author's page change at once. */
  async editByline(id: number, change: BylineChange, by: Editor): Promise<{ id: number; slug: string; names: LocalizedNames; bios: LocalizedNames }> {
    by.may("taxonomy.edit");
    const byline = await this.db.transaction().execute(async (trx) => {
      const taxonomy = new TaxonomyRepository(trx);
      const current = await taxonomy.byline(id);
      if (!current) throw new AppError("XABAR_NOT_FOUND", "No such byline");
      const names = renamed(current.names, change.names ?? {}, bylineNamesFrom);
      // An emptied biography is none: the author's page then shows the name alone.
      const bios = Object.fromEntries(Object.entries({ ...current.bios, ...change.bios }).filter(([, text]) => text !== "")) as LocalizedNames;
      await taxonomy.saveByline(id, names, bios);
      return { ...current, names, bios };
    });
    await this.events.emit("articles.changed", { articleIds: [], storyIds: byline.storyIds, locales: [...LOCALES], categorySlugs: [], tagSlugs: [] });
    return { id, slug: byline.slug, names: byline.names, bios: byline.bios };
  }
}
