/**
 * The message catalogue: every user-visible UI string, in all four locales. English defines the
 * keys; each other locale is typed against them, so a missing or extra key is a compile error.
 * Uzbek Cyrillic is derived from Uzbek Latin by the transliterator (the same path articles take),
 * with overrides where the rules are not enough.
 */
import type { Locale } from "./locales.js";
import { defaultDictionary } from "./translit-dictionary.js";
import { toCyrillic } from "./translit.js";

const en = {
  siteName: "Xabar",
  siteTagline: "News in four languages",
  skipToContent: "Skip to content",
  mainNavigation: "Main navigation",
  language: "Language",
  languageUz: "Uzbek",
  languageOz: "Cyrillic",
  languageRu: "Russian",
  languageEn: "English",
  home: "Home",
  today: "Today",
  todayStrip: "Today and the weather",
  yesterday: "Yesterday",
  tomorrow: "Tomorrow",
  topStories: "Top stories",
  latestIn: "Latest in {category}",
  mostRead: "Most read",
  latestNews: "Latest news",
  allLatestNews: "All the latest news",
  thisWeek: "This week",
  similarNews: "Similar news",
  allNewsIn: "All news in {category}",
  views: "Views",
  viewsCount: "{count} views",
  reactions: "Reactions",
  reactionLike: "Like",
  reactionLove: "Love",
  reactionLaugh: "Funny",
  reactionSad: "Sad",
  reactionAngry: "Angry",
  source: "Source",
  author: "Author",
  tags: "Tags",
  published: "Published",
  page: "Page {page}",
  pagination: "Pages",
  newer: "Newer",
  older: "Older",
  emptyList: "No news here yet.",
  notFoundTitle: "Page not found",
  notFoundText: "The page you are looking for does not exist or has been moved.",
  goneTitle: "This article has been withdrawn",
  goneText: "The editors have taken this article off the site.",
  correction: "Correction",
  breaking: "Breaking",
  backHome: "Go to the home page",
  unavailableTitle: "Temporarily unavailable",
  unavailableText: "The site is under heavy load or being updated. Please try again in a minute.",
  weather: "Weather",
  weatherIn: "Weather in {city}",
  wind: "wind",
  windSpeed: "{speed} m/s",
  windN: "N",
  windNE: "NE",
  windE: "E",
  windSE: "SE",
  windS: "S",
  windSW: "SW",
  windW: "W",
  windNW: "NW",
  wmoClear: "clear sky",
  wmoMainlyClear: "mainly clear",
  wmoPartlyCloudy: "partly cloudy",
  wmoOvercast: "overcast",
  wmoFog: "fog",
  wmoDrizzle: "drizzle",
  wmoFreezingDrizzle: "freezing drizzle",
  wmoRain: "rain",
  wmoFreezingRain: "freezing rain",
  wmoSnow: "snow",
  wmoSnowGrains: "snow grains",
  wmoRainShowers: "rain showers",
  wmoSnowShowers: "snow showers",
  wmoThunderstorm: "thunderstorm",
  wmoThunderstormHail: "thunderstorm with hail",
  wmoUnknown: "weather unknown",
  cityTashkent: "Tashkent",
  footerAbout: "Xabar is an open-source newsroom for multilingual regional news.",
  footerRights: "© {year} Xabar. Texts may be quoted with a link to the source.",
  coverImage: "Cover image: {title}",
  readOnSite: "Read on the site",
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

const uz: Catalogue = {
  siteName: "Xabar",
  siteTagline: "Toʻrt tildagi yangiliklar",
  skipToContent: "Asosiy matnga oʻtish",
  mainNavigation: "Asosiy menyu",
  language: "Til",
  languageUz: "Lotin",
  languageOz: "Kirill",
  languageRu: "Ruscha",
  languageEn: "Inglizcha",
  home: "Bosh sahifa",
  today: "Bugun",
  todayStrip: "Bugun va ob-havo",
  yesterday: "Kecha",
  tomorrow: "Ertaga",
  topStories: "Asosiy xabarlar",
  latestIn: "{category}: soʻnggi xabarlar",
  mostRead: "Eng koʻp oʻqilgan",
  latestNews: "Soʻnggi yangiliklar",
  allLatestNews: "Barcha soʻnggi yangiliklar",
  thisWeek: "Shu hafta",
  similarNews: "Oʻxshash yangiliklar",
  allNewsIn: "{category} boʻlimidagi barcha xabarlar",
  views: "Koʻrishlar",
  viewsCount: "{count} marta koʻrilgan",
  reactions: "Munosabatlar",
  reactionLike: "Yoqdi",
  reactionLove: "Juda yoqdi",
  reactionLaugh: "Kulgili",
  reactionSad: "Achinarli",
  reactionAngry: "Jahlim chiqdi",
  source: "Manba",
  author: "Muallif",
  tags: "Teglar",
  published: "Eʼlon qilindi",
  page: "{page}-sahifa",
  pagination: "Sahifalar",
  newer: "Yangiroq",
  older: "Eskiroq",
  emptyList: "Bu yerda hozircha yangilik yoʻq.",
  notFoundTitle: "Sahifa topilmadi",
  notFoundText: "Siz izlagan sahifa mavjud emas yoki boshqa manzilga koʻchirilgan.",
  goneTitle: "Maqola olib tashlandi",
  goneText: "Tahririyat bu maqolani saytdan olib tashladi.",
  correction: "Tuzatish",
  breaking: "Shoshilinch",
  backHome: "Bosh sahifaga qaytish",
  unavailableTitle: "Vaqtincha ishlamayapti",
  unavailableText: "Sayt yuklamasi juda yuqori yoki yangilanmoqda. Bir daqiqadan soʻng qayta urinib koʻring.",
  weather: "Ob-havo",
  weatherIn: "{city}da ob-havo",
  wind: "shamol",
  windSpeed: "{speed} m/s",
  windN: "shimoliy",
  windNE: "shimoli-sharqiy",
  windE: "sharqiy",
  windSE: "janubi-sharqiy",
  windS: "janubiy",
  windSW: "janubi-gʻarbiy",
  windW: "gʻarbiy",
  windNW: "shimoli-gʻarbiy",
  wmoClear: "ochiq osmon",
  wmoMainlyClear: "asosan ochiq",
  wmoPartlyCloudy: "qisman bulutli",
  wmoOvercast: "bulutli",
  wmoFog: "tuman",
  wmoDrizzle: "mayda yomgʻir",
  wmoFreezingDrizzle: "muzlovchi mayda yomgʻir",
  wmoRain: "yomgʻir",
  wmoFreezingRain: "muzlovchi yomgʻir",
  wmoSnow: "qor",
  wmoSnowGrains: "mayda qor",
  wmoRainShowers: "jala",
  wmoSnowShowers: "kuchli qor",
  wmoThunderstorm: "momaqaldiroq",
  wmoThunderstormHail: "doʻl bilan momaqaldiroq",
  wmoUnknown: "maʼlumot yoʻq",
  cityTashkent: "Toshkent",
  footerAbout: "Xabar — koʻp tilli hududiy yangiliklar uchun ochiq kodli tahririyat tizimi.",
  footerRights: "© {year} Xabar. Materiallardan manbaga havola bilan foydalanish mumkin.",
  coverImage: "Muqova rasmi: {title}",
  readOnSite: "Saytda oʻqing",
};

const ru: Catalogue = {
  siteName: "Xabar",
  siteTagline: "Новости на четырёх языках",
  skipToContent: "Перейти к содержанию",
  mainNavigation: "Главное меню",
  language: "Язык",
  languageUz: "Узбекский",
  languageOz: "Кириллица",
  languageRu: "Русский",
  languageEn: "Английский",
  home: "Главная",
  today: "Сегодня",
  todayStrip: "Сегодня и погода",
  yesterday: "Вчера",
  tomorrow: "Завтра",
  topStories: "Главные новости",
  latestIn: "{category}: последние новости",
  mostRead: "Самое читаемое",
  latestNews: "Последние новости",
  allLatestNews: "Все последние новости",
  thisWeek: "За неделю",
  similarNews: "Похожие новости",
  allNewsIn: "Все новости раздела «{category}»",
  views: "Просмотры",
  viewsCount: "Просмотров: {count}",
  reactions: "Реакции",
  reactionLike: "Нравится",
  reactionLove: "Очень нравится",
  reactionLaugh: "Смешно",
  reactionSad: "Грустно",
  reactionAngry: "Возмутительно",
  source: "Источник",
  author: "Автор",
  tags: "Теги",
  published: "Опубликовано",
  page: "Страница {page}",
  pagination: "Страницы",
  newer: "Новее",
  older: "Старее",
  emptyList: "Здесь пока нет новостей.",
  notFoundTitle: "Страница не найдена",
  notFoundText: "Страница, которую вы ищете, не существует или была перемещена.",
  goneTitle: "Статья снята с публикации",
  goneText: "Редакция сняла эту статью с сайта.",
  correction: "Исправление",
  breaking: "Срочно",
  backHome: "На главную",
  unavailableTitle: "Временно недоступно",
  unavailableText: "Сайт перегружен или обновляется. Попробуйте ещё раз через минуту.",
  weather: "Погода",
  weatherIn: "Погода: {city}",
  wind: "ветер",
  windSpeed: "{speed} м/с",
  windN: "С",
  windNE: "СВ",
  windE: "В",
  windSE: "ЮВ",
  windS: "Ю",
  windSW: "ЮЗ",
  windW: "З",
  windNW: "СЗ",
  wmoClear: "ясно",
  wmoMainlyClear: "преимущественно ясно",
  wmoPartlyCloudy: "переменная облачность",
  wmoOvercast: "пасмурно",
  wmoFog: "туман",
  wmoDrizzle: "морось",
  wmoFreezingDrizzle: "ледяная морось",
  wmoRain: "дождь",
  wmoFreezingRain: "ледяной дождь",
  wmoSnow: "снег",
  wmoSnowGrains: "снежная крупа",
  wmoRainShowers: "ливень",
  wmoSnowShowers: "снегопад",
  wmoThunderstorm: "гроза",
  wmoThunderstormHail: "гроза с градом",
  wmoUnknown: "нет данных",
  cityTashkent: "Ташкент",
  footerAbout: "Xabar — открытая редакционная система для многоязычных региональных новостей.",
  footerRights: "© {year} Xabar. При цитировании ссылка на источник обязательна.",
  coverImage: "Обложка: {title}",
  readOnSite: "Читать на сайте",
};

/** Where the letter rules do not give the spelling Cyrillic readers expect. */
const ozOverrides: Partial<Catalogue> = {
  siteName: "Xabar",
  windSpeed: "{speed} м/с",
  footerAbout: "Xabar — кўп тилли ҳудудий янгиликлар учун очиқ кодли таҳририят тизими.",
  footerRights: "© {year} Xabar. Материаллардан манбага ҳавола билан фойдаланиш мумкин.",
};

function deriveCyrillic(latin: Catalogue): Catalogue {
  const derived = {} as Catalogue;
  for (const key of Object.keys(latin) as MessageKey[]) {
    // Placeholders such as {category} stay as they are.
    derived[key] = latin[key].replace(/\{\w+\}|[^{]+/g, (part) => (part.startsWith("{") ? part : toCyrillic(part)));
  }
  return derived;
}

/**
 * Uzbek Cyrillic is derived on first use and again whenever the transliteration dictionary is
 * extended (an editor's XABAR_TRANSLIT_EXCEPTIONS), so no message is spelled before the
 * exceptions are known.
 */
let oz: { revision: number; catalogue: Catalogue } | undefined;

function cyrillicCatalogue(): Catalogue {
  if (oz?.revision !== defaultDictionary.revision) oz = { revision: defaultDictionary.revision, catalogue: { ...deriveCyrillic(uz), ...ozOverrides } };
  return oz.catalogue;
}

/** The messages of a locale. */
export function catalogue(locale: Locale): Catalogue {
  return locale === "oz" ? cyrillicCatalogue() : FIXED[locale];
}

const FIXED: Record<Exclude<Locale, "oz">, Catalogue> = { uz, ru, en };

export type MessageVars = Record<string, string | number>;

/** The UI string `key` in `locale`, with `{name}` placeholders filled from `vars`. */
export function t(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const message = catalogue(locale)[key];
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
