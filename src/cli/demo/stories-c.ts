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
        "Loyiha, avvalo, kichik ekrandagi uzun menyularda yoʻl topishi qiyin boʻlgan keksalar va qishloq aholisiga moʻljallangan. Dastlabki ikki hafta ichida yordamchi 240 mingga yaqin soʻrovni koʻrib chiqdi. Foydalanuvchilar koʻproq pensiya, kommunal toʻlovlar va yangi tugʻilgan chaqaloqlarni roʻyxatdan oʻtkazish haqida soʻragan.",
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
        "Персональные данные, переданные через голосовой канал, обрабатываются на государственных серверах, сообщили в министерстве, курирующем цифровые технологии. Перед подачей любого заявления пользователь должен подтвердить его одноразовым кодом. Полную версию, которая будет поддерживать и каракалпакский язык, планируют запустить следующей весной.",
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
        "> «Вода становится самым дорогим ресурсом в сельском хозяйстве Центральной Азии, а большинство хозяйств по-прежнему поливают на глаз, — отметил сооснователь и генеральный директор Suvchi. — Инвесторы верят, что рынок точных и доступных инструментов здесь будет расти так же быстро, как в Индии десять лет назад. А мы хотим оказаться на этом рынке одними из первых»."
        ,
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
        "Sugʻurta va turizmdagi toʻlovlarga qaratiladigan navbatdagi qabulga arizalar kelasi oyda ochiladi. Tashkilotchilarning aytishicha, bir nechta bank startaplardan mijozlarning moliyaviy maʼlumotlarini qanday saqlashi va shifrlashini koʻrsatishni soʻraganidan soʻng dasturga shaxsiy maʼlumotlarni himoya qilish boʻyicha alohida modul ham qoʻshiladi.",
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
        "Raqamli texnologiyalar uchun masʼul vazirlik kelasi yil oxirigacha 5G barcha viloyat markazlarida paydo boʻlishi kerakligini maʼlum qildi. Operatorlar esa abonentlarni oʻz mahallasidagi qamrov onlayn xaritada tasdiqlanmaguncha faqat tezroq tarmoq uchun yangi telefon sotib olishga shoshilmaslikka chaqirmoqda.",
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
        "Toshkentdagi muhandislik oliygohlaridan birining talabalari loyihalashtirgan va yigʻgan nanosunʼiy yoʻldosh boshqa mamlakatlarning bir necha oʻnlab kichik kosmik apparatlari bilan birga umumiy raketada uchirilib, orbitaga chiqdi. Yer stansiyasi yoʻldoshdan birinchi signalni u raketadan ajralganidan taxminan 90 daqiqa oʻtib qabul qildi, jamoa esa quyosh panellari rejadagidek ochilganini tasdiqladi.",
        "Taxminan poyabzal qutisi kattaligidagi va toʻrt kilogrammdan sal kamroq vaznga ega yoʻldosh ixcham multispektral kamera bilan jihozlangan. Uning asosiy vazifasi Orol dengizining qurigan tubini suratga olish va undan chang hamda tuz boʻronlari qanchalik tez-tez koʻtarilishini qayd etish, shuningdek, vegetatsiya mavsumida Qoraqalpogʻiston va Xorazmdagi ekinlar holatini kuzatishdan iborat.",
        "> «Hudud ustidan har bir oʻtish bor-yoʻgʻi bir necha daqiqa davom etadi, shuning uchun suratga olishni xuddi boshqotirmadek rejalashtirishni oʻrgandik, — dedi loyihaning talaba rahbarlaridan biri, aerokosmik muhandislik yoʻnalishining toʻrtinchi kurs talabasi. — Uch yil davomida yoʻldosh ustida 60 dan ortiq kishi ishladi, deyarli har bir qismni avval oʻz laboratoriyamizda sinovdan oʻtkazdik»."
        ,
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
