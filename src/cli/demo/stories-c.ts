/**
 * Demo stories, set C: technology, culture and health.
 * Entirely invented news written for the demo; any resemblance to real events is accidental.
 */
import type { DemoStory } from "./catalog.js";

export const STORIES_C: DemoStory[] = [
  // ───────────────────────────── technology ─────────────────────────────
  {
    category: "technology",
    hoursAgo: 1.5,
    tags: ["artificial-intelligence", "tashkent"],
    source: { name: "Xabar" },
    uz: {
      title: "Toshkent laboratoriyasi oʻzbek tili uchun ochiq til modelini taqdim etdi",
      lead: "«Tilmoch» deb nomlangan model oʻzbek tilini lotin va kirill yozuvida tushunadi hamda universitetlar, startaplar va davlat dasturchilari uchun bepul.",
      body: [
        "Toshkentdagi texnika universitetlaridan birining tadqiqot laboratoriyasi aynan oʻzbek tili uchun yaratilgan «Tilmoch» katta til modelini eʼlon qildi. Jamoa maʼlumotiga koʻra, model 18 milliard tokendan iborat matnlar asosida oʻqitilgan: ular orasida raqamlashtirilgan kitoblar, oʻn yillik yangiliklar arxivi, sud qarorlari va normativ-huquqiy hujjatlar bor. Model ochiq litsenziya asosida tarqatiladi, shu bois dasturchilar uni maʼlumotlarni xorijga yubormasdan oʻz serverlarida ishga tushirishi mumkin.",
        "Oʻzbek tilini ikkinchi darajali til sifatida koʻradigan koʻplab global modellardan farqli oʻlaroq, «Tilmoch» lotin va kirill yozuvlarida ishlashga hamda ular oʻrtasida erkin oʻtishga oʻrgatilgan. Laboratoriyaning oʻz sinovlarida model ilgari mavjud boʻlgan eng yaxshi ochiq modelga qaraganda 31 foiz kamroq grammatik xato qilgan va maktab adabiyot imtihoni savollarining 78 foiziga toʻgʻri javob bergan.",
        "> «Oʻzbek tilida qoʻshimchalar tizimi juda boy, ularni tushunmaydigan model begona tildek eshitiladigan matn yozadi, — dedi laboratoriyaning lingvistika yoʻnalishi rahbari. — Deyarli bir yil davomida maʼlumotlarni qoʻlda tozaladik: takrorlarni olib tashladik, buzilgan belgilarni tuzatdik va oʻ hamda gʻ harflaridagi belgilar toʻgʻri yozilganini birma-bir tekshirib chiqdik».",
        "Dasturchilar yil oxirigacha oddiy noutbukda ishlay oladigan yengil versiyani chiqarishni rejalashtirmoqda. Bir nechta bank va mobil aloqa operatori modelni mijozlarni qoʻllab-quvvatlash chatlarida sinab koʻrish istagini bildirgan. Jamoa esa boshqa tadqiqotchilar oʻzbek tilidagi sunʼiy intellekt tizimlari sifatini baholay olishi uchun ochiq maʼlumotlar toʻplamini tayyorlamoqda.",
      ],
    },
    ru: {
      title: "Ташкентская лаборатория выпустила открытую языковую модель для узбекского языка",
      lead: "Модель «Тилмоч» понимает узбекский на латинице и кириллице и бесплатна для университетов, стартапов и государственных разработчиков.",
      body: [
        "Исследовательская лаборатория одного из технических университетов Ташкента опубликовала «Тилмоч» — большую языковую модель, созданную специально для узбекского языка. По словам команды, модель обучена на 18 миллиардах токенов текста, включая оцифрованные книги, новостные архивы за десять лет, судебные решения и нормативные акты. Веса распространяются по открытой лицензии, поэтому разработчики могут запускать модель на собственных серверах, не отправляя данные за рубеж.",
        "В отличие от большинства глобальных моделей, для которых узбекский остаётся второстепенным языком, «Тилмоч» обучали работать с латиницей и кириллицей и свободно переключаться между ними. В собственных тестах лаборатории модель допускала на 31% меньше грамматических ошибок, чем лучшая из ранее доступных открытых моделей, и правильно ответила на 78% вопросов школьного экзамена по литературе.",
        "> «В узбекском языке богатая система окончаний, и модель, которая их не понимает, пишет текст, звучащий как чужой, — рассказал руководитель лингвистического направления лаборатории. — Почти год мы вручную очищали данные: удаляли дубликаты, исправляли испорченные символы и проверяли, правильно ли записаны знаки в буквах oʻ и gʻ».",
        "До конца года разработчики планируют выпустить облегчённую версию, которая сможет работать на обычном ноутбуке. Несколько банков и мобильный оператор уже попросили протестировать модель в чатах поддержки клиентов, а команда готовит открытый набор данных, чтобы другие исследователи могли оценивать качество узбекоязычных систем искусственного интеллекта.",
      ],
    },
    en: {
      title: "Tashkent lab releases an open language model built for Uzbek",
      lead: "The model, called Tilmoch, understands Uzbek in both Latin and Cyrillic script and is free for universities, startups and government developers.",
      body: [
        "A research laboratory at a Tashkent technical university has published Tilmoch, a large language model built specifically for Uzbek. The team says the model was trained on 18 billion tokens of text, including digitised books, a decade of news archives, court decisions and legal acts. The weights are released under an open licence, so developers can run the model on their own servers without sending data abroad.",
        "Unlike most global models, which treat Uzbek as a minor language, Tilmoch was taught to handle both the Latin and Cyrillic scripts and to switch freely between them. In the laboratory's own tests, it made 31 percent fewer grammatical errors than the best open model previously available and correctly answered 78 percent of the questions from a school literature exam.",
        "> “Uzbek has a rich system of suffixes, and a model that does not understand them writes text that sounds foreign,” said the laboratory's head of linguistics. “We spent almost a year cleaning the data by hand: removing duplicates, fixing broken characters and checking that the marks in the letters oʻ and gʻ were written correctly.”",
        "The developers plan to release a lighter version that can run on an ordinary laptop by the end of the year. Several banks and a mobile operator have already asked to test the model in customer support chats, while the team is preparing an open dataset so that other researchers can measure the quality of Uzbek-language artificial intelligence systems.",
      ],
    },
  },
  {
    category: "technology",
    hoursAgo: 30,
    tags: ["artificial-intelligence", "education", "fergana"],
    uz: {
      title: "Fargʻona maktablarida insholarni tekshiradigan sunʼiy intellekt yordamchisi sinalmoqda",
      lead: "Pilot loyiha 40 ta maktabni qamrab oldi; oʻqituvchilarning aytishicha, uy vazifalarini tekshirish endi ikki baravar kam vaqt olmoqda.",
      body: [
        "Fargʻona viloyatida ona tili va adabiyot oʻqituvchilari maktab insholarini tekshirishda sunʼiy intellektga asoslangan yordamchidan foydalanadigan pilot loyiha boshlandi. Dastur 40 ta maktabda amalga oshirilmoqda, unda yettinchi–toʻqqizinchi sinflarning 9 mingga yaqin oʻquvchisi ishtirok etmoqda. Tizim imlo va grammatik xatolarning tagiga chizadi hamda oʻqituvchiga matn tuzilishi boʻyicha qisqa izoh taklif qiladi.",
        "Yordamchi oʻzbek tili uchun yaratilgan til modeliga asoslangan boʻlib, u tajribali pedagoglar tekshirgan 60 ming insho asosida qoʻshimcha oʻqitilgan. Ishlab chiquvchilar yakuniy bahoni baribir oʻqituvchi qoʻyishini taʼkidlaydi: sunʼiy intellekt faqat izohlar qoralamasini tayyorlaydi, oʻquvchilar maʼlumotlari esa mamlakat ichidagi serverlarda saqlanadi va ota-onalar roziligisiz modelni oʻqitish uchun ishlatilmaydi.",
        "Ishtirokchilarning soʻzlariga koʻra, dastlabki natijalar umidli. Margʻilondagi maktablardan birining oʻqituvchisi ilgari bir dasta daftarni tekshirishga butun kechqurunni sarflaganini, endi esa bu ishni bir yarim–ikki soatda bajarayotganini aytdi. Shu bilan birga pedagoglar tizim baʼzan sheva soʻzlari va sheʼriy iboralarda adashishini, shuning uchun uning maslahatlarini qayta tekshirishga toʻgʻri kelishini qayd etmoqda.",
        "Agar pilot loyiha muvaffaqiyatli boʻlsa, kelgusi oʻquv yilida u Andijon va Namangan viloyatlariga kengaytiriladi. Viloyat taʼlim boshqarmasi oʻqituvchilar uchun bunday vositalardan masʼuliyat bilan foydalanish va oʻquvchilarga neyrotarmoqdan koʻchirib olish nega yomon fikr ekanini tushuntirish boʻyicha bir qator seminarlar oʻtkazishni ham rejalashtirmoqda.",
      ],
    },
    ru: {
      title: "В школах Ферганы тестируют ИИ-помощника для проверки сочинений на узбекском",
      lead: "Пилотный проект охватил 40 школ; учителя говорят, что проверка домашних заданий теперь занимает вдвое меньше времени.",
      body: [
        "В Ферганской области стартовал пилотный проект, в рамках которого учителя родного языка и литературы используют помощника на основе искусственного интеллекта для проверки школьных сочинений. Программа работает в 40 школах, её участниками стали около 9 тысяч учеников седьмых–девятых классов. Система подчёркивает орфографические и грамматические ошибки и предлагает учителю краткий комментарий по структуре текста.",
        "В основе помощника лежит языковая модель для узбекского языка, дообученная на 60 тысячах сочинений, которые проверили опытные педагоги. Разработчики подчёркивают, что итоговую оценку по-прежнему ставит учитель: искусственный интеллект лишь готовит черновик замечаний, а данные учеников хранятся на серверах внутри страны и не используются для обучения модели без согласия родителей.",
        "По словам участников, первые результаты обнадёживают. Учительница одной из школ Маргилана рассказала, что раньше тратила на проверку стопки тетрадей целый вечер, а теперь справляется за полтора-два часа. При этом педагоги отмечают, что система иногда ошибается в диалектных словах и поэтических оборотах, поэтому её подсказки приходится перепроверять.",
        "Если пилот окажется успешным, в следующем учебном году проект расширят на Андижанскую и Наманганскую области. Областное управление образования также планирует провести для учителей серию семинаров о том, как пользоваться подобными инструментами ответственно и объяснять ученикам, почему списывать у нейросети — плохая идея.",
      ],
    },
  },
  {
    category: "technology",
    hoursAgo: 52,
    tags: ["artificial-intelligence", "internet"],
    uz: {
      title: "Elektron hukumat portalida oʻzbekcha nutqni tushunadigan ovozli yordamchi paydo boʻldi",
      lead: "Fuqarolar endi maʼlumotnomalarga ovoz orqali buyurtma berishi va arizalar holatini tekshirishi mumkin; sinov rejimida yordamchi 70 ta davlat xizmatini qamrab olgan.",
      body: [
        "Milliy elektron hukumat portali oʻzbek va rus tillaridagi soʻrovlarni qabul qiladigan ovozli yordamchini ishga tushirdi. Sinov rejimida u eng koʻp talab qilinadigan 70 ta davlat xizmatini qamrab oladi: yashash joyi haqidagi maʼlumotnomaga buyurtma berishdan tortib, bogʻchaga berilgan ariza holatini tekshirish va yoʻl harakati jarimasini toʻlashgacha. Foydalanuvchi mobil ilovadagi mikrofon tugmasini bosib, nima kerakligini aytib bersa kifoya.",
        "Yordamchi mamlakatning barcha hududlaridan, jumladan, kuchli mahalliy shevada soʻzlashuvchilardan yigʻilgan 3 ming soatdan ortiq yozuvlar asosida oʻqitilgan nutqni tanish tizimiga tayanadi. Ishlab chiquvchilar maʼlumotiga koʻra, kundalik soʻrovlarda tizim soʻzlarning qariyb 92 foizini toʻgʻri taniydi. Soʻngra sunʼiy intellektga asoslangan til modeli soʻrovni kerakli xizmat bilan moslashtiradi va ariza shaklini toʻldiradi.",
        "Loyiha, avvalo, kichik ekrandagi uzun menyularda yoʻl topishi qiyin boʻlgan keksa yoshdagi fuqarolar va qishloq aholisiga moʻljallangan. Dastlabki ikki hafta ichida yordamchi 240 mingga yaqin soʻrovni koʻrib chiqdi. Foydalanuvchilar koʻproq pensiya, kommunal toʻlovlar va yangi tugʻilgan chaqaloqlarni roʻyxatdan oʻtkazish haqida soʻragan.",
        "Ovozli kanal orqali kiritilgan shaxsiy maʼlumotlar davlat serverlarida qayta ishlanadi, deya maʼlum qildi raqamli texnologiyalar uchun masʼul vazirlik. Har qanday ariza yuborilishidan oldin foydalanuvchi uni bir martalik kod bilan tasdiqlashi shart. Qoraqalpoq tilini ham qoʻllab-quvvatlaydigan toʻliq versiya kelasi bahorda ishga tushirilishi kutilmoqda.",
      ],
    },
    ru: {
      title: "На портале электронного правительства появился голосовой помощник на узбекском",
      lead: "Граждане теперь могут голосом заказывать справки и проверять статус заявлений; в тестовом режиме помощник охватывает 70 госуслуг.",
      body: [
        "Национальный портал электронного правительства запустил голосового помощника, который принимает запросы на узбекском и русском языках. В тестовом режиме он охватывает 70 самых востребованных госуслуг — от заказа справки о месте жительства до проверки статуса заявки в детский сад и оплаты штрафа за нарушение правил дорожного движения. Пользователю достаточно нажать на кнопку микрофона в мобильном приложении и рассказать, что ему нужно.",
        "Помощник работает на основе системы распознавания речи, обученной на более чем 3 тысячах часов записей из всех регионов страны, в том числе с выраженными местными акцентами. По данным разработчиков, в повседневных запросах она правильно распознаёт около 92% слов. Затем языковая модель на базе искусственного интеллекта сопоставляет запрос с нужной услугой и заполняет форму заявления.",
        "Проект в первую очередь ориентирован на пожилых людей и жителей сельской местности, которым трудно ориентироваться в длинных меню на маленьком экране. За первые две недели помощник обработал около 240 тысяч запросов. Чаще всего пользователи спрашивали о пенсиях, оплате коммунальных услуг и регистрации новорождённых.",
        "Персональные данные, переданные через голосовой канал, обрабатываются на государственных серверах, сообщили в министерстве, курирующем развитие цифровых технологий. Перед подачей любого заявления пользователь в обязательном порядке должен подтвердить его одноразовым кодом. Полную версию, которая будет поддерживать и каракалпакский язык, планируют запустить следующей весной.",
      ],
    },
    en: {
      title: "E-government portal adds a voice assistant that understands spoken Uzbek",
      lead: "Citizens can now order certificates and check the status of applications by voice; in test mode the assistant covers 70 public services.",
      body: [
        "The national e-government portal has launched a voice assistant that accepts requests in Uzbek and Russian. In test mode, it covers 70 of the most popular public services, from ordering a certificate of residence to checking the status of a kindergarten application or paying a traffic fine. Users simply press the microphone button in the mobile app and say what they need.",
        "The assistant relies on a speech recognition system trained on more than 3,000 hours of recordings from all regions of the country, including speakers with strong local accents. According to the developers, it correctly recognises about 92 percent of words in everyday requests. An artificial intelligence language model then matches the request to the right service and fills in the application form.",
        "The project is aimed primarily at older people and rural residents who find it hard to navigate long menus on a small screen. During its first two weeks, the assistant handled about 240,000 requests. Users most often asked about pensions, utility payments and the registration of newborn babies.",
        "Personal data entered through the voice channel is processed on state servers, the ministry responsible for digital technologies said. Before any application is submitted, the user must confirm it with a one-time code. A full version that will also support the Karakalpak language is expected to be launched next spring.",
      ],
    },
  },
  {
    category: "technology",
    hoursAgo: 8,
    tags: ["startups", "agriculture", "tashkent"],
    source: { name: "IT Xabarnoma", url: "https://itxabarnoma.example.uz/startaplar/suvchi-seed-raund" },
    uz: {
      title: "IT Park rezidenti boʻlgan agrostartap aqlli sugʻorish uchun 2,4 mln dollar jalb qildi",
      lead: "Fermerlar uchun tuproq namligi datchiklarini ishlab chiqaruvchi Suvchi kompaniyasi mablagʻni Qozogʻiston bozoriga chiqish va Toshkentdagi jamoasini kengaytirishga sarflaydi.",
      body: [
        "Fermer xoʻjaliklari uchun aqlli sugʻorish tizimlarini ishlab chiqayotgan Toshkentdagi Suvchi startapi, IT Park rezidenti, 2,4 million dollarlik dastlabki (seed) investitsiya raundini yopdi. Raundga Olmaotadagi venchur fond boshchilik qildi, bitimda mahalliy biznes-farishtalar guruhi va agrar innovatsiyalarni qoʻllab-quvvatlash fondi ham ishtirok etdi. Bu joriy yilda oʻzbek agrotexnologiyalari sohasida tuzilgan ilk bosqich bitimlarining eng yiriklaridan biri.",
        "Kompaniya fermerlar dalaning bir necha nuqtasiga oʻrnatadigan arzon tuproq namligi datchiklarini ishlab chiqaradi. Maʼlumotlar mobil tarmoq orqali ilovaga uzatiladi, ilova esa qachon va qancha suv berish kerakligini aytib turadi. Startap maʼlumotlariga koʻra, oʻtgan mavsumda tizimdan foydalangan Sirdaryo va Jizzax viloyatlaridagi paxta va bugʻdoy yetishtiruvchilar suv sarfini 25–35 foizga qisqartirgan.",
        "> «Suv Markaziy Osiyo qishloq xoʻjaligidagi eng qimmat resursga aylanmoqda, aksariyat xoʻjaliklar esa hanuz dalani chamalab sugʻormoqda, — dedi Suvchi hammuassisi va bosh direktori. — Investorlar bu yerda aniq va arzon vositalar bozori xuddi oʻn yil avval Hindistonda boʻlgani kabi tez oʻsishiga ishonadi. Biz esa bu bozorda birinchilardan boʻlishni istaymiz».",
        "Startap yangi mablagʻni Qozogʻistonga chiqish, bogʻ va uzumzorlar uchun datchikning yangi versiyasini ishga tushirish hamda Toshkentdagi jamoasini ikki baravar koʻpaytirib, 40 nafar muhandisga yetkazishga yoʻnaltirmoqchi. Hozir kompaniya 600 ga yaqin xoʻjalik bilan ishlaydi va kelasi yil oxirigacha 150 ming gektar maydonni qamrab olishni maqsad qilgan.",
      ],
    },
    ru: {
      title: "Агростартап из IT Park привлёк $2,4 млн на развитие умного орошения",
      lead: "Компания Suvchi, выпускающая датчики влажности почвы для фермеров, направит посевной раунд на выход в Казахстан и расширение команды в Ташкенте.",
      body: [
        "Ташкентский стартап Suvchi, резидент IT Park, разрабатывающий системы умного орошения для фермерских хозяйств, закрыл посевной раунд на $2,4 млн. Ведущим инвестором выступил венчурный фонд из Алматы, в сделке также участвовали группа местных бизнес-ангелов и фонд поддержки аграрных инноваций. Это одна из крупнейших сделок ранней стадии в узбекском агротехе в этом году.",
        "Компания выпускает недорогие датчики влажности почвы, которые фермеры устанавливают в нескольких точках поля. Данные по мобильной сети передаются в приложение, которое подсказывает, когда и сколько поливать. По данным стартапа, производители хлопка и пшеницы в Сырдарьинской и Джизакской областях, использовавшие систему в прошлом сезоне, сократили расход воды на 25–35%.",
        "> «Вода становится самым дорогим ресурсом в сельском хозяйстве Центральной Азии, а большинство хозяйств по-прежнему поливают на глаз, — отметил сооснователь и генеральный директор Suvchi. — Инвесторы верят, что рынок точных и доступных инструментов здесь будет расти так же быстро, как в Индии десять лет назад. А мы хотим оказаться на этом рынке одними из первых».",
        "Новые средства стартап планирует направить на выход в Казахстан, запуск версии датчика для садов и виноградников, а также на удвоение команды в Ташкенте до 40 инженеров. Сейчас компания работает примерно с 600 хозяйствами и рассчитывает к концу следующего года охватить 150 тысяч гектаров.",
      ],
    },
    en: {
      title: "IT Park agritech startup raises $2.4 million to expand smart irrigation",
      lead: "Suvchi, which makes soil-moisture sensors for farmers, will use the seed round to enter Kazakhstan and grow its team in Tashkent.",
      body: [
        "Suvchi, a Tashkent startup and IT Park resident that develops smart irrigation systems for farms, has closed a seed round of $2.4 million. The round was led by an Almaty-based venture fund, with participation from a group of local business angels and a fund that supports agricultural innovation. It is one of the largest early-stage deals in Uzbek agritech this year.",
        "The company makes inexpensive soil-moisture sensors that farmers place at several points in a field. Data is sent over the mobile network to an app, which tells the farmer when and how much to water. According to the startup, cotton and wheat growers in Syrdarya and Jizzakh regions who used the system last season cut their water use by 25 to 35 percent.",
        "> “Water is becoming the most expensive resource in Central Asian agriculture, and most farms still irrigate by eye,” said Suvchi's co-founder and chief executive. “Investors believe that the market for precise, affordable tools here will grow as quickly as it did in India ten years ago. And we want to be among the first in that market.”",
        "The startup plans to spend the new money on entering Kazakhstan, launching a version of the sensor for orchards and vineyards, and doubling its Tashkent team to 40 engineers. It currently works with about 600 farms and aims to cover 150,000 hectares by the end of next year.",
      ],
    },
  },
  {
    category: "technology",
    hoursAgo: 75,
    tags: ["startups", "banking", "tashkent"],
    uz: {
      title: "Fintex akseleratori demo kuni: 12 startapdan uchtasi banklar bilan pilot boshlaydi",
      lead: "Jamoalar mikrokreditlar, naqd pulsiz bozorlar va kichik biznes hisobi uchun vositalarni namoyish etdi; investorlar jami 1,1 million dollar vaʼda qildi.",
      body: [
        "Payshanba kuni Toshkentdagi IT Parkda faoliyat yuritayotgan fintex akseleratorining demo kunida oʻn ikki yosh kompaniya oʻz mahsulotlarini taqdim etdi. Bir qancha tijorat banklari koʻmagida oʻtkaziladigan uch oylik dastur uchun jamoalar 300 dan ortiq ariza orasidan tanlab olingan. Startaplarning aksariyati anʼanaviy banklar uzoq vaqtdan beri yetib borishga qiynalayotgan odamlar va kichik biznes uchun xizmatlar yaratmoqda.",
        "Loyihalar orasida viloyat bozorlaridagi savdogarlarga karta terminalisiz QR orqali toʻlov qabul qilish imkonini beruvchi ilova, ish haqi maʼlumotnomasi oʻrniga kommunal toʻlovlar tarixidan foydalanadigan kredit skoring xizmati hamda oilaviy novvoyxonalar va tikuvchilik ustaxonalari uchun oddiy buxgalteriya dasturi bor edi. Uchta startap chiqishidan soʻng darhol hamkor banklar bilan pilot shartnomalar imzoladi.",
        "Tashkilotchilar maʼlumotiga koʻra, tadbirda qatnashgan investorlar yetti jamoaga jami 1,1 million dollar vaʼda qildi. Bitimlarning aksariyati birinchi raund uchun odatiy boʻlgan 50 mingdan 200 ming dollargacha boʻlgan kichik sarmoyalardir. Akselerator dasturi direktori ilk bor oqimdagi asoschilarning yarmi poytaxtdan tashqaridan, jumladan, Namangan, Qarshi va Nukusdan kelganini taʼkidladi.",
        "Akseleratorning sugʻurta va turizmdagi toʻlovlar yoʻnalishiga qaratiladigan navbatdagi oqimiga arizalar qabul qilish kelasi oyda boshlanadi. Tashkilotchilarning aytishicha, bir nechta bank startaplardan mijozlarning moliyaviy maʼlumotlarini qanday saqlashi va shifrlashini koʻrsatishni soʻraganidan soʻng dasturga shaxsiy maʼlumotlarni himoya qilish boʻyicha alohida oʻquv moduli ham qoʻshiladi.",
      ],
    },
    en: {
      title: "Fintech accelerator demo day: 12 startups pitch, three sign bank pilots",
      lead: "Teams showed tools for microloans, cashless bazaars and small-business accounting; investors pledged a combined $1.1 million.",
      body: [
        "Twelve young companies presented their products on Thursday at the demo day of a fintech accelerator run at IT Park in Tashkent. For the three-month programme, supported by several commercial banks, the teams were selected from more than 300 applications. Most of the startups are building services for people and small businesses that traditional banks have long struggled to reach.",
        "The projects included an app that lets traders at regional bazaars accept QR payments without a card terminal, a credit-scoring service that uses utility payment histories instead of salary certificates, and a simple accounting tool for family bakeries and tailoring workshops. Three startups signed pilot agreements with partner banks immediately after their pitches.",
        "Investors at the event pledged a combined $1.1 million to seven teams, according to the organisers. Most of the deals are small investments of $50,000 to $200,000, typical for a first round. The accelerator's programme director noted that, for the first time, half of the founders in the cohort came from outside the capital, including Namangan, Karshi and Nukus.",
        "Applications for the next intake, which will focus on insurance and payments in tourism, open next month. The organisers say they will also add a separate module on personal data protection, after several banks asked the startups to show how they store and encrypt customers' financial information.",
      ],
    },
  },
  {
    category: "technology",
    hoursAgo: 26,
    tags: ["internet", "karakalpakstan"],
    source: { name: "Raqamli Hafta", url: "https://raqamlihafta.example.uz/5g-nukus-viloyat-markazlari" },
    uz: {
      title: "5G Nukus va yana besh viloyat markazida ishga tushdi",
      lead: "Mos telefonlarga ega abonentlar qoʻshimcha toʻlovsiz ulanishi mumkin; operatorlar asosiy ustuvor vazifa qishloqlarda 4G ekanini aytmoqda.",
      body: [
        "Operatorlar shu hafta 180 ta yangi tayanch stansiyani ishga tushirgach, beshinchi avlod mobil interneti Nukus va yana beshta viloyat markazida, jumladan, Urganch, Termiz va Qarshida mavjud boʻldi. Shu paytgacha Oʻzbekistonda 5G asosan Toshkent markazi va Samarqandning bir qismida ishlagan edi. Mos smartfonlarga ega abonentlar tarifni oʻzgartirmasdan va qoʻshimcha haq toʻlamasdan tarmoqdan foydalanishi mumkin.",
        "Nukus markazida oʻtkazilgan sinov oʻlchovlarida yuklab olish tezligi sekundiga 800 megabitga yetdi, bu shahardagi odatiy 4G ulanishidan taxminan oʻn baravar tezroq. Qamrov shifoxonalar, oliy taʼlim muassasalari, temir yoʻl vokzali va asosiy savdo koʻchalari atrofida jamlangan. Operatorlar kelgusi yil davomida uni turar joy mavzelariga bosqichma-bosqich kengaytirishni vaʼda qilmoqda.",
        "Soha mutaxassislarining taʼkidlashicha, Qoraqalpogʻiston aholisining aksariyati uchun qishloqlardagi oʻzgarishlar muhimroq. Xuddi shu dastur doirasida mamlakat boʻylab 2 mingga yaqin qishloq aholi punktiga 4G olib kirilmoqda, ularning koʻpchiligi hanuz sekin 3G dan foydalanadi yoki umuman mobil internetga ega emas. U yerda barqaror aloqa onlayn darslar, telemeditsina va naqd pulsiz toʻlovlar uchun zarur.",
        "Raqamli texnologiyalar uchun masʼul vazirlik kelasi yil oxirigacha 5G mamlakatdagi barcha viloyat markazlarida ham paydo boʻlishi kerakligini maʼlum qildi. Operatorlar esa, oʻz navbatida, abonentlarni oʻz mahallasidagi qamrov onlayn xaritada tasdiqlanmaguncha faqat tezroq tarmoq uchun deb yangi telefon sotib olishga shoshilmaslikka chaqirmoqda.",
      ],
    },
    ru: {
      title: "5G заработал в Нукусе и ещё пяти областных центрах",
      lead: "Абоненты с совместимыми телефонами могут подключиться без доплаты; главным приоритетом операторы называют 4G в сёлах.",
      body: [
        "Мобильный интернет пятого поколения стал доступен в Нукусе и ещё пяти областных центрах, в том числе в Ургенче, Термезе и Карши: на этой неделе операторы включили 180 новых базовых станций. До сих пор 5G в Узбекистане работал в основном в центре Ташкента и в части Самарканда. Абоненты с совместимыми смартфонами могут пользоваться сетью без смены тарифа и дополнительной платы.",
        "Во время тестовых замеров в центре Нукуса скорость загрузки достигала 800 мегабит в секунду — примерно в десять раз выше, чем при обычном 4G-подключении в городе. Покрытие сосредоточено вокруг больниц, вузов, железнодорожного вокзала и главных торговых улиц, а в течение следующего года операторы обещают постепенно расширить его на жилые кварталы.",
        "Отраслевые специалисты отмечают, что для большинства жителей Каракалпакстана важнее перемены в сёлах. В рамках той же программы 4G проводят примерно в 2 тысячи сельских населённых пунктов по всей стране, многие из которых до сих пор пользуются медленным 3G или вовсе не имеют мобильного интернета. Стабильная связь там нужна для онлайн-уроков, телемедицины и безналичных платежей.",
        "В министерстве, курирующем цифровые технологии, сообщили, что к концу следующего года 5G должен появиться во всех областных центрах. Операторы, в свою очередь, призывают абонентов не спешить покупать новые телефоны только ради более быстрой сети, пока покрытие в их махалле не подтверждено на онлайн-карте.",
      ],
    },
    en: {
      title: "5G switched on in Nukus and five more regional centres",
      lead: "Subscribers with compatible phones can connect at no extra charge; operators say rural 4G coverage remains the main priority.",
      body: [
        "Fifth-generation mobile internet is now available in Nukus and five other regional centres, including Urgench, Termez and Karshi, after operators switched on 180 new base stations this week. Until now, 5G in Uzbekistan had been limited mostly to central Tashkent and parts of Samarkand. Subscribers with compatible smartphones can use the network without changing their tariff or paying extra.",
        "In test measurements in the centre of Nukus, download speeds reached 800 megabits per second, roughly ten times faster than a typical 4G connection in the city. Coverage is concentrated around hospitals, universities, the railway station and the main shopping streets, and the operators promise to extend it gradually to residential districts over the next year.",
        "Industry specialists note that for most residents of Karakalpakstan, the more important change is happening in villages. Under the same programme, 4G is being brought to about 2,000 rural settlements across the country, many of which still rely on slow 3G or have no mobile internet at all. A stable connection there is needed for online lessons, telemedicine and cashless payments.",
        "The ministry responsible for digital technologies said that 5G should be available in all regional centres by the end of next year. Operators, meanwhile, are urging subscribers not to rush to buy new phones just for the faster network until coverage in their neighbourhood is confirmed on the online map.",
      ],
    },
  },
  {
    category: "technology",
    hoursAgo: 100,
    tags: ["space", "climate", "karakalpakstan"],
    source: { name: "Orbit Review", url: "https://orbitreview.example.com/2024/uzbek-student-cubesat-aral" },
    uz: {
      title: "Talabalar yasagan sunʼiy yoʻldosh Orol ustidagi chang boʻronlarini kuzatadi",
      lead: "Toshkentda talabalar tomonidan yigʻilgan poyabzal qutisidek kubsat dengizning qurigan tubi hamda Qoraqalpogʻiston va Xorazm ekin maydonlarini suratga oladi.",
      body: [
        "Toshkentdagi muhandislik oliygohlaridan birining talabalari loyihalashtirgan va yigʻgan nanosputnik boshqa mamlakatlarning bir necha oʻnlab kichik kosmik apparatlari bilan birga umumiy raketada uchirilib, orbitaga chiqdi. Yer stansiyasi yoʻldoshdan birinchi signalni u raketadan ajralganidan taxminan 90 daqiqa oʻtib qabul qildi, jamoa esa quyosh panellari rejadagidek ochilganini tasdiqladi.",
        "Taxminan poyabzal qutisi kattaligidagi va toʻrt kilogrammdan sal kamroq vaznga ega yoʻldosh ixcham multispektral kamera bilan jihozlangan. Uning asosiy vazifasi Orol dengizining qurigan tubini suratga olish va undan chang hamda tuz boʻronlari qanchalik tez-tez koʻtarilishini qayd etish, shuningdek, vegetatsiya mavsumida Qoraqalpogʻiston va Xorazmdagi ekinlar holatini kuzatishdan iborat.",
        "> «Hudud ustidan har bir oʻtish bor-yoʻgʻi bir necha daqiqa davom etadi, shuning uchun suratga olishni xuddi boshqotirmadek rejalashtirishni oʻrgandik, — dedi loyihaning talaba rahbarlaridan biri, aerokosmik muhandislik yoʻnalishining toʻrtinchi kurs talabasi. — Uch yil davomida yoʻldosh ustida 60 dan ortiq kishi ishladi, deyarli har bir qismni avval oʻz laboratoriyamizda sinovdan oʻtkazdik».",
        "Suratlar iqlim tadqiqotchilari va viloyat qishloq xoʻjaligi boshqarmalariga bepul taqdim etiladi. Universitet uchirish bilan birga taxminan 180 ming dollarga tushgan ushbu missiya kichik sunʼiy yoʻldoshlar boʻyicha milliy dastur yaratilishiga turtki boʻlishiga umid qilmoqda. Aniqroq kameraga ega ikkinchi apparat ustida ish allaqachon boshlangan.",
      ],
    },
    ru: {
      title: "Студенческий наноспутник будет следить за пыльными бурями над Аралом",
      lead: "Кубсат размером с обувную коробку, собранный студентами в Ташкенте, будет снимать бывшее дно моря и сельхозугодья Каракалпакстана и Хорезма.",
      body: [
        "Наноспутник, спроектированный и собранный студентами одного из инженерных вузов Ташкента, вышел на орбиту после запуска на ракете вместе с несколькими десятками малых космических аппаратов из других стран. Первый сигнал со спутника наземная станция получила примерно через 90 минут после его отделения от ракеты, и команда подтвердила, что солнечные панели раскрылись штатно.",
        "Спутник размером примерно с обувную коробку и массой чуть меньше четырёх килограммов несёт компактную мультиспектральную камеру. Его главная задача — фотографировать осушенное дно Аральского моря и фиксировать, как часто с него поднимаются пыльные и солевые бури, а также следить за состоянием посевов в Каракалпакстане и Хорезме в течение вегетационного сезона.",
        "> «Каждый пролёт над регионом длится всего несколько минут, поэтому нам пришлось научиться планировать съёмку как головоломку, — рассказал один из студенческих руководителей проекта, четверокурсник аэрокосмического направления. — За три года над спутником работали больше 60 человек, и почти каждый компонент мы сначала испытали в собственной лаборатории».",
        "Снимки будут бесплатно передаваться исследователям климата и областным управлениям сельского хозяйства. В университете надеются, что миссия стоимостью около $180 тысяч с учётом запуска подтолкнёт к созданию национальной программы малых спутников. Работа над вторым аппаратом с более чёткой камерой уже началась.",
      ],
    },
    en: {
      title: "Student-built satellite reaches orbit to watch dust storms over the Aral Sea",
      lead: "The shoebox-sized CubeSat, assembled by students in Tashkent, will photograph the former seabed and farmland in Karakalpakstan and Khorezm.",
      body: [
        "A nanosatellite designed and assembled by students of a Tashkent engineering university has reached orbit after being launched on a shared rocket together with several dozen small spacecraft from other countries. The ground station received the first signal from the satellite about 90 minutes after it separated from the rocket, and the team confirmed that its solar panels had deployed as planned.",
        "The satellite, roughly the size of a shoebox and weighing just under four kilograms, carries a compact multispectral camera. Its main task is to photograph the dried-up bed of the Aral Sea and record how often dust and salt storms rise from it, as well as to monitor the condition of crops in Karakalpakstan and Khorezm during the growing season.",
        "> “Each pass over the region lasts only a few minutes, so we had to learn to plan our photos like a puzzle,” said one of the project's student leaders, a fourth-year aerospace engineering student. “More than 60 people worked on the satellite over three years, and we tested almost every component in our own laboratory first.”",
        "The images will be shared free of charge with climate researchers and regional agriculture departments. The university hopes the mission, which cost about $180,000 including the launch, will encourage the creation of a national programme for small satellites. Work on a second spacecraft with a sharper camera has already begun.",
      ],
    },
  },

  // ───────────────────────────── culture ─────────────────────────────
  {
    category: "culture",
    hoursAgo: 5,
    tags: ["music", "samarkand", "tourism"],
    source: { name: "Xabar" },
    uz: {
      title: "Registonda 38 mamlakat musiqachilari ishtirokida xalq musiqasi festivali ochildi",
      lead: "Besh kunlik «Registon kuylari» festivali 600 ga yaqin ijrochini birlashtirdi: maqom ansambllari, boʻgʻiz qoʻshigʻi ustalari va yosh bastakorlar uchun yangi tanlov.",
      body: [
        "Shanba oqshomi Samarqanddagi Registon maydoni musiqaga toʻldi: «Registon kuylari» xalqaro xalq musiqasi festivali chiroqlar bilan yoritilgan uchta madrasa qarshisidagi konsert bilan ochildi. Besh kun davom etadigan bu yilgi festivalda 38 mamlakatdan 600 ga yaqin ijrochi ishtirok etmoqda. Dasturda tanlov konsertlari, mahorat darslari va shahar bogʻlarida ochiq osmon ostidagi chiqishlar bor.",
        "Ochilish dasturida buxorolik shashmaqom ansamblidan tortib moʻgʻulistonlik boʻgʻiz qoʻshigʻi ijrochilari, ganalik nogʻorachilar guruhi va oʻzbek allasiga oʻz aranjirovkasini yaratgan portugaliyalik torli kvartetgacha boʻlgan turli jamoalar chiqish qildi. Hakamlar hayʼati uch nominatsiya boʻyicha sovrinlarni topshiradi, bosh mukofot esa anʼanaviy repertuarni oʻz ovozi bilan eng yaxshi uygʻunlashtirgan ijrochiga beriladi.",
        "> «Bunday festival tovushlar muzeyi emas, — dedi festivalning badiiy rahbari, oʻttiz yildan beri maqomni oʻrganib kelayotgan etnomusiqashunos. — Doira va dutor azaldan savdo yoʻllari boʻylab sayohat qilgan. Biz yoshlar anʼana faqat kimdir uni bugun chalishga jurʼat etgandagina tirik ekanini oʻz koʻzi bilan koʻrishini istaymiz».",
        "Dasturga ilk bor 30 yoshgacha boʻlgan bastakorlar uchun tanlov kiritildi, ular anʼanaviy cholgʻular uchun asar yozishi kerak edi. Shahar hokimligi 40 mingga yaqin mehmon kelishini kutmoqda, markazdagi mehmonxonalar esa deyarli toʻliq band ekanini maʼlum qilmoqda. Kechki konsertlarga kirish bepul, biroq maydonda oʻrinlar cheklangan, shuning uchun tashkilotchilar erta kelishni maslahat bermoqda.",
      ],
    },
    ru: {
      title: "На Регистане открылся фестиваль народной музыки с участием музыкантов из 38 стран",
      lead: "Пятидневный фестиваль «Регистон куйлари» собрал около 600 исполнителей: ансамбли макома, мастера горлового пения и новый конкурс молодых композиторов.",
      body: [
        "В субботу вечером самаркандская площадь Регистан наполнилась музыкой: концертом перед тремя подсвеченными медресе открылся международный фестиваль народной музыки «Регистон куйлари». В нынешнем фестивале, который продлится пять дней, участвуют около 600 исполнителей из 38 стран. В программе — конкурсные концерты, мастер-классы и выступления под открытым небом в городских парках.",
        "В программе открытия выступили самые разные коллективы — от бухарского ансамбля шашмакома до исполнителей горлового пения из Монголии, ганской группы барабанщиков и струнного квартета из Португалии, который сделал собственную аранжировку узбекской колыбельной. Жюри вручит призы в трёх номинациях, а главная награда достанется исполнителю, который лучше всех соединит традиционный репертуар с собственным голосом.",
        "> «Такой фестиваль — не музей звуков, — сказал художественный руководитель фестиваля, этномузыковед, который тридцать лет изучает маком. — Дойра и дутар всегда путешествовали по торговым путям. Мы хотим, чтобы молодёжь своими глазами увидела: традиция жива только тогда, когда кто-то осмеливается играть её сегодня».",
        "Впервые в программу вошёл конкурс для композиторов младше 30 лет, которым нужно было написать произведение для традиционных инструментов. Городские власти ожидают около 40 тысяч гостей, а гостиницы в центре сообщают о почти полной загрузке. Вход на вечерние концерты свободный, однако мест на площади немного, и организаторы советуют приходить заранее.",
      ],
    },
    en: {
      title: "Musicians from 38 countries open folk music festival on Samarkand's Registan",
      lead: "The five-day Registon Kuylari festival brings together about 600 performers, from maqom ensembles to throat singers, and a new contest for young composers.",
      body: [
        "Samarkand's Registan Square filled with music on Saturday evening as the Registon Kuylari international folk music festival opened with a concert in front of the three illuminated madrasas. About 600 performers from 38 countries are taking part in this year's edition, which runs for five days. The programme includes competition concerts, master classes and open-air performances in the city's parks.",
        "The opening programme ranged from a Bukhara shashmaqom ensemble to throat singers from Mongolia, a Ghanaian drum group and a string quartet from Portugal that had written its own arrangement of an Uzbek lullaby. The jury will award prizes in three categories, with the main prize going to the performer who best combines traditional repertoire with a voice of their own.",
        "> “A festival like this is not a museum of sounds,” said the festival's artistic director, an ethnomusicologist who has studied maqom for thirty years. “The doira and the dutar have always travelled along trade routes. We want young people to see with their own eyes that a tradition lives only when someone dares to play it today.”",
        "For the first time, the programme includes a competition for composers under 30, who had to write a piece for traditional instruments. City authorities expect around 40,000 visitors, and hotels in the centre report near-full occupancy. Evening concerts are free to attend, but seating on the square is limited, so the organisers recommend arriving early.",
      ],
    },
  },
  {
    category: "culture",
    hoursAgo: 28,
    tags: ["heritage", "bukhara", "tourism"],
    source: { name: "Buxoro Nuri", url: "https://buxoronuri.example.uz/madaniyat/oqtosh-madrasasi-birinchi-bosqich" },
    uz: {
      title: "Buxorodagi XVII asrga oid Oqtosh madrasasini taʼmirlashning birinchi bosqichi yakunlandi",
      lead: "Gumbaz va asosiy peshtoq qoʻlda yasalgan gʻisht va anʼanaviy ganch yordamida tiklandi; kelasi yil bino hunarmandchilik markazi sifatida ochiladi.",
      body: [
        "Buxorolik restavratorlar shaharning tarixiy markazida joylashgan, oʻn yillar davomida yarim vayron holda turgan XVII asr yodgorligi — Oqtosh madrasasidagi ishlarning birinchi bosqichini yakunladi. Ikki yil davomida mutaxassislar poydevorni mustahkamladi, asosiy gumbazning qulab tushgan qismini qayta tikladi hamda sirlangan koshinlari yer osti suvlari va shoʻr taʼsirida zarar koʻrgan peshtoqni taʼmirladi.",
        "Jamoa deyarli faqat anʼanaviy materiallar bilan ishladi. Shahar tashqarisidagi kichik xumdonda asl gʻishtlar oʻlchamiga koʻra 90 mingga yaqin gʻisht qoʻlda pishirildi, yorilib ketgan suvoq esa joyning oʻzida qorilgan ganch bilan tiklandi. Saqlanib qolgan asl koshinlar tozalanib, oʻz joyiga mahkamlandi, yoʻqolgan boʻlaklarni esa gʻijduvonlik kulollar oilasi qayta yaratdi.",
        "> «Eng qiyin qaror har doim nimani tiklamaslikni hal qilishdir, — dedi loyihaga rahbarlik qilayotgan restavrator-meʼmor. — Biz XIX asrda qilingan bir nechta eski taʼmir izlarini koʻrinib turadigan qilib qoldirdik, chunki ular ham bino tarixining bir qismi. Bizning vazifamiz vayronagarchilikni toʻxtatish, madrasani yangidek koʻrsatish emas».",
        "Kuzda boshlanadigan ikkinchi bosqich hovli atrofidagi talabalar uchun moʻljallangan kichik xonalar — 42 ta hujrani qamrab oladi. Taʼmirdan soʻng ularda kashtachilar, yogʻoch oʻymakorlari va miniatyura rassomlarining ustaxonalari joylashadi, ular oʻz ishlarini tashrif buyuruvchilarga bevosita sotishi mumkin boʻladi. Viloyat turizm boshqarmasi madrasa eski shahar boʻylab piyoda sayohat yoʻnalishining bir qismiga aylanishini kutmoqda.",
      ],
    },
    ru: {
      title: "В Бухаре завершили первый этап реставрации медресе Октош XVII века",
      lead: "Купол и главный портал восстановлены с использованием кирпича ручной работы и традиционного ганча; в следующем году здание откроется как ремесленный центр.",
      body: [
        "Реставраторы в Бухаре завершили первый этап работ в медресе Октош — памятнике XVII века в историческом центре города, который десятилетиями стоял полуразрушенным. За два года специалисты укрепили фундамент, восстановили обрушившуюся часть главного купола и отремонтировали портал, глазурованная облицовка которого пострадала от грунтовых вод и соли.",
        "Команда работала почти исключительно с традиционными материалами. Около 90 тысяч кирпичей обожгли вручную в небольшой печи за городом по размерам оригинальных, а потрескавшуюся штукатурку восстановили ганчем, который замешивали прямо на месте. Сохранившиеся подлинные изразцы очистили и закрепили, а утраченные фрагменты воссоздала семья мастеров-керамистов из Гиждувана.",
        "> «Самое трудное — всегда решить, что не восстанавливать, — сказал архитектор-реставратор, который руководит проектом. — Мы оставили на виду несколько старых ремонтов XIX века, потому что они тоже часть истории здания. Наша задача — остановить разрушение, а вовсе не сделать так, чтобы медресе выглядело новым».",
        "Второй этап, который начнётся осенью, охватит 42 худжры — небольшие студенческие кельи вокруг двора. После реставрации в них разместятся мастерские вышивальщиц, резчиков по дереву и художников-миниатюристов, которые смогут продавать свои работы напрямую посетителям. Областное управление туризма рассчитывает, что медресе станет частью пешеходного маршрута по старому городу.",
      ],
    },
    en: {
      title: "Restorers finish first stage of work on 17th-century Oqtosh madrasa in Bukhara",
      lead: "The dome and main portal have been repaired with hand-made bricks and traditional ganch plaster; the building will reopen as a crafts centre next year.",
      body: [
        "Restorers in Bukhara have completed the first stage of work on the Oqtosh madrasa, a 17th-century monument in the historic centre that had stood half-ruined for decades. Over two years, specialists reinforced the foundations, rebuilt the collapsed part of the main dome and repaired the portal, whose glazed tilework had been damaged by groundwater and salt.",
        "The team worked almost exclusively with traditional materials. About 90,000 bricks were fired by hand in a small kiln outside the city to the dimensions of the originals, and the cracked plaster was restored with ganch mixed on site. Surviving original tiles were cleaned and fixed back in place, while missing fragments were recreated by a family of ceramic masters from Gijduvan.",
        "> “The hardest decision is always what not to restore,” said the restoration architect leading the project. “We left several old repairs from the 19th century visible, because they are also part of the history of the building. Our task is to stop the destruction, not to make the madrasa look new.”",
        "The second stage, which begins in autumn, covers the 42 hujras, the small student cells around the courtyard. After restoration they will house the workshops of embroiderers, woodcarvers and miniature painters, who will be able to sell their work directly to visitors. The regional tourism department expects the madrasa to become part of a walking route through the old town.",
      ],
    },
  },
  {
    category: "culture",
    hoursAgo: 60,
    tags: ["heritage", "karakalpakstan", "tourism"],
    uz: {
      title: "Qoraqalpogʻistonda qadimiy Qumbosgan qalʼani konservatsiya qilish boshlandi",
      lead: "Arxeologlar va restavratorlar qariyb ikki ming yillik xom gʻisht devorlarni mustahkamlab, sayyohlar uchun xavfsiz yoʻlak barpo etadi.",
      body: [
        "Qoraqalpogʻistonning Ellikqalʼa tumanida arxeologlar yoshini taxminan ikki ming yil deb baholayotgan qadimgi Xorazm istehkomlaridan biri — Qumbosgan qalʼani konservatsiya qilish ishlari boshlandi. Balandligi toʻqqiz metrgacha boʻlgan xom gʻisht va paxsa devorlar soʻnggi oʻn yilliklarda shamol, kamdan-kam boʻlsa-da kuchli jalalar va tuproqdan koʻtariladigan shoʻr taʼsirida jiddiy zarar koʻrgan.",
        "Buxoro va Samarqandning pishiq gʻisht va koshin bilan bezatilgan yodgorliklarini taʼmirlashdan farqli oʻlaroq, bu yerda mutaxassislar yoʻqolgan qismlarni qayta tiklamaydi. Devorlar qadimiy terma namunalarini laboratoriyada tahlil qilish natijasida tarkibi tanlangan loy qorishma bilan mustahkamlanadi, eng zaif joylar esa yengil soyabonlar bilan yopiladi. Ishlarni Nukus va Toshkentdan kelgan arxeologlar rahbarligida mahalliy ustalar olib bormoqda.",
        "Sharqiy darvoza yonidagi tozalash ishlari chogʻida qizil naqshli sopol parchalari, bronza oʻq uchlari va hali oʻrganilishi lozim boʻlgan bir nechta mis tanga topildi. Ekspeditsiya ishtirokchilarining aytishicha, topilmalar qalʼadan qachon foydalanish toʻxtatilganini hamda u turar joy boʻlganmi yoki, avvalo, karvon yoʻlidagi harbiy maskan boʻlganmi, degan savollarga aniqlik kiritishga yordam beradi.",
        "Loyiha uch yilga moʻljallangan. Devorlarni konservatsiya qilishdan tashqari, sayyohlar moʻrt devorlarga chiqmasligi uchun qalʼa atrofida yogʻoch yoʻlak va tomosha maydonchalari quriladi. Mahalliy hokimiyat qadimgi Xorazmning «Ellik qalʼa» yoʻnalishi koʻproq sayohatchilarni jalb qilishiga umid qilmoqda: hozircha ular Qoraqalpogʻistonda kamdan-kam hollarda bir kundan ortiq qoladi.",
      ],
    },
    ru: {
      title: "В Каракалпакстане начали консервацию древней крепости Кумбосган-кала",
      lead: "Археологи и реставраторы укрепят сырцовые стены возрастом около двух тысяч лет и проложат для туристов безопасную тропу.",
      body: [
        "В Элликкалинском районе Каракалпакстана начались работы по консервации крепости Кумбосган-кала — одного из древнехорезмийских укреплений, возраст которого археологи оценивают примерно в две тысячи лет. Стены из сырцового кирпича и пахсы высотой до девяти метров за последние десятилетия сильно пострадали от ветра, редких, но сильных ливней и соли, поднимающейся из почвы.",
        "В отличие от реставрации памятников Бухары и Самарканда из жжёного кирпича с изразцовой облицовкой, здесь специалисты не восстанавливают утраченные части. Стены укрепляют глиняным раствором, состав которого подобран по результатам лабораторного анализа древней кладки, а наиболее уязвимые участки закрывают лёгкими навесами. Работы ведут местные мастера под руководством археологов из Нукуса и Ташкента.",
        "Во время расчистки у восточных ворот уже найдены фрагменты керамики с красной росписью, бронзовые наконечники стрел и несколько медных монет, которые ещё предстоит изучить. По словам участников экспедиции, находки помогут уточнить, когда крепость перестала использоваться и была ли она жилым поселением или прежде всего военным пунктом на караванном пути.",
        "Проект рассчитан на три года. Помимо консервации стен, вокруг крепости обустроят деревянную тропу и смотровые площадки, чтобы туристы не поднимались на хрупкие стены. Местные власти рассчитывают, что маршрут «Пятьдесят крепостей» древнего Хорезма привлечёт больше путешественников, которые пока редко задерживаются в Каракалпакстане дольше одного дня.",
      ],
    },
  },
  {
    category: "culture",
    hoursAgo: 10,
    tags: ["heritage", "tashkent"],
    uz: {
      title: "Toshkentda «Qaytgan ranglar» koʻrgazmasi: 120 ta taʼmirlangan soʻzana va chopon",
      lead: "XIX asrga oid koʻplab toʻqimachilik buyumlari muzeyning restavratsiya laboratoriyasida uch yil davom etgan ishlardan soʻng ilk bor namoyish etilmoqda.",
      body: [
        "Seshanba kuni Toshkentning yetakchi muzeylaridan birida 120 ta taʼmirlangan toʻqimachilik buyumidan iborat koʻrgazma ochildi. «Qaytgan ranglar» deb nomlangan koʻrgazmada Buxoro, Nurota va Shahrisabzning kashtali soʻzanalari, Fargʻona vodiysining abr matodan tikilgan choponlari hamda yaqin vaqtgacha juda moʻrt boʻlgani uchun namoyish etilmay, fondlarda taxlangan holda yotgan toʻy pardalari jamlangan.",
        "Kolleksiyani taʼmirlash uch yil davom etdi. Restavratorlar avval har bir buyumni distillangan suv va yumshoq moʻyqalamlar bilan tozaladi, soʻngra zaiflashgan joylarni asl rangga moslab boʻyalgan ipak ip bilan yupqa paxta asosga tikib mustahkamladi. Yoʻqolgan qismlar ataylab qayta kashta qilinmadi: tomoshabinlar eski naqsh qayerda tugashini va qayerda faqat tayanch mato qolganini koʻrishi mumkin.",
        "Koʻrgazmaning bir zali restavratorlarning oʻz mehnatiga bagʻishlangan. Katta lupa ostida iplarni tozalashdan oldingi va keyingi holatda solishtirish mumkin, qisqa film esa roʻyan, anor poʻsti va indigodan olingan tabiiy boʻyoqlar yorugʻlikda oʻzini qanday tutishini koʻrsatadi. Muzey xodimlarining aytishicha, bu boʻlim maktab oʻquvchilari eski ranglar qanday «qaytgani»ni tinmay soʻraganidan keyin qoʻshilgan.",
        "Koʻrgazma kuz oxirigacha davom etadi, dam olish kunlari esa oʻzbek, rus va ingliz tillarida ekskursiyalar oʻtkaziladi. Yorugʻlik taʼsirini cheklash maqsadida eksponatlar har olti haftada almashtiriladi, shu sababli muzey muayyan bir soʻzanani koʻrmoqchi boʻlganlarga oldindan uning saytidagi jadvalni tekshirib olishni maslahat beradi.",
      ],
    },
    ru: {
      title: "Выставка «Вернувшиеся цвета» в Ташкенте: 120 отреставрированных сюзане и халатов",
      lead: "Многие текстильные изделия XIX века впервые показывают публике после трёх лет работы в реставрационной лаборатории музея.",
      body: [
        "Во вторник в одном из главных музеев Ташкента открылась выставка 120 отреставрированных текстильных изделий. Под названием «Вернувшиеся цвета» собраны вышитые сюзане из Бухары, Нураты и Шахрисабза, халаты из абровой ткани из Ферганской долины и свадебные занавеси, которые до недавнего времени лежали сложенными в фондах: они были слишком хрупкими, чтобы их выставлять.",
        "Реставрация коллекции заняла три года. Сначала реставраторы очищали каждый предмет дистиллированной водой и мягкими кистями, затем пришивали ослабевшие участки к тонкой хлопковой основе шёлковой нитью, окрашенной в тон оригиналу. Утраченные фрагменты намеренно не довышивали: посетители видят, где заканчивается старый узор и где остаётся лишь поддерживающая ткань.",
        "Один зал выставки посвящён работе самих реставраторов. Под большой лупой можно сравнить нити до и после очистки, а короткий фильм показывает, как ведут себя на свету натуральные красители из марены, кожуры граната и индиго. В музее говорят, что этот раздел добавили после того, как школьники постоянно спрашивали, как старые цвета «вернулись».",
        "Выставка продлится до конца осени, по выходным проводятся экскурсии на узбекском, русском и английском языках. Каждые шесть недель экспонаты меняют, чтобы ограничить воздействие света, поэтому музей советует тем, кто хочет увидеть конкретное сюзане, заранее свериться с расписанием на его сайте.",
      ],
    },
    en: {
      title: "Tashkent museum shows 120 restored suzani and ikat robes in “Returned Colours”",
      lead: "Many of the 19th-century textiles are on public display for the first time after three years of work in the museum's conservation laboratory.",
      body: [
        "An exhibition of 120 restored textiles opened on Tuesday at one of Tashkent's leading museums. Titled “Returned Colours”, it brings together embroidered suzani from Bukhara, Nurata and Shahrisabz, ikat robes from the Fergana Valley and wedding curtains that until recently lay folded in storage because they were too fragile to be shown.",
        "Restoring the collection took three years. Conservators first cleaned each piece with distilled water and soft brushes, then stitched weakened areas onto a fine cotton backing with silk thread dyed to match the original. They deliberately did not re-embroider lost fragments: visitors can see where the old pattern ends and where only the supporting fabric remains.",
        "One room of the exhibition is devoted to the work of the restorers themselves. Under a large magnifying glass, visitors can compare threads before and after cleaning, and a short film shows how natural dyes from madder, pomegranate peel and indigo behave under light. Museum staff say this section was added after schoolchildren kept asking how the old colours “came back”.",
        "The exhibition runs until the end of autumn, with guided tours in Uzbek, Russian and English at weekends. The textiles are rotated every six weeks to limit their exposure to light, so the museum advises visitors who want to see a particular suzani to check the schedule on its website in advance.",
      ],
    },
  },
  {
    category: "culture",
    hoursAgo: 18,
    tags: ["cinema", "karakalpakstan"],
    source: { name: "Festival Daily", url: "https://festivaldaily.example.com/riga/the-last-caravan-competition" },
    uz: {
      title: "Oʻzbek dramasi «Soʻnggi karvon» Yevropa kinofestivalining asosiy tanloviga kiritildi",
      lead: "Asosan professional boʻlmagan aktyorlar ishtirokida Moʻynoqda suratga olingan debyut film Orolning qurigan tubidagi keksa tuyakash haqida hikoya qiladi.",
      body: [
        "Toshkentlik 34 yoshli rejissyorning ilk toʻliq metrajli filmi — «Soʻnggi karvon» Rigadagi «Boltiq ufqlari» xalqaro kinofestivalining asosiy tanloviga saralab olindi. Oʻn yildan ortiq vaqt ichida ilk bor oʻzbek filmi festivalning bosh sovrini uchun kurashadi. Jahon premyerasi festivalning ikkinchi kuniga belgilangan, shundan soʻng yana ikkita ochiq namoyish boʻlib oʻtadi.",
        "Film qahramoni — Moʻynoq yaqinidagi sobiq dengiz tubi boʻylab sayyohlarni yetaklab yuradigan va farzandlari katta shaharga koʻchib ketganidan keyin ham Moʻynoqni tark etishni istamaydigan keksa tuyakash. Deyarli barcha rollarni qoraqalpogʻistonlik professional boʻlmagan aktyorlar ijro etgan; bosh rolni rejissyor suratga olish joylarini qidirib yurganida tanishgan nafaqadagi baliqchi oʻynagan.",
        "> «Men vertolyotdan turib koʻrilgan ekologik falokat haqida navbatdagi filmni suratga olishni istamadim, — dedi rejissyor festivalning har kuni chiqadigan byulleteniga. — Inson boʻyi balandligida, qahramonim yonida, uning hazillari, qaysarligi va choyi bilan birga qolishni xohladim. Dengiz gʻoyib boʻldi, ammo u yerda yashagan odamlar gʻoyib boʻlmadi».",
        "Film ustidagi ish toʻrt yil davom etgan, u kinoni qoʻllab-quvvatlash milliy dasturi va gruziyalik hamprodyuser tomonidan moliyalashtirilgan. Festivaldan soʻng jamoa Nukusda premyera, qishda esa Toshkent kinoteatrlarida namoyishlar oʻtkazishni rejalashtirmoqda. Prodyuserning soʻzlariga koʻra, uch Yevropa davlatining prokatchilari filmni koʻrib chiqish istagini allaqachon bildirgan.",
      ],
    },
    ru: {
      title: "Узбекская драма «Последний караван» вошла в основной конкурс европейского кинофестиваля",
      lead: "Дебютный полнометражный фильм, снятый в Муйнаке в основном с непрофессиональными актёрами, рассказывает о старом погонщике верблюдов на высохшем дне Арала.",
      body: [
        "«Последний караван», первый полнометражный фильм 34-летнего режиссёра из Ташкента, отобран в основной конкурс Международного кинофестиваля «Балтийские горизонты» в Риге. Узбекский фильм впервые более чем за десять лет поборется за главный приз фестиваля. Мировая премьера запланирована на второй день фестиваля, после чего пройдут ещё два открытых показа.",
        "Герой фильма — пожилой погонщик верблюдов, который водит туристов по бывшему морскому дну у Муйнака и отказывается уезжать из города даже после того, как его дети перебираются в мегаполис. Почти все роли исполняют непрофессиональные актёры из Каракалпакстана; главную роль сыграл рыбак на пенсии, с которым режиссёр познакомился во время поиска натуры.",
        "> «Я не хотел снимать очередной фильм об экологической катастрофе, увиденной с вертолёта, — рассказал режиссёр ежедневному бюллетеню фестиваля. — Мне хотелось остаться на высоте человеческого роста, рядом с героем, с его шутками, упрямством и чаем. Море исчезло, а люди, которые там жили, — нет».",
        "Работа над картиной заняла четыре года, её финансировали национальная программа поддержки кино и сопродюсер из Грузии. После фестиваля команда планирует премьеру в Нукусе, а зимой — показы в кинотеатрах Ташкента. По словам продюсера, посмотреть фильм уже попросили прокатчики из трёх европейских стран.",
      ],
    },
    en: {
      title: "Uzbek drama “The Last Caravan” selected for main competition at European festival",
      lead: "The debut feature, shot in Muynak mostly with non-professional actors, tells the story of an old camel driver on the dried-up bed of the Aral Sea.",
      body: [
        "“The Last Caravan”, the first feature film by a 34-year-old director from Tashkent, has been selected for the main competition of the Baltic Horizons International Film Festival in Riga. It is the first time in more than a decade that an Uzbek film will compete for the festival's main prize. The world premiere is scheduled for the festival's second day, with two more public screenings to follow.",
        "The film follows an elderly camel driver who leads tourists across the former seabed near Muynak and refuses to leave the town even after his children move to a big city. Almost the entire cast consists of non-professional actors from Karakalpakstan; the lead role is played by a retired fisherman whom the director met while scouting locations.",
        "> “I did not want to make yet another film about an ecological catastrophe seen from a helicopter,” the director told the festival's daily bulletin. “I wanted to stay at human height, close to my hero, with his jokes, his stubbornness and his tea. The sea disappeared, but the people who lived there did not.”",
        "Work on the film took four years, and it was financed by a national cinema support programme together with a co-producer from Georgia. After the festival, the team plans a premiere in Nukus and screenings in Tashkent cinemas in winter. According to the producer, distributors from three European countries have already asked to see the film.",
      ],
    },
  },
  {
    category: "culture",
    hoursAgo: 40,
    tags: ["cinema", "fergana", "heritage"],
    uz: {
      title: "Fargʻonada taʼmirlangan «Bahor» kinoteatri oʻzbek kino klassikasi haftaligi bilan ochildi",
      lead: "Mozaikali fasadi bilan mashhur «Bahor» kinoteatrida 420 ta oʻrin, yangi raqamli proyektor va arxiv namoyishlari uchun ishlaydigan 35 mm li proyektor bor.",
      body: [
        "Fargʻona markazidagi deyarli toʻqqiz yil yopiq turgan «Bahor» kinoteatri ikki yillik taʼmirdan soʻng juma kuni qayta ochildi. 1964-yilda qurilgan bino Fargʻona vodiysidagi sovet modernizmi meʼmorchiligining eng mashhur namunalaridan biri hisoblanadi. Uning oʻrnida savdo markazi qurish rejasi eʼlon qilinganidan keyin shahar aholisi uzoq vaqt davomida binoni saqlab qolish uchun harakat qilgan.",
        "Restavratorlar asosiy fasaddagi paxta teruvchilar, ipak toʻquvchilar va kinoproyektor nurini tasvirlovchi mozaikaning 30 mingdan ortiq boʻlagini tozalab, qayta yopishtirdi. Ichkarida zal endi avvalgi 800 ta oʻrin oʻrniga 420 ta oʻrinli, bu tomoshabinlarga oyoq uchun koʻproq joy beradi. Zamonaviy raqamli proyektor bilan bir qatorda muhandislar arxiv nusxalarini namoyish etish uchun eski 35 mm li proyektorni ham taʼmirladi.",
        "Qayta ochilish munosabati bilan 1960-yillarning oq-qora komediyalaridan tortib 2000-yillar boshidagi filmlargacha boʻlgan oʻzbek kinosining bir haftalik retrospektivasi oʻtkazilmoqda. Bir qator namoyishlarni kinotanqidchilar va faxriy aktyorlar ochib bermoqda, soʻnggi oqshomda esa kinoteatr ellik yil avval Fargʻonada suratga olingan bolalar filmining yangi raqamlashtirilgan nusxasini namoyish etadi.",
        "Kinoteatrni shahar madaniyat markazi boshqaradi, u chipta narxlarini past ushlab turish hamda talabalar va pensionerlar uchun chegirmalar berishni rejalashtirmoqda. Yangi filmlardan tashqari, dasturga oylik kinoklub hamda ishlari kamdan-kam katta ekranga chiqadigan viloyat sanʼat kollejlari talabalarining qisqa metrajli filmlari namoyishlari kiritiladi.",
      ],
    },
    en: {
      title: "Restored 1960s cinema reopens in Fergana with a week of classic Uzbek films",
      lead: "The Bahor cinema, known for its mosaic facade, has 420 seats, a new digital projector and a working 35mm projector for archive screenings.",
      body: [
        "The Bahor cinema in central Fergana, closed for almost nine years, reopened on Friday after a two-year renovation. Built in 1964, the building is considered one of the best-known examples of Soviet modernist architecture in the Fergana Valley. Residents had campaigned for a long time to save it after plans to replace it with a shopping centre were announced.",
        "Restorers cleaned and reattached more than 30,000 pieces of the mosaic on the main facade, which depicts cotton pickers, silk weavers and the beam of a film projector. Inside, the hall now has 420 seats instead of the original 800, giving viewers more legroom. Alongside a modern digital projector, engineers also repaired an old 35mm projector so that archive prints can be shown.",
        "The reopening is being marked by a week-long retrospective of Uzbek cinema, from black-and-white comedies of the 1960s to films of the early 2000s. Several screenings are introduced by film critics and veteran actors, and on the final evening the cinema will show a newly digitised print of a children's film shot in Fergana fifty years ago.",
        "The cinema will be run by the city's cultural centre, which plans to keep ticket prices low and offer discounts for students and pensioners. Besides new releases, the programme will include a monthly film club and screenings of short films by students of regional art colleges, whose work rarely reaches a big screen.",
      ],
    },
  },
  {
    category: "culture",
    hoursAgo: 110,
    tags: ["education", "tashkent"],
    uz: {
      title: "Toshkent kitob yarmarkasiga 19 mamlakatdan 240 ta nashriyot keldi",
      lead: "Tashkilotchilar besh kun ichida 100 mingdan ortiq tashrif buyuruvchini kutmoqda; yangi jamgʻarma zamonaviy oʻzbek nasrini tarjima qilishni qoʻllab-quvvatlaydi.",
      body: [
        "Chorshanba kuni Toshkent xalqaro kitob yarmarkasi ochildi: 19 mamlakatdan 240 ta nashriyot 1 500 ga yaqin yangi kitobni taqdim etmoqda. Yarmarka ilk bor poytaxt koʻrgazmalar markazining ikkita pavilyonini egalladi, ulardan biri toʻliq bolalar va oʻsmirlar adabiyotiga ajratilgan. Tashkilotchilar besh kun davomida 100 mingdan ortiq tashrif buyuruvchi kelishini kutmoqda.",
        "Bu yilgi dasturning asosiy mavzusi — tarjima. Turkiya, Qozogʻiston, Germaniya va Janubiy Koreya nashriyotlari oʻzbek romanlari va sheʼriy toʻplamlarini oʻz tillarida taqdim etmoqda. Ochilish marosimida eʼlon qilingan yangi jamgʻarma zamonaviy oʻzbek nasrini chet tillariga tarjima qilish xarajatlarining 70 foizigacha qismini qoplaydi. Dastlabki grantlar bahorda beriladi.",
        "Eng gavjum joy bolalar pavilyoni boʻldi. Mahalliy noshirlarning aytishicha, soʻnggi yillarda oʻzbek tilidagi rasmli kitoblarga talab keskin oshgan, bir nechta yosh illyustrator esa oʻz stendlari yonida rasm chizish boʻyicha mahorat darslari oʻtkazmoqda. Yarmarkaning soʻnggi kunida oʻqituvchilar va maktab kutubxonachilari kitoblarni ulgurji narxlarda sotib olishi mumkin, bu chora maktablarga fondlarini yangilashga yordam berishi kerak.",
        "Raqamli nashriyotchilikka alohida boʻlim ajratilgan, unda dasturchilar audiokitob va elektron kitob ilovalarini namoyish etmoqda. Biroq jurnalistlar suhbatlashgan tashrif buyuruvchilarning aksariyati hanuz qogʻoz kitoblarni afzal koʻrishini va yarmarkaga koʻplab stendlarda 30 foizga yetadigan chegirmalar uchun kelganini aytdi. Kirish bepul, eng yaqin metro bekatidan bepul avtobus qatnaydi.",
      ],
    },
    ru: {
      title: "На книжную ярмарку в Ташкенте приехали 240 издательств из 19 стран",
      lead: "За пять дней организаторы ожидают более 100 тысяч посетителей; новый фонд поддержит переводы современной узбекской прозы.",
      body: [
        "В среду открылась Ташкентская международная книжная ярмарка: 240 издательств из 19 стран представляют около 1 500 новинок. Впервые ярмарка заняла два павильона столичного выставочного центра, один из которых полностью отдан детской и подростковой литературе. За пять дней организаторы ожидают более 100 тысяч посетителей.",
        "Главная тема нынешней программы — перевод. Издательства из Турции, Казахстана, Германии и Южной Кореи представляют узбекские романы и сборники стихов на своих языках, а объявленный на открытии новый фонд будет покрывать до 70% расходов на перевод современной узбекской прозы на иностранные языки. Первые гранты выдадут весной.",
        "Самым многолюдным оказался детский павильон. Местные издатели говорят, что спрос на иллюстрированные книги на узбекском языке в последние годы резко вырос, а несколько молодых иллюстраторов проводят у своих стендов мастер-классы по рисованию. В последний день ярмарки учителя и школьные библиотекари смогут купить книги по оптовым ценам — эта мера должна помочь школам обновить фонды.",
        "Отдельный раздел посвящён цифровому книгоизданию: разработчики показывают приложения для аудиокниг и электронных книг. Впрочем, большинство опрошенных журналистами посетителей признались, что по-прежнему предпочитают бумажные книги и пришли на ярмарку за скидками, которые на многих стендах достигают 30%. Вход свободный, от ближайшей станции метро ходит бесплатный автобус.",
      ],
    },
    en: {
      title: "Tashkent book fair draws 240 publishers from 19 countries",
      lead: "Organisers expect more than 100,000 visitors over five days; a new fund will support translations of contemporary Uzbek prose.",
      body: [
        "The Tashkent International Book Fair opened on Wednesday, with 240 publishers from 19 countries presenting about 1,500 new titles. For the first time, the fair occupies two pavilions of the capital's exhibition centre, one of which is entirely devoted to literature for children and teenagers. Organisers expect more than 100,000 visitors over five days.",
        "Translation is the central theme of this year's programme. Publishers from Turkey, Kazakhstan, Germany and South Korea are presenting Uzbek novels and poetry collections in their own languages, and a new fund announced at the opening will cover up to 70 percent of the cost of translating contemporary Uzbek prose into foreign languages. The first grants will be awarded in spring.",
        "The children's pavilion has proved the most crowded. Local publishers say demand for illustrated books in Uzbek has grown sharply in recent years, and several young illustrators are holding drawing workshops at their stands. On the last day of the fair, teachers and school librarians will be able to buy books at wholesale prices, a measure meant to help schools renew their collections.",
        "Digital publishing has its own section, where developers are showing audiobook and e-book apps. However, most visitors interviewed by reporters said they still prefer paper books and came to the fair for discounts, which reach 30 percent at many stands. Entrance is free, and a free shuttle bus runs from the nearest metro station.",
      ],
    },
  },

  // ───────────────────────────── health ─────────────────────────────
  {
    category: "health",
    hoursAgo: 0.5,
    tags: ["medicine", "samarkand"],
    source: { name: "Xabar" },
    uz: {
      title: "Samarqandda 320 oʻrinli yangi bolalar shifoxonasi ochildi",
      lead: "Koʻp tarmoqli markazda 12 ta operatsiya xonasi, chaqaloqlar jarrohligi boʻlimi va ota-onalar farzandlari bilan birga qolishi mumkin boʻlgan palatalar bor.",
      body: [
        "Samarqandda 320 oʻrinli yangi koʻp tarmoqli bolalar shifoxonasi ochildi. Shaharning shimoliy chekkasidagi besh qavatli bino nafaqat Samarqand viloyati, balki qoʻshni Navoiy va Qashqadaryo viloyatlaridan kelgan kichik bemorlarni ham qabul qiladi. Shu paytgacha bu hududlardagi ogʻir kasal bolali oilalar jarrohlik amaliyoti uchun koʻpincha Toshkentga borishga majbur boʻlardi.",
        "Shifoxonada 12 ta operatsiya xonasi, 24 oʻrinli reanimatsiya, chaqaloqlar jarrohligi boʻlimi hamda oʻzining MRT va KT apparatlari mavjud. Bu yerda 600 ga yaqin shifokor, hamshira va yordamchi xodim ishlaydi; bir necha oʻnlab mutaxassislar ochilishdan oldin Toshkent va xorijdagi bolalar klinikalarida malaka oshirgan. Ambulator qabul kelgusi haftada boshlanadi, dastlabki rejali operatsiyalar esa kelasi oyga belgilangan.",
        "> «Bola uchun shifoxona qamoqxonaga oʻxshamasligi kerak, — dedi shifoxona bosh shifokori, 25 yillik tajribaga ega bolalar jarrohi. — Shuning uchun har bir palatada ota-ona uchun karavot, yoʻlaklarda esa oʻyin burchaklari bor. Bundan tashqari, bu yerda haftalab yotadigan bolalar maktabdan ortda qolmasligi uchun oʻquv xonasi ham tashkil etilgan».",
        "Bolalarni davolash tibbiy yordamning davlat tomonidan kafolatlangan paketi doirasida bepul boʻladi. Viloyat sogʻliqni saqlash boshqarmasi shifoxona telemeditsina tarmogʻiga ham ulanishini maʼlum qildi: uning shifokorlari respublika ixtisoslashtirilgan markazlaridagi hamkasblari bilan maslahatlasha oladi hamda bemorlarni uzoq yoʻlga joʻnatmasdan, murakkab holatlar boʻyicha tuman shifoxonalariga yordam bera oladi.",
      ],
    },
    ru: {
      title: "В Самарканде открылась новая детская больница на 320 коек",
      lead: "В многопрофильном центре 12 операционных, отделение хирургии новорождённых и палаты, где родители могут оставаться с детьми.",
      body: [
        "В Самарканде открылась новая многопрофильная детская больница на 320 коек. Пятиэтажное здание на северной окраине города будет принимать маленьких пациентов не только из Самаркандской области, но и из соседних Навоийской и Кашкадарьинской. До сих пор семьям с тяжелобольными детьми из этих регионов нередко приходилось ездить на операции в Ташкент.",
        "В больнице 12 операционных, реанимация на 24 места, отделение хирургии новорождённых и собственные аппараты МРТ и КТ. Здесь будут работать около 600 врачей, медсестёр и вспомогательного персонала; несколько десятков специалистов перед открытием прошли стажировку в детских клиниках Ташкента и за рубежом. Амбулаторный приём начнётся на следующей неделе, а первые плановые операции назначены на следующий месяц.",
        "> «Для ребёнка больница не должна быть похожа на тюрьму, — сказал главный врач больницы, детский хирург с 25-летним стажем. — Поэтому в каждой палате есть кровать для родителя, а в коридорах — игровые уголки. Кроме того, у нас есть учебный класс, чтобы дети, которые лежат здесь неделями, не отставали в школе».",
        "Лечение детей будет бесплатным в рамках гарантированного государством пакета медицинской помощи. В областном управлении здравоохранения сообщили, что больницу также подключат к сети телемедицины: её врачи смогут консультироваться с коллегами из республиканских специализированных центров и помогать районным больницам со сложными случаями, не отправляя пациентов в дальнюю дорогу.",
      ],
    },
    en: {
      title: "New 320-bed children's hospital opens in Samarkand",
      lead: "The multidisciplinary centre has 12 operating theatres, a neonatal surgery department and wards where parents can stay with their children.",
      body: [
        "A new multidisciplinary children's hospital with 320 beds has opened in Samarkand. The five-storey building on the city's northern outskirts will treat young patients not only from Samarkand region but also from neighbouring Navoi and Kashkadarya. Until now, families from these regions with seriously ill children have often had to travel to Tashkent for surgery.",
        "The hospital has 12 operating theatres, a 24-bed intensive care unit, a neonatal surgery department and its own MRI and CT scanners. About 600 doctors, nurses and support staff will work there; several dozen specialists completed training at children's clinics in Tashkent and abroad before the opening. Outpatient appointments begin next week, and the first planned operations are scheduled for next month.",
        "> “For a child, a hospital should not feel like a prison,” said the hospital's chief physician, a paediatric surgeon with 25 years of experience. “That is why every ward has a bed for a parent, and the corridors have play corners. We also have a classroom, so that children who stay here for weeks do not fall behind at school.”",
        "Treatment will be free for children under the state-guaranteed package of medical care. The regional health department said the hospital will also be connected to a telemedicine network, allowing its doctors to consult colleagues at national specialised centres and to help district hospitals with difficult cases without sending patients on long journeys.",
      ],
    },
  },
  {
    category: "health",
    hoursAgo: 34,
    tags: ["medicine", "tashkent"],
    uz: {
      title: "Toshkentda chaqaloqlardagi yurak nuqsonlari gibrid operatsiya xonasida davolanmoqda",
      lead: "Birinchi oyda 14 nafar chaqaloq operatsiya qilindi; ilgari bunday bemorlarning koʻpchiligi xorijga yuborilardi.",
      body: [
        "Toshkentdagi respublika bolalar tibbiyot markazlaridan birining jarrohlari jarrohlik zalini angiografiya qurilmasi bilan birlashtirgan yangi gibrid operatsiya xonasida chaqaloqlarda yurak operatsiyalarining birinchi turkumini oʻtkazdi. Birinchi oyda bu yerda tugʻma yurak nuqsoni boʻlgan 14 nafar chaqaloqqa yordam koʻrsatildi, ularning eng kichigi bor-yoʻgʻi olti kunlik edi. Barcha bolalarning ahvoli barqaror deb baholanmoqda.",
        "Gibrid operatsiya xonasida kardiojarrohlar va intervension kardiologlar bir bemor ustida bir vaqtning oʻzida ishlashi mumkin. Baʼzi nuqsonlarni koʻkrak qafasini ochmasdan, qon tomiriga kiritilgan ingichka kateter orqali tuzatish mumkin, asoratlar yuzaga kelsa esa jamoa darhol ochiq operatsiyaga oʻtadi. Shifokorlarning aytishicha, bu chaqaloqlarning narkoz ostida va reanimatsiyada oʻtkazadigan vaqtini qisqartiradi.",
        "Yaqin vaqtgacha murakkab yurak nuqsoni bilan tugʻilgan bolalarning koʻplab oilalari xorijiy klinikalarga yoʻllanma olar, koʻpincha oylab navbat kutib, safar uchun mablagʻ yigʻardi. Endi markaz davlat hisobidan yiliga 250 ga yaqin shunday operatsiya oʻtkazishni moʻljallamoqda, uning shifokorlari esa viloyat bolalar shifoxonalari, jumladan, Samarqanddagi yangi shifoxona jamoalarini oʻqitishni rejalashtirmoqda.",
        "Bolalar kardiologlari ota-onalarga erta tashxis hal qiluvchi ahamiyatga ega ekanini eslatadi. Har ming chaqaloqdan taxminan sakkiztasi yurak nuqsoni bilan tugʻiladi va ularning koʻpchiligida buni homiladorlik davridagi rejali UTT orqali aniqlash mumkin. Poytaxtdagi ayollar maslahatxonalari endi nuqson gumon qilingan homilador ayollarni tugʻruqqacha markazga yoʻllamoqda, shunda jarrohlik jamoasi oldindan tayyorgarlik koʻra oladi.",
      ],
    },
    ru: {
      title: "В Ташкенте начали оперировать пороки сердца у новорождённых в гибридной операционной",
      lead: "За первый месяц прооперированы 14 младенцев; раньше многих таких пациентов направляли за рубеж.",
      body: [
        "Хирурги одного из республиканских детских медицинских центров в Ташкенте провели первую серию операций на сердце у новорождённых в новой гибридной операционной, которая объединяет хирургический зал с ангиографической установкой. За первый месяц здесь помогли 14 младенцам с врождёнными пороками сердца, самому младшему из них было всего шесть дней. Состояние всех детей оценивается как стабильное.",
        "В гибридной операционной кардиохирурги и интервенционные кардиологи могут одновременно работать с одним пациентом. Некоторые пороки удаётся исправить через тонкий катетер, введённый в сосуд, без вскрытия грудной клетки, а при осложнениях бригада может сразу перейти к открытой операции. По словам врачей, это сокращает время, которое младенцы проводят под наркозом и в реанимации.",
        "До недавнего времени многие семьи, чьи дети родились со сложными пороками сердца, получали направление в зарубежные клиники, нередко месяцами ждали места и собирали деньги на поездку. Теперь центр рассчитывает проводить около 250 таких операций в год за счёт государства, а его врачи планируют обучать бригады областных детских больниц, в том числе новой больницы в Самарканде.",
        "Детские кардиологи напоминают родителям, что ранняя диагностика имеет решающее значение. Примерно восемь из каждой тысячи детей рождаются с пороком сердца, и у многих его можно выявить на плановом УЗИ во время беременности. Женские консультации столицы теперь направляют в центр беременных с подозрением на порок ещё до родов, чтобы хирургическая бригада могла подготовиться заранее.",
      ],
    },
    en: {
      title: "Tashkent surgeons treat newborns' heart defects in a new hybrid operating room",
      lead: "Fourteen babies were operated on in the first month; many such patients used to be referred abroad.",
      body: [
        "Surgeons at one of the national children's medical centres in Tashkent have performed the first series of heart operations on newborns in a new hybrid operating room, which combines a surgical theatre with an angiography system. In the first month, 14 babies with congenital heart defects were treated there, the youngest of them only six days old. All of the children are reported to be in stable condition.",
        "In a hybrid room, cardiac surgeons and interventional cardiologists can work on the same patient at the same time. Some defects can be corrected through a thin catheter inserted into a blood vessel, without opening the chest, and if complications arise the team can switch to open surgery immediately. Doctors say this shortens the time babies spend under anaesthesia and in intensive care.",
        "Until recently, many families whose children were born with complex heart defects were referred to clinics abroad, often waiting months for a place and raising money for the trip. The centre now expects to carry out about 250 such operations a year at the state's expense, and its doctors plan to train teams from regional children's hospitals, including the new one in Samarkand.",
        "Paediatric cardiologists remind parents that early diagnosis is critical. About eight in every 1,000 babies are born with a heart defect, and in many cases it can be detected by a routine ultrasound scan during pregnancy. Women's clinics in the capital now refer expectant mothers with a suspected defect to the centre before birth, so that the surgical team can prepare in advance.",
      ],
    },
  },
  {
    category: "health",
    hoursAgo: 14,
    tags: ["medicine", "karakalpakstan", "internet"],
    uz: {
      title: "Qoraqalpogʻistondagi qishloq poliklinikalari telemeditsinaga ulandi",
      lead: "Uch oy ichida 45 ta qishloq tibbiyot punkti shifokorlari Nukus va Toshkentdagi mutaxassislar bilan 3 200 dan ortiq onlayn maslahat oʻtkazdi.",
      body: [
        "Qoraqalpogʻistonda 45 ta qishloq oilaviy poliklinikasi va tibbiyot punktini Nukusdagi koʻp tarmoqli shifoxona va Toshkentdagi respublika markazlari bilan bogʻlagan telemeditsina dasturining birinchi bosqichi yakunlandi. Har bir tibbiyot punkti kamerali kompyuter va koʻchma elektrokardiograf bilan, simli aloqa boʻlmagan joylarda esa sunʼiy yoʻldosh yoki mobil internet bilan taʼminlandi.",
        "Uch oy davomida qishloq shifokorlari 3 200 dan ortiq onlayn maslahat oʻtkazdi. Eng koʻp kardiolog va endokrinologlarga murojaat qilindi: bemorning kardiogrammasini bir necha daqiqada Nukusga yuborib, darhol xulosa olish mumkin. Qoraqalpogʻiston Sogʻliqni saqlash vazirligi maʼlumotlariga koʻra, taxminan har beshinchi holatda maslahat bemorning shaharga borishiga hojat qoldirmagan, bir nechta holatda esa infarktni oʻz vaqtida aniqlashga yordam bergan.",
        "> «Ilgari uzoq ovuldagi koʻkragi ogʻrigan keksa odam Nukusgacha besh-olti soat yoʻl bosardi va koʻpincha yoʻldayoq vaqt boy berilgani maʼlum boʻlardi, — dedi Nukusdagi shifoxonaning telemeditsina boʻlimi mudiri. — Endi qishloq shifokori kardiolog koʻrayotgan manzarani koʻradi, kasalxonaga yotqizish masalasi esa yarim soatda hal boʻladi».",
        "Dastur ishtirokchilari asosiy muammo aloqa sifati ekanini aytmoqda: qum boʻronlari va kuchli jaziramada chekka tumanlarda mobil internet tez-tez uzilib-uzilib ishlaydi. Kelasi yili dasturni yana 60 ta tibbiyot punktiga kengaytirish, shuningdek, chekka qishloqlardagi homilador ayollar uchun pediatr va akusher-ginekologlar maslahatlarini qoʻshish rejalashtirilgan.",
      ],
    },
    ru: {
      title: "Сельские поликлиники Каракалпакстана подключили к телемедицине",
      lead: "За три месяца врачи 45 сельских медпунктов провели более 3 200 онлайн-консультаций со специалистами из Нукуса и Ташкента.",
      body: [
        "В Каракалпакстане завершился первый этап программы телемедицины, которая связала 45 сельских семейных поликлиник и медпунктов с многопрофильной больницей в Нукусе и республиканскими центрами в Ташкенте. Каждый медпункт получил компьютер с камерой и портативный электрокардиограф, а там, где нет проводной связи, — спутниковый или мобильный интернет.",
        "За три месяца сельские врачи провели более 3 200 онлайн-консультаций. Чаще всего обращались к кардиологам и эндокринологам: кардиограмму пациента можно за несколько минут передать в Нукус и сразу получить заключение. По данным министерства здравоохранения Каракалпакстана, примерно в каждом пятом случае консультация избавила пациента от поездки в город, а в нескольких случаях помогла вовремя распознать инфаркт.",
        "> «Раньше пожилой человек с болью в груди из дальнего аула ехал до Нукуса пять-шесть часов, и нередко уже в дороге становилось ясно, что время упущено, — рассказал заведующий отделением телемедицины больницы в Нукусе. — Теперь сельский врач видит ту же картину, что и кардиолог, и вопрос о госпитализации решается за полчаса».",
        "Главной проблемой участники программы называют связь: во время песчаных бурь и в сильную жару мобильный интернет в отдалённых районах работает с перебоями. В следующем году программу планируют расширить ещё на 60 медпунктов, а также добавить консультации педиатров и акушеров-гинекологов для беременных женщин из отдалённых сёл.",
      ],
    },
  },
  {
    category: "health",
    hoursAgo: 90,
    tags: ["medicine", "internet"],
    source: { name: "Central Asia Health Review", url: "https://cahealthreview.example.com/research/telemedicine-rural-travel" },
    ru: {
      title: "Исследование: телемедицина на 40% сократила поездки сельских пациентов в Центральной Азии",
      lead: "Авторы опросили около 12 тысяч пациентов в четырёх странах, но предупреждают, что плохая связь и нагрузка на врачей ограничивают эффект.",
      body: [
        "Дистанционные консультации сократили число поездок сельских пациентов в областные больницы примерно на 40% — такие данные приводятся в опубликованном на этой неделе исследовании программ телемедицины в четырёх странах Центральной Азии. С 2021 по прошлый год исследователи опросили около 12 тысяч пациентов и 900 врачей в Узбекистане, Казахстане, Кыргызстане и Таджикистане.",
        "Наибольшую пользу авторы зафиксировали в кардиологии, эндокринологии и наблюдении беременных: сельский врач может отправить специалисту результаты анализов или электрокардиограмму и получить рекомендации в тот же день. Пациенты чаще всего называли сэкономленные на дорогу деньги и то, что пожилым родственникам больше не приходится брать выходной, чтобы их сопровождать.",
        "> «Телемедицина — не замена больницам, а способ понять, кому больница действительно нужна, — сказал ведущий автор исследования, специалист в области общественного здравоохранения из европейского университета. — Лучше всего работали программы, в которых сельских врачей обучали и оплачивали им дополнительное время, а не просто выдавали веб-камеру».",
        "В докладе названы и очевидные слабые места. В четверти изученных клиник нестабильный интернет прерывал консультации как минимум раз в неделю, а многие специалисты говорили, что дистанционные случаи добавлялись к их обычной нагрузке без доплаты. Авторы рекомендуют правительствам включить телемедицину в систему страховых выплат и вкладываться в связь в сёлах одновременно с закупкой медицинского оборудования.",
      ],
    },
    en: {
      title: "Study: telemedicine cuts rural patients' travel by 40% in Central Asia",
      lead: "The authors surveyed about 12,000 patients in four countries, but warn that poor connectivity and doctors' workload limit the gains.",
      body: [
        "Remote consultations have reduced the number of trips rural patients make to regional hospitals by about 40 percent, according to a study of telemedicine programmes in four Central Asian countries published this week. Between 2021 and last year, the researchers surveyed about 12,000 patients and 900 doctors in Uzbekistan, Kazakhstan, Kyrgyzstan and Tajikistan.",
        "The greatest benefits were found in cardiology, endocrinology and the monitoring of pregnant women, where a village doctor can send test results or an electrocardiogram to a specialist and receive advice the same day. Patients most often mentioned the money saved on transport and the fact that elderly relatives no longer had to take a day off to accompany them.",
        "> “Telemedicine is not a replacement for hospitals, it is a way of working out who really needs one,” said the study's lead author, a public health researcher at a European university. “The programmes that worked best were those where rural doctors were trained and paid for the extra time, not simply handed a webcam.”",
        "The report also identifies clear weaknesses. In a quarter of the clinics studied, unstable internet interrupted consultations at least once a week, and many specialists said remote cases were added to their normal workload without extra pay. The authors recommend that governments include telemedicine in insurance payments and invest in rural connectivity at the same time as they buy medical equipment.",
      ],
    },
  },
  {
    category: "health",
    hoursAgo: 44,
    tags: ["medicine", "education"],
    source: { name: "Sihat Media", url: "https://sihatmedia.example.uz/emlash/qizamiq-qizilcha-kampaniya" },
    uz: {
      title: "1,8 million bola uchun qizamiq va qizilchaga qarshi emlash kampaniyasi boshlandi",
      lead: "Toʻrt hafta davomida bir yoshdan olti yoshgacha boʻlgan bolalar poliklinikalar, bogʻchalar va chekka qishloqlardagi koʻchma guruhlarda qoʻshimcha dozani bepul olishi mumkin.",
      body: [
        "Dushanba kuni butun mamlakat boʻylab qizamiq va qizilchaga qarshi emlash kampaniyasi boshlandi. Toʻrt hafta davomida bir yoshdan olti yoshgacha boʻlgan 1,8 millionga yaqin bolaga, rejali emlashlar oʻz vaqtida qilingan-qilinmaganidan qatʼi nazar, vaksinaning qoʻshimcha dozasi bepul taklif etiladi. Emlash oilaviy poliklinikalar va bolalar bogʻchalarida oʻtkazilmoqda, chekka togʻ va choʻl qishloqlariga esa koʻchma guruhlar boradi.",
        "Sogʻliqni saqlash organlari kampaniyani ehtiyot chorasi deb atamoqda. Soʻnggi ikki yilda bir qancha qoʻshni hududlarda qizamiq bilan kasallanish koʻpaygan, pandemiya davrida esa koʻplab oilalar poliklinikaga borishni keyinga surgani sababli kichik yoshdagi bolalarni emlash qamrovi pasaygan. Epidemiologlarning hisob-kitobiga koʻra, virus tarqalishini toʻxtatish uchun bolalarning kamida 95 foizi himoyalangan boʻlishi kerak.",
        "> «Qizamiq bizga maʼlum boʻlgan eng yuqumli kasalliklardan biri: bitta kasal bola emlanmagan oʻn sakkiz nafargacha boshqa bolani yuqtirishi mumkin, — dedi milliy sanitariya-epidemiologiya xizmatining yetakchi epidemiologi. — Qoʻshimcha doza allaqachon emlangan bola uchun ham xavfsiz va u qogʻozdagi qaydlarda koʻrinmaydigan boʻshliqlarni yopadi».",
        "Oldindan navbatga yozilish shart emas, biroq ota-onalardan, agar mavjud boʻlsa, bolaning emlash kartasini olib kelish soʻraladi. Bolalar bogʻchalari emlash kuni haqida oilalarni oldindan xabardor qiladi, ota-onalar jarayonda ishtirok etishi mumkin. Kampaniyada qoʻllanilayotgan vaksina xalqaro hamkorlar koʻmagida yetkazib beriladi va mamlakatda koʻp yillardan beri roʻyxatdan oʻtgan.",
      ],
    },
    ru: {
      title: "Началась кампания вакцинации от кори и краснухи для 1,8 млн детей",
      lead: "В течение четырёх недель дети от года до шести лет могут бесплатно получить дополнительную дозу в поликлиниках, детских садах и у выездных бригад в отдалённых сёлах.",
      body: [
        "В понедельник по всей стране стартовала кампания вакцинации против кори и краснухи. В течение четырёх недель около 1,8 миллиона детей в возрасте от одного года до шести лет смогут бесплатно получить дополнительную дозу вакцины независимо от того, были ли плановые прививки сделаны вовремя. Прививки ставят в семейных поликлиниках и детских садах, а в отдалённые горные и пустынные сёла выедут мобильные бригады.",
        "В органах здравоохранения называют кампанию мерой предосторожности. За последние два года заболеваемость корью выросла в нескольких соседних регионах, а охват вакцинацией маленьких детей снизился во время пандемии, когда многие семьи откладывали визиты в поликлиники. По оценкам эпидемиологов, чтобы остановить распространение вируса, защищены должны быть не менее 95% детей.",
        "> «Корь — одна из самых заразных известных нам болезней: один заболевший ребёнок может заразить до восемнадцати непривитых детей, — отметил ведущий эпидемиолог национальной санитарно-эпидемиологической службы. — Дополнительная доза безопасна даже для ребёнка, который уже привит, и она закрывает пробелы, которых мы не видим в бумажных записях».",
        "Записываться заранее не нужно, но родителей просят взять с собой прививочную карту ребёнка, если она есть. Детские сады заранее сообщат семьям о дне вакцинации, и родители смогут присутствовать. Вакцина, которая используется в кампании, поставляется при поддержке международных партнёров и зарегистрирована в стране уже много лет.",
      ],
    },
    en: {
      title: "Measles and rubella vaccination campaign begins for 1.8 million young children",
      lead: "For four weeks, children aged one to six can receive a free extra dose at polyclinics, kindergartens and from mobile teams in remote villages.",
      body: [
        "A nationwide vaccination campaign against measles and rubella began on Monday. Over four weeks, about 1.8 million children aged one to six will be offered a free additional dose of the vaccine, regardless of whether they received their routine shots on time. Vaccinations are being given at family polyclinics and in kindergartens, while mobile teams will travel to remote mountain and desert villages.",
        "Health officials describe the campaign as a precaution. Measles cases have risen in several neighbouring regions over the past two years, and vaccination coverage among young children fell during the pandemic, when many families postponed visits to clinics. Epidemiologists estimate that at least 95 percent of children need to be protected to stop the virus from spreading.",
        "> “Measles is one of the most contagious diseases we know: one sick child can infect up to eighteen other children who are not vaccinated,” said a senior epidemiologist at the national sanitary and epidemiological service. “An extra dose is safe even for a child who has already been vaccinated, and it closes the gaps that we cannot see in paper records.”",
        "Parents do not need to book an appointment, but are asked to bring their child's vaccination card if they have one. Kindergartens will notify families of the vaccination day in advance, and parents may be present. The vaccine used in the campaign is supplied with the support of international partners and has been registered in the country for many years.",
      ],
    },
  },
  {
    category: "health",
    hoursAgo: 6,
    tags: ["weather", "climate", "bukhara"],
    source: { name: "Xabar" },
    uz: {
      title: "Jazirama: Buxoro va gʻarbiy hududlarda harorat 46 darajagacha koʻtariladi",
      lead: "Shifokorlar aholini soat 11:00 dan 17:00 gacha quyoshda yurmaslikka, muntazam suv ichishga va keksa qoʻshnilardan xabar olib turishga chaqirmoqda.",
      body: [
        "Sinoptiklar mamlakatning katta qismi uchun jazirama issiq haqida ogohlantirish eʼlon qildi: chorshanbadan boshlab Buxoro va Navoiy viloyatlari hamda Qoraqalpogʻistonda kunduzgi harorat 44–46 darajaga yetadi. Toshkentda termometr ustuni 42 darajagacha koʻtariladi, tunlar esa odatdagidan iliq boʻlib, harorat kamdan-kam hollarda 28 darajadan pastga tushadi. Issiq havo kamida besh kun davom etishi kutilmoqda.",
        "Sogʻliqni saqlash organlari aholiga soat 11:00 dan 17:00 gacha toʻgʻridan-toʻgʻri quyosh nuri ostida boʻlmaslik, chanqoq sezilmasa ham muntazam suv ichish, ogʻir taomlar va shirin gazli ichimliklardan voz kechishni maslahat bermoqda. Shifokorlar, ayniqsa, bolalar va uy hayvonlarini toʻxtab turgan avtomobilda qoldirmaslik haqida ogohlantiradi, chunki u yerda harorat chorak soat ichida 60 darajadan oshishi mumkin.",
        "> «Keksa odamlar koʻpincha chanqoqni sezmaydi, issiq urishi esa uyda, yopiq xonada sezdirmasdan rivojlanishi mumkin, — dedi Buxorodagi shahar shifoxonalaridan birining shoshilinch tibbiy yordam boʻlimi mudiri. — Agar qoʻshningiz yolgʻiz yashasa, kuniga ikki marta eshigini taqillating. Bosh aylanishi, fikrlarning chalkashishi va issiq, quruq teri darhol tez yordam chaqirish uchun sababdir».",
        "Ish beruvchilarga ochiq havodagi ishlar, jumladan, qurilish va dala ishlarini erta tong va kechki soatlarga koʻchirish tavsiya etildi. Jazirama qamrab olgan hududlardagi tez tibbiy yordam stansiyalari kuchaytirilgan rejimga oʻtkazildi, Energetika vazirligi esa mahalliy elektr tarmoqlari ortiqcha yuklanmasligi uchun isteʼmolchilardan kechki eng yuqori yuklama soatlarida konditsionerlardan foydalanishni cheklashni soʻradi.",
      ],
    },
    ru: {
      title: "Аномальная жара: в Бухаре и на западе страны ожидают до 46 градусов",
      lead: "Врачи призывают не находиться на солнце с 11:00 до 17:00, регулярно пить воду и проведывать пожилых соседей.",
      body: [
        "Синоптики объявили предупреждение об аномальной жаре для большей части страны: со среды дневная температура в Бухарской и Навоийской областях и в Каракалпакстане достигнет 44–46 градусов. В Ташкенте столбик термометра поднимется до 42 градусов, а ночи останутся необычно тёплыми — температура редко будет опускаться ниже 28 градусов. Жара продержится как минимум пять дней.",
        "Органы здравоохранения советуют жителям не находиться под прямыми солнечными лучами с 11:00 до 17:00, регулярно пить воду даже без ощущения жажды и отказаться от тяжёлой пищи и сладких газированных напитков. Врачи особенно предостерегают от того, чтобы оставлять детей и домашних животных в припаркованных машинах, где за четверть часа температура может превысить 60 градусов.",
        "> «Пожилые люди часто не чувствуют жажды, и тепловой удар может развиться незаметно, дома, в закрытой комнате, — рассказал заведующий отделением экстренной помощи одной из городских больниц Бухары. — Если ваш сосед живёт один, стучите к нему дважды в день. Головокружение, спутанность сознания и горячая сухая кожа — повод немедленно вызвать скорую».",
        "Работодателям рекомендовано перенести работы на открытом воздухе, в том числе строительные и полевые, на раннее утро и вечер. Станции скорой помощи в охваченных жарой регионах переведены на усиленный режим работы, а министерство энергетики попросило потребителей ограничить использование кондиционеров в вечерние часы пик, чтобы не перегружать местные электросети.",
      ],
    },
    en: {
      title: "Heat-wave warning: up to 46°C expected in Bukhara and the west",
      lead: "Doctors urge residents to stay out of the sun between 11:00 and 17:00, drink water regularly and check on elderly neighbours.",
      body: [
        "Forecasters have issued a heat-wave warning for most of the country, with daytime temperatures expected to reach 44 to 46 degrees Celsius in Bukhara and Navoi regions and in Karakalpakstan from Wednesday. In Tashkent, the thermometer is forecast to climb to 42 degrees, and nights will remain unusually warm, rarely falling below 28 degrees. The hot spell is expected to last at least five days.",
        "Health authorities advise residents to stay out of direct sunlight between 11:00 and 17:00, to drink water regularly even when they do not feel thirsty, and to avoid heavy meals and sweet fizzy drinks. Doctors particularly warn against leaving children or pets in parked cars, where the temperature can exceed 60 degrees within a quarter of an hour.",
        "> “Older people often do not feel thirst, and heat stroke can develop quietly, at home, in a closed room,” said the head of the emergency department at one of Bukhara's city hospitals. “If your neighbour lives alone, knock on their door twice a day. Dizziness, confusion and hot, dry skin are reasons to call an ambulance immediately.”",
        "Employers have been advised to move outdoor work, including construction and field work, to the early morning and evening. Ambulance stations in the regions hit by the heat have been put on reinforced duty, and the energy ministry has asked consumers to limit their use of air conditioners during the evening peak to avoid overloading local power grids.",
      ],
    },
  },
  {
    category: "health",
    hoursAgo: 20,
    tags: ["weather", "tashkent", "climate"],
    uz: {
      title: "Toshkentda 25 ta salqinlash maskani ochildi: tez yordamga murojaatlar 30 foiz oshdi",
      lead: "Kutubxonalar, mahalla markazlari va bir nechta metro bekatlarining vestibyullarida eng issiq soatlarda soya, ichimlik suvi va navbatchi hamshira boʻladi.",
      body: [
        "Soʻnggi uch kunda Toshkentda tez yordam brigadalari odatdagidan taxminan 30 foiz koʻproq chaqiruv qabul qildi, ularning aksariyati issiq havo bilan bogʻliq, deya maʼlum qildi shahar shoshilinch tibbiy yordam xizmati. Shifokorlar, ayniqsa, keksa aholi hamda quruvchilar, kuryerlar va bozor sotuvchilari kabi ochiq havoda ishlaydiganlar orasida issiqdan holsizlanish, qon bosimi oshishi va suvsizlanish holatlari koʻpayganini qayd etmoqda.",
        "Bunga javoban shahar hokimligi kutubxonalar, mahalla markazlari va bir nechta metro bekatlarining vestibyullarida 25 ta salqinlash maskanini ochdi. Ular jazirama tugaguncha soat 11:00 dan 19:00 gacha ishlaydi: u yerda konditsionerli salqin joyda dam olish, bepul ichimlik suvi ichish va qon bosimini oʻlchab, birinchi yordam koʻrsatadigan hamshiraga murojaat qilish mumkin. Manzillar shahar sayti va mobil ilovasida eʼlon qilingan.",
        "Yozgi oromgohlar va bolalar bogʻchalariga tushdan keyingi ochiq havodagi mashgʻulotlarni bekor qilish topshirildi, transport kompaniyalari esa yirik avtovokzallarda ichimlik suvi shoxobchalarini oʻrnatdi. Mahalla fuqarolar yigʻinlari yolgʻiz yashaydigan keksalar roʻyxatini tuzmoqda, shunda harorat 40 darajadan yuqori boʻlib turgan paytda koʻngillilar va ijtimoiy xodimlar ularni har kuni yoʻqlab turishi yoki ularga qoʻngʻiroq qilishi mumkin boʻladi.",
        "Iqlimshunoslarning taʼkidlashicha, bunday holatlar tobora tez-tez takrorlanmoqda: poytaxtda harorat 40 darajadan oshadigan kunlar soni 1990-yillarga nisbatan taxminan ikki baravar koʻpaygan. Shahar salqinlash maskanlarini yozgi favqulodda vaziyatlar rejasining doimiy qismiga aylantirish hamda eng kam koʻkalamzorlashtirilgan tumanlardagi bekatlar yoniga soya beruvchi daraxtlar ekishni rejalashtirmoqda.",
      ],
    },
    ru: {
      title: "В Ташкенте открыли 25 пунктов охлаждения: вызовов скорой стало на 30% больше",
      lead: "Библиотеки, махаллинские центры и вестибюли нескольких станций метро предложат тень, питьевую воду и дежурную медсестру в самые жаркие часы.",
      body: [
        "За последние три дня бригады скорой помощи в Ташкенте получили примерно на 30% больше вызовов, чем обычно, большинство из них связаны с жарой, сообщили в городской службе экстренной медицинской помощи. Врачи фиксируют рост случаев теплового истощения, повышенного давления и обезвоживания, особенно у пожилых жителей и у тех, кто работает на улице, — строителей, курьеров и торговцев на рынках.",
        "В ответ городская администрация открыла 25 пунктов охлаждения в библиотеках, махаллинских центрах и вестибюлях нескольких станций метро. До конца жары они будут работать с 11:00 до 19:00: там можно отдохнуть в прохладе под кондиционером, бесплатно выпить воды и обратиться к медсестре, которая измерит давление и окажет первую помощь. Адреса опубликованы на сайте города и в его мобильном приложении.",
        "Летним лагерям и детским садам поручено отменить занятия на улице во второй половине дня, а транспортные компании установили пункты с питьевой водой на крупных автовокзалах. Махаллинские сходы составляют списки одиноких пожилых людей, чтобы волонтёры и социальные работники ежедневно навещали их или звонили им, пока температура держится выше 40 градусов.",
        "Климатологи отмечают, что такие эпизоды случаются всё чаще: число дней с температурой выше 40 градусов в столице по сравнению с 1990-ми годами выросло примерно вдвое. Город планирует сделать пункты охлаждения постоянной частью летнего плана действий в чрезвычайных ситуациях и высадить тенистые деревья у остановок в районах, где меньше всего зелени.",
      ],
    },
    en: {
      title: "Tashkent opens 25 cooling centres as heat-related ambulance calls rise 30%",
      lead: "Libraries, community centres and several metro station lobbies will offer shade, drinking water and a nurse on duty during the hottest hours.",
      body: [
        "Ambulance crews in Tashkent have received about 30 percent more calls than usual over the past three days, most of them related to the heat, the city's emergency medical service said. Doctors report a rise in cases of heat exhaustion, high blood pressure and dehydration, particularly among older residents and people who work outdoors, such as builders, couriers and market traders.",
        "In response, the city administration has opened 25 cooling centres in libraries, community centres and the lobbies of several metro stations. They will be open from 11:00 to 19:00 until the heat wave ends, offering air-conditioned space, free drinking water and a nurse who can measure blood pressure and give first aid. Their addresses are published on the city's website and in its mobile app.",
        "Summer camps and kindergartens have been told to cancel outdoor activities in the afternoon, while transport companies have set up drinking water points at major bus terminals. Mahalla committees are drawing up lists of elderly people who live alone, so that volunteers and social workers can visit or call them every day while temperatures stay above 40 degrees.",
        "Climate researchers note that such episodes are becoming more frequent: the number of days above 40 degrees in the capital has roughly doubled compared with the 1990s. The city plans to make cooling centres a permanent part of its summer emergency plan and to plant shade trees at bus stops in the districts with the least greenery.",
      ],
    },
  },
];
