/** Categories, tags and bylines with their names per locale. */
import { localizedTexts } from "../db/byline.js";
import type { Db } from "../db/database.js";
import { detectScript } from "../lang/detect-script.js";
import { isLocale, type Locale } from "../lang/locales.js";
import { slugify } from "../lang/slug.js";
import { toCyrillic, toLatin } from "../lang/translit.js";

export type LocalizedNames = Partial<Record<Locale, string>>;

/** A tag's names from one typed in `locale`: the other Uzbek script transliterated, Russian and English the same until an editor names them. */
export function tagNamesFrom(name: string, locale: Locale): Record<Locale, string> {
  const uzbek = locale === "oz" ? { uz: toLatin(name), oz: name } : { uz: name, oz: toCyrillic(name) };
  return { ru: name, en: name, ...uzbek, [locale]: name };
}

/**
 * A byline's names from the name a person goes by. Typed in Cyrillic, the Latin pages get it
 * transliterated; typed in Latin, the Uzbek Cyrillic page does, unless it is an English name
 * ("John Smith" letter by letter is "Жоҳн Смитҳ"): that stays as typed until an editor names it.
 */
export function bylineNamesFrom(name: string): Record<Locale, string> {
  if (/\p{Script=Cyrillic}/u.test(name)) {
    const latin = toLatin(name);
    return { uz: latin, oz: name, ru: name, en: latin };
  }
  return { uz: name, oz: detectScript(name) === "en" ? name : toCyrillic(name), ru: name, en: name };
}

export interface Byline {
  slug: string;
  names: LocalizedNames;
  bios: LocalizedNames;
  /** The stories whose articles carry it. */
  storyIds: number[];
}

export class TaxonomyRepository {
  constructor(private readonly db: Db) {}

  /** A byline by its id, or undefined. */
  async byline(id: number): Promise<Byline | undefined> {
    const row = await this.db.selectFrom("authors").select(["slug", "names", "bios"]).where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const stories = await this.db.selectFrom("articles").select("story_id").distinct().where("author_id", "=", id).execute();
    return { slug: row.slug, names: localizedTexts(row.names), bios: localizedTexts(row.bios), storyIds: stories.map((s) => s.story_id) };
  }

  async saveByline(id: number, names: LocalizedNames, bios: LocalizedNames): Promise<void> {
    await this.db
      .updateTable("authors")
      .set({ names: JSON.stringify(names), bios: JSON.stringify(bios) })
      .where("id", "=", id)
      .execute();
  }

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

  /** A tag by its slug: its names per locale and the stories it is on; undefined when no tag has it. */
  async tag(slug: string): Promise<{ names: LocalizedNames; storyIds: number[] } | undefined> {
    const tag = await this.db.selectFrom("tags").select("id").where("slug", "=", slug).executeTakeFirst();
    if (!tag) return undefined;
    const [names, stories] = await Promise.all([
      this.db.selectFrom("tag_names").select(["locale", "name"]).where("tag_id", "=", tag.id).execute(),
      this.db.selectFrom("story_tags").select("story_id").where("tag_id", "=", tag.id).execute(),
    ]);
    return { names: Object.fromEntries(names.map((n) => [n.locale, n.name])), storyIds: stories.map((s) => s.story_id) };
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

  /** The story's tags by name in `locale` (its slug where it has none), in storyTags' order. */
  async tagNames(storyId: number, locale: Locale): Promise<string[]> {
    const rows = await this.db
      .selectFrom("story_tags as st")
      .innerJoin("tags as t", "t.id", "st.tag_id")
      .leftJoin("tag_names as tn", (join) => join.onRef("tn.tag_id", "=", "t.id").on("tn.locale", "=", locale))
      .select(["t.slug", "tn.name"])
      .where("st.story_id", "=", storyId)
      .orderBy("st.position")
      .orderBy("t.slug")
      .execute();
    return rows.map((r) => r.name ?? r.slug);
  }

  /**
   * The tags of `labels`: a tag's name in `locale` (as the editor shows them) or its slug names it;
   * any other label is a new tag, named so in `locale` (and transliterated for the other Uzbek script).
   */
  async ensureTags(labels: readonly string[], locale: Locale = "uz"): Promise<{ ids: number[]; slugs: string[]; invalid?: string }> {
    const named = new Map<string, { id: number; slug: string }>();
    if (labels.length) {
      const rows = await this.db
        .selectFrom("tag_names as tn")
        .innerJoin("tags as t", "t.id", "tn.tag_id")
        .select(["t.id", "t.slug", "tn.name"])
        .where("tn.locale", "=", locale)
        .where("tn.name", "in", [...labels])
        .execute();
      for (const row of rows) named.set(row.name, row);
    }
    const wanted = new Map<string, string>();
    for (const label of labels) {
      const slug = named.get(label)?.slug ?? slugify(label, "uz");
      if (!slug) return { ids: [], slugs: [], invalid: label };
      if (!wanted.has(slug)) wanted.set(slug, label);
    }
    if (wanted.size === 0) return { ids: [], slugs: [] };
    const found = await this.db
      .selectFrom("tags")
      .select(["id", "slug"])
      .where("slug", "in", [...wanted.keys()])
      .execute();
    // In the labels' order: a story keeps its tags in the order they were typed.
    const ids: number[] = [];
    for (const [slug, label] of wanted) {
      const existing = found.find((t) => t.slug === slug);
      if (existing) {
        ids.push(existing.id);
        continue;
      }
      const name = label === slug ? slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()) : label;
      ids.push(await this.upsertTag(slug, tagNamesFrom(name, locale)));
    }
    return { ids, slugs: [...wanted.keys()] };
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
