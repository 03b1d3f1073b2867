/**
 * Small vocabularies for generated bench content: news-like words per written language. Uzbek
 * Cyrillic (oz) is never written here: it is derived from the Uzbek Latin words by toCyrillic.
 * The text they make is word salad in the right language and script, which is all a benchmark
 * needs (lengths, character sets, slugs and search keys like real ones).
 */
export type BenchWrittenLocale = "uz" | "ru" | "en";

export const WORDS: Record<BenchWrittenLocale, readonly string[]> = {
  uz: (
    "Toshkent Samarqand Buxoro Fargʻona Andijon Namangan Qoraqalpogʻiston Xorazm Navoiy Jizzax Sirdaryo Qashqadaryo " +
    "hukumat vazirlik prezident parlament deputat hokimlik loyiha dastur qaror farmon qonun islohot " +
    "iqtisodiyot bank kredit soliq byudjet eksport import savdo bozor narx inflyatsiya investitsiya " +
    "zavod korxona ishlab chiqarish paxta gʻalla bugʻdoy suv energiya elektr gaz neft quyosh shamol " +
    "maktab universitet talaba oʻqituvchi taʼlim ilm fan tadqiqot kasalxona shifokor bemor sogʻliq " +
    "futbol terma jamoa oʻyin gʻalaba magʻlubiyat chempionat olimpiada sportchi murabbiy medal shaxmat " +
    "madaniyat teatr kino musiqa kitob festival koʻrgazma muzey meros sayyoh turizm mehmon " +
    "yangi katta kichik muhim birinchi ikkinchi oxirgi yillik oylik kunlik mahalliy xalqaro davlat " +
    "shahar tuman qishloq mahalla koʻcha yoʻl koʻprik temir aeroport poyezd avtobus metro transport " +
    "aholi fuqaro yoshlar ayollar bolalar oila uy xonadon ish maosh pensiya nafaqa " +
    "bugun kecha ertaga hafta oy yil mavsum bahor yoz kuz qish ob-havo harorat yomgʻir qor " +
    "boshlandi yakunlandi ochildi tasdiqlandi eʼlon qilindi taqdim etildi muhokama qilindi oshdi kamaydi " +
    "boʻyicha uchun bilan orqali tomonidan haqida davomida natijasida munosabati bilan " +
    "va ham esa lekin ammo chunki shuningdek hamda yana koʻp barcha har bir ushbu mazkur " +
    "raqamli internet texnologiya sunʼiy intellekt dastur ilova platforma startap tizim xizmat"
  ).split(" "),
  ru: (
    "Ташкент Самарканд Бухара Фергана Андижан Наманган Каракалпакстан Хорезм Навои Джизак " +
    "правительство министерство президент парламент депутат хокимият проект программа решение указ закон реформа " +
    "экономика банк кредит налог бюджет экспорт импорт торговля рынок цена инфляция инвестиции " +
    "завод предприятие производство хлопок зерно пшеница вода энергия электричество газ нефть солнце ветер " +
    "школа университет студент учитель образование наука исследование больница врач пациент здоровье " +
    "футбол сборная команда матч победа поражение чемпионат олимпиада спортсмен тренер медаль шахматы " +
    "культура театр кино музыка книга фестиваль выставка музей наследие турист туризм гость " +
    "новый большой малый важный первый второй последний годовой месячный местный международный государственный " +
    "город район село махалля улица дорога мост железная аэропорт поезд автобус метро транспорт " +
    "население граждане молодёжь женщины дети семья дом работа зарплата пенсия пособие " +
    "сегодня вчера завтра неделя месяц год сезон весна лето осень зима погода температура дождь снег " +
    "начался завершился открылся утверждён объявлен представлен обсуждён вырос снизился " +
    "по для с через со стороны о в течение в результате в связи с " +
    "и также а но однако потому что кроме того ещё много все каждый этот данный " +
    "цифровой интернет технологии искусственный интеллект приложение платформа стартап система услуга"
  ).split(" "),
  en: (
    "Tashkent Samarkand Bukhara Fergana Andijan Namangan Karakalpakstan Khorezm Navoi Jizzakh " +
    "government ministry president parliament deputy mayor project programme decision decree law reform " +
    "economy bank loan tax budget export import trade market price inflation investment " +
    "factory company production cotton grain wheat water energy power gas oil solar wind " +
    "school university student teacher education science research hospital doctor patient health " +
    "football national team match victory defeat championship olympics athlete coach medal chess " +
    "culture theatre cinema music book festival exhibition museum heritage tourist tourism guest " +
    "new large small important first second last annual monthly local international state " +
    "city district village neighbourhood street road bridge railway airport train bus metro transport " +
    "residents citizens youth women children family home work salary pension allowance " +
    "today yesterday tomorrow week month year season spring summer autumn winter weather temperature rain snow " +
    "began ended opened approved announced presented discussed rose fell " +
    "on for with through by about during after because of " +
    "and also while but however because moreover again many all every this the a " +
    "digital internet technology artificial intelligence app platform startup system service"
  ).split(" "),
};

export const AUTHORS = [
  { slug: "bench-nilufar-tosheva", uz: "Nilufar Tosheva", ru: "Нилуфар Тошева", en: "Nilufar Tosheva" },
  { slug: "bench-jasur-aliyev", uz: "Jasur Aliyev", ru: "Жасур Алиев", en: "Jasur Aliyev" },
  { slug: "bench-olga-petrova", uz: "Olga Petrova", ru: "Ольга Петрова", en: "Olga Petrova" },
  { slug: "bench-bekzod-yusupov", uz: "Bekzod Yusupov", ru: "Бекзод Юсупов", en: "Bekzod Yusupov" },
];

export const SOURCES = [
  { name: "UzDaily", url: "https://uzdaily.example/news" },
  { name: "Gazeta", url: "https://gazeta.example/news" },
  { name: "Kun", url: "https://kun.example/news" },
];
