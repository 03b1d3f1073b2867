/**
 * Demo content, written by the Xabar team: categories, tags and the shape of a demo story.
 * Uzbek Cyrillic (oz) is never written here: it is derived from Uzbek Latin by the transliterator,
 * exactly as the newsroom derives it (withCyrillic, for names).
 */
import type { Locale } from "../../lang/locales.js";
import { toCyrillic } from "../../lang/translit.js";

export type WrittenLocale = "uz" | "ru" | "en";
export type Names = Record<WrittenLocale, string>;

/** Names in all four locales: the three written ones, and Uzbek Cyrillic from the Latin. */
export function withCyrillic(names: Names): Record<Locale, string> {
  return { uz: names.uz, oz: toCyrillic(names.uz), ru: names.ru, en: names.en };
}

export interface DemoCategory {
  slug: string;
  names: Names;
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { slug: "uzbekistan", names: { uz: "Oʻzbekiston", ru: "Узбекистан", en: "Uzbekistan" } },
  { slug: "world", names: { uz: "Dunyo", ru: "Мир", en: "World" } },
  { slug: "economy", names: { uz: "Iqtisodiyot", ru: "Экономика", en: "Economy" } },
  { slug: "sport", names: { uz: "Sport", ru: "Спорт", en: "Sport" } },
  { slug: "technology", names: { uz: "Texnologiya", ru: "Технологии", en: "Technology" } },
  { slug: "culture", names: { uz: "Madaniyat", ru: "Культура", en: "Culture" } },
  { slug: "health", names: { uz: "Salomatlik", ru: "Здоровье", en: "Health" } },
];

export const DEMO_TAGS: Record<string, Names> = {
  tashkent: { uz: "Toshkent", ru: "Ташкент", en: "Tashkent" },
  samarkand: { uz: "Samarqand", ru: "Самарканд", en: "Samarkand" },
  bukhara: { uz: "Buxoro", ru: "Бухара", en: "Bukhara" },
  fergana: { uz: "Fargʻona", ru: "Фергана", en: "Fergana" },
  karakalpakstan: { uz: "Qoraqalpogʻiston", ru: "Каракалпакстан", en: "Karakalpakstan" },
  transport: { uz: "Transport", ru: "Транспорт", en: "Transport" },
  education: { uz: "Taʼlim", ru: "Образование", en: "Education" },
  agriculture: { uz: "Qishloq xoʻjaligi", ru: "Сельское хозяйство", en: "Agriculture" },
  water: { uz: "Suv resurslari", ru: "Водные ресурсы", en: "Water" },
  energy: { uz: "Energetika", ru: "Энергетика", en: "Energy" },
  banking: { uz: "Banklar", ru: "Банки", en: "Banking" },
  trade: { uz: "Savdo", ru: "Торговля", en: "Trade" },
  football: { uz: "Futbol", ru: "Футбол", en: "Football" },
  olympics: { uz: "Olimpiada", ru: "Олимпиада", en: "Olympics" },
  chess: { uz: "Shaxmat", ru: "Шахматы", en: "Chess" },
  "artificial-intelligence": { uz: "Sunʼiy intellekt", ru: "Искусственный интеллект", en: "Artificial intelligence" },
  startups: { uz: "Startaplar", ru: "Стартапы", en: "Startups" },
  internet: { uz: "Internet", ru: "Интернет", en: "Internet" },
  space: { uz: "Koinot", ru: "Космос", en: "Space" },
  climate: { uz: "Iqlim", ru: "Климат", en: "Climate" },
  music: { uz: "Musiqa", ru: "Музыка", en: "Music" },
  cinema: { uz: "Kino", ru: "Кино", en: "Cinema" },
  heritage: { uz: "Meros", ru: "Наследие", en: "Heritage" },
  tourism: { uz: "Turizm", ru: "Туризм", en: "Tourism" },
  medicine: { uz: "Tibbiyot", ru: "Медицина", en: "Medicine" },
  diplomacy: { uz: "Diplomatiya", ru: "Дипломатия", en: "Diplomacy" },
  weather: { uz: "Ob-havo", ru: "Погода", en: "Weather" },
};

export interface DemoArticle {
  title: string;
  /** One or two sentences shown under the title and in cards. */
  lead: string;
  /** Paragraphs of plain text (3–5), rendered as <p>; one may be a quote starting with "> ". */
  body: string[];
}

export interface DemoStory {
  category: string;
  /** Publish time: this many hours before the demo is seeded (0.5 … 120). */
  hoursAgo: number;
  tags: string[];
  source?: { name: string; url?: string };
  /** Editor's pick for the "Today" strip. */
  pinned?: boolean;
  /** Missing locales are real: not every story is translated. Uzbek Cyrillic follows uz. */
  uz?: DemoArticle;
  ru?: DemoArticle;
  en?: DemoArticle;
}
