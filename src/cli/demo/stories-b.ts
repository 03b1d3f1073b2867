/**
 * Demo stories, part B: world and sport. Invented news written by the Xabar team for the demo
 * portal; people, outlets and figures are fictional. Uzbek is written in the Latin alphabet with
 * ʻ (U+02BB) and ʼ (U+02BC); Uzbek Cyrillic is derived from it by the transliterator.
 */
import type { DemoStory } from "./catalog.js";

export const STORIES_B: DemoStory[] = [
  // ---------------------------------------------------------------------------------------------
  // World · water and climate
  {
    category: "world",
    hoursAgo: 3,
    tags: ["water", "energy", "diplomacy"],
    source: { name: "Xabar" },
    pinned: true,
    uz: {
      title: "Sirdaryo havzasi davlatlari yozgi suvni qishki elektr energiyasiga almashtiradi",
      lead: "Qozogʻiston, Qirgʻiziston, Tojikiston va Oʻzbekiston Sirdaryo havzasidagi suvni taqsimlash boʻyicha bir yillik kelishuvni imzoladi. Yuqori oqimdagi suv omborlari yozda koʻproq suv chiqaradi, quyi oqimdagi davlatlar esa qishda elektr energiyasi bilan hisob-kitob qiladi.",
      body: [
        "Kelishuv Olmaota shahrida davlatlararo suv xoʻjaligini muvofiqlashtiruvchi komissiya yigʻilishida, toʻrt davlatning suv xoʻjaligi va energetika vazirliklari oʻrtasidagi ikki kunlik muzokaralardan soʻng imzolandi. Unga koʻra, Qirgʻizistondagi Toʻxtagul suv omboridan apreldan sentabrgacha 6,1 milliard kub metr suv chiqariladi. Aynan shu davrda havzaning quyi qismidagi paxta, bugʻdoy va bogʻlar suvga eng koʻp ehtiyoj sezadi.",
        "Buning evaziga Qozogʻiston va Oʻzbekiston kelgusi qishda Qirgʻizistonga 1,8 milliard kilovatt-soat elektr energiyasi yetkazib beradi. Aynan qish oylarida yuqori oqimdagi mamlakatda quvvat yetishmaydi va u suvni omborlarda ushlab turishga majbur boʻladi. Qayroqqum suv omborini boshqaradigan Tojikiston esa suv chiqarishning qatʼiy jadvaliga rioya qilish majburiyatini oldi va elektr energiyasining bir qismini mintaqaviy tarmoq orqali oladi.",
        "> «Ilk bor har bir davlat bir xil raqamlarni bir vaqtning oʻzida koʻradi, — dedi komissiya texnik kotibiyatining rahbari Erkin Sayfullayev. — Chegaradan qancha suv oʻtgani haqidagi bahslar endi telefon qoʻngʻiroqlari bilan emas, maʼlumotlar asosida hal qilinishi kerak. Birgina shuning oʻzi fermerlarni iyul va avgust oylaridagi koʻplab xavotirlardan xalos qiladi».",
        "Kelishuv doirasida Sirdaryo va uning irmoqlarida 42 ta avtomatik gidropostdan iborat umumiy kuzatuv tarmogʻi ham yaratiladi, ularning koʻrsatkichlari har soatda internetda eʼlon qilinadi. Oʻtgan yozda Fargʻona vodiysi fermerlari suv rejadagidan kechroq va kamroq hajmda kelgani sababli hosilning bir qismini yoʻqotganini maʼlum qilgan edi. Komissiya noyabrda yana yigʻilib, jadval qanday ishlaganini koʻrib chiqadi va besh yillik kelishuvni muhokama qiladi.",
      ],
    },
    ru: {
      title: "Страны бассейна Сырдарьи обменяют летнюю воду на зимнюю электроэнергию",
      lead: "Казахстан, Кыргызстан, Таджикистан и Узбекистан подписали годовое соглашение о распределении воды в бассейне Сырдарьи. Верхние водохранилища летом пропустят больше воды, а страны низовья рассчитаются электроэнергией зимой.",
      body: [
        "Соглашение подписано в Алматы на заседании межгосударственной координационной водохозяйственной комиссии после двухдневных переговоров министерств водного хозяйства и энергетики четырёх стран. По его условиям Токтогульское водохранилище в Кыргызстане с апреля по сентябрь пропустит 6,1 млрд кубометров воды. Именно в этот период хлопчатник, пшеница и сады в низовьях бассейна нуждаются в поливе больше всего.",
        "Взамен Казахстан и Узбекистан поставят Кыргызстану 1,8 млрд киловатт-часов электроэнергии предстоящей зимой. Именно в зимние месяцы стране верховья не хватает мощностей, и ей приходится удерживать воду в водохранилищах. Таджикистан, управляющий Кайраккумским водохранилищем, обязался соблюдать строгий график попусков и получит часть электроэнергии через региональную энергосистему.",
        "> «Впервые каждая страна будет видеть одни и те же цифры в один и тот же момент, — заявил руководитель технического секретариата комиссии Эркин Сайфуллаев. — Споры о том, сколько воды пересекло границу, теперь должны решаться на основе данных, а не телефонных звонков. Уже одно это избавит фермеров от многих тревог в июле и августе».",
        "Соглашение также создаёт общую сеть из 42 автоматических гидропостов на Сырдарье и её притоках, показания которых будут ежечасно публиковаться в интернете. Прошлым летом фермеры Ферганской долины сообщали о потере части урожая из-за того, что вода пришла позже и в меньших объёмах, чем планировалось. В ноябре комиссия соберётся снова, чтобы оценить работу графика и обсудить пятилетнее соглашение.",
      ],
    },
    en: {
      title: "Syr Darya states agree to trade summer water for winter electricity",
      lead: "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan have signed a one-year deal on sharing water in the Syr Darya basin. Upstream reservoirs will release more water in summer, and downstream countries will pay back with electricity in winter.",
      body: [
        "The agreement was signed in Almaty at a meeting of the interstate water coordination commission, after two days of talks between the water and energy ministries of the four countries. Under its terms, the Toktogul reservoir in Kyrgyzstan will release 6.1 billion cubic metres of water between April and September, the months when cotton, wheat and orchards in the lower basin need irrigation most.",
        "In return, Kazakhstan and Uzbekistan will supply Kyrgyzstan with 1.8 billion kilowatt-hours of electricity during the coming winter. Those are the months when the upstream country runs short of power and is forced to hold water back in its reservoirs. Tajikistan, which operates the Kairakkum reservoir, has committed to a strict release schedule and will receive part of the electricity through the regional grid.",
        "> “For the first time, every country will see the same numbers at the same moment,” said Erkin Sayfullayev, head of the commission’s technical secretariat. “Arguments about how much water crossed the border should now be settled with data rather than phone calls. That alone will spare farmers a great deal of worry in July and August.”",
        "The deal also creates a shared network of 42 automatic gauging stations on the Syr Darya and its tributaries, whose readings will be published online every hour. Last summer, farmers in the Fergana Valley reported losing part of their harvest after water arrived later and in smaller volumes than planned. The commission will meet again in November to review the schedule and discuss a five-year agreement.",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 30,
    tags: ["climate", "diplomacy", "water"],
    source: { name: "Dunyo yangiliklari", url: "https://example.uz/dunyo/iqlim-sammiti-fond" },
    uz: {
      title: "Nayrobidagi iqlim sammiti qurgʻoqchil hududlar uchun 4,2 milliard dollarlik fond tuzdi",
      lead: "140 mamlakat delegatlari qurgʻoqchil mintaqalarga qurgʻoqchilik va jaziramaga moslashishda yordam beradigan fond tashkil etishga kelishib oldi. Markaziy Osiyo ham kelgusi yildan boshlab fonddan mablagʻ soʻrashi mumkin boʻlgan mintaqalar qatorida.",
      body: [
        "Qaror bir haftalik sammitning soʻnggi kechasi, muzokarachilar kim qancha toʻlashi kerakligi haqida deyarli 20 soat ortiqcha bahslashganidan keyin qabul qilindi. Murosaga koʻra, mablagʻning taxminan 70 foizini boy davlatlar, yana 20 foizini taraqqiyot banklari ajratadi. Qolgan qismi xususiy jamgʻarmalar va bizneslarning ixtiyoriy badallari hisobidan shakllantirilishi kutilmoqda.",
        "Fond tomchilatib sugʻorish, qurgʻoqchilikka chidamli urugʻlar, yaroqsiz holga kelgan yaylovlarni tiklash hamda jazirama va chang boʻronlari haqida oldindan ogohlantirish tizimlarini moliyalashtiradi. Loyihalarni 24 aʼzodan iborat kengash tanlaydi, ularning yarmi rivojlanayotgan davlatlar vakillari boʻladi. Arizalarning birinchi qabuli bahorda boshlanadi, ilk grantlar esa kelgusi yil oxirigacha ajratilishi kutilmoqda.",
        "> «Qurgʻoqchil hududlarda ikki milliard odam yashaydi, biroq iqlim muzokaralarida ular uzoq vaqt eʼtibordan chetda qolib keldi, — dedi ovoz berishdan soʻng jurnalistlarga konferensiya kotibiyati rahbari Ayana Muthoni. — Bu fond muammoni hal qilish uchun yetarli emas, ammo u nihoyat qurgʻoqchil yerlardagi dehqon va chorvadorlarni muhokamaning markaziga olib chiqadi».",
        "Markaziy Osiyo delegatsiyalari qarorni olqishladi: ularning taʼkidlashicha, Orol dengizining qurishi va daryolar suvining kamayishi mintaqani dunyodagi eng zaif hududlardan biriga aylantirmoqda. Ekologik tashkilotlar esa ehtiyotkorroq baho berdi. Ularning fikricha, yangi vaʼdalar ehtiyojning faqat kichik qismini qoplaydi, avvalgi iqlim fondlari esa birinchi grantlarini ajratishga koʻpincha yillab vaqt sarflagan.",
      ],
    },
    ru: {
      title: "Климатический саммит в Найроби создал фонд в $4,2 млрд для засушливых регионов",
      lead: "Делегаты из 140 стран договорились о создании фонда, который поможет засушливым регионам адаптироваться к засухам и аномальной жаре. Центральная Азия вошла в число регионов, которые смогут подавать заявки уже со следующего года.",
      body: [
        "Решение приняли в последнюю ночь недельного саммита, после того как переговорщики почти 20 лишних часов спорили о том, кто и сколько должен платить. По компромиссу около 70% средств внесут богатые страны, ещё 20% — банки развития. Остальное, как ожидается, поступит в виде добровольных взносов частных фондов и компаний.",
        "Фонд будет финансировать капельное орошение, засухоустойчивые семена, восстановление деградировавших пастбищ, а также системы раннего оповещения о жаре и пыльных бурях. Проекты будет отбирать совет из 24 членов, половину которого составят представители развивающихся стран. Первый приём заявок намечен на весну, а первые гранты должны быть выделены до конца следующего года.",
        "> «В засушливых районах живут два миллиарда человек, но на климатических переговорах о них слишком долго вспоминали лишь мимоходом, — заявила журналистам после голосования глава секретариата конференции Аяна Мутони. — Этого фонда недостаточно, чтобы решить проблему, но он наконец ставит фермеров и скотоводов засушливых земель в центр обсуждения».",
        "Делегации Центральной Азии приветствовали решение, отметив, что высыхание Аральского моря и сокращение стока рек делают регион одним из самых уязвимых в мире. Экологические организации отреагировали сдержаннее. По их мнению, новые обязательства покрывают лишь малую часть потребностей, а прежним климатическим фондам на выплату первых грантов нередко требовались годы.",
      ],
    },
    en: {
      title: "Climate summit in Nairobi sets up $4.2bn fund for the world’s drylands",
      lead: "Delegates from 140 countries agreed to create a fund that will help arid regions adapt to droughts and heatwaves. Central Asia is among the regions that will be able to apply for money from next year.",
      body: [
        "The decision was adopted on the final night of the week-long summit, after negotiators spent almost 20 extra hours arguing over who should pay and how much. Under the compromise, wealthy countries will provide about 70 percent of the money and development banks a further 20 percent. The rest is expected to come from voluntary contributions by private foundations and businesses.",
        "The fund will finance drip irrigation, drought-resistant seeds, the restoration of degraded pastures and early warning systems for heatwaves and dust storms. Projects will be selected by a board of 24 members, half of them from developing countries. The first call for applications is planned for the spring, and the first grants are due to be awarded before the end of next year.",
        "> “Two billion people live in drylands, yet for far too long they have been a footnote in climate negotiations,” Ayana Muthoni, head of the conference secretariat, told journalists after the vote. “This fund is not big enough to solve the problem, but it finally puts the farmers and herders of arid lands at the centre of the discussion.”",
        "Central Asian delegations welcomed the decision, noting that the shrinking Aral Sea and falling river flows make the region one of the most vulnerable in the world. Environmental groups were more cautious. In their view, the new pledges cover only a small share of the real needs, and earlier climate funds have often taken years to pay out their first grants.",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 70,
    tags: ["climate", "water"],
    uz: {
      title: "Pomir va Tyan-Shan muzliklari 20 yilda maydonining 9 foizini yoʻqotdi",
      lead: "Olimlarning yangi hisobotiga koʻra, Markaziy Osiyo muzliklari tobora tez erimoqda. Tadqiqotchilar muzliklardan keladigan suv 2040-yillarda eng yuqori choʻqqiga chiqib, keyin kamayishini ogohlantirmoqda.",
      body: [
        "Hisobot besh davlatdagi olti ilmiy institutni birlashtirgan Markaziy Osiyo glyatsiologiya tarmogʻi tomonidan tayyorlandi. Olimlar sunʼiy yoʻldosh suratlari asosida 1 300 dan ortiq muzlikni oʻrgandi, 14 ta muzlikda esa har yili dala oʻlchovlarini oʻtkazdi. Natijalarga koʻra, soʻnggi 20 yilda muzliklarning umumiy maydoni 9 foizga qisqargan, kichik muzliklarning 160 tasi esa butunlay yoʻq boʻlib ketgan.",
        "Eng tez nisbatan past balandlikdagi kichik muzliklar erimoqda: dengiz sathidan 3 500 metrdan past joylashgan muzliklar maydonining qariyb chorak qismini yoʻqotgan. Baland togʻlardagi yirik muzliklar sekinroq qisqarmoqda, biroq ularning qalinligi ham yiliga oʻrtacha 40 santimetrga kamaymoqda. Tadqiqotchilarning taʼkidlashicha, yozgi haroratning koʻtarilishi va qishda qor kamroq yogʻishi bu jarayonni tezlashtirmoqda.",
        "Hozircha muzliklarning erishi daryolarga qoʻshimcha suv olib kelmoqda va bu yozgi sugʻorish uchun qisqa muddatli foyda beradi. Biroq modellarga koʻra, Amudaryo va Sirdaryoga muzliklardan keladigan suv 2040-yillarda eng yuqori darajaga yetadi, soʻngra kamayishni boshlaydi. Aynan yozning eng issiq oylarida, dalalar suvga eng muhtoj paytda, daryolar sayozlashishi mumkin.",
        "Hisobot mualliflari hukumatlarga suvni tejaydigan sugʻorish usullarini kengroq joriy etish, suv omborlarini taʼmirlash va muzliklarni doimiy kuzatishni kuchaytirishni tavsiya qildi. Ularning fikricha, hozir baland togʻlardagi kuzatuv stansiyalari yetarli emas, maʼlumotlar esa davlatlar oʻrtasida kam almashiladi. Tarmoq keyingi hisobotni uch yildan soʻng eʼlon qilishni rejalashtirmoqda.",
      ],
    },
    ru: {
      title: "Ледники Памира и Тянь-Шаня за 20 лет потеряли 9% площади",
      lead: "Согласно новому докладу учёных, ледники Центральной Азии тают всё быстрее. Исследователи предупреждают, что ледниковый сток достигнет пика в 2040-х годах, а затем начнёт сокращаться.",
      body: [
        "Доклад подготовила Центральноазиатская гляциологическая сеть, объединяющая шесть научных институтов из пяти стран. Учёные изучили по спутниковым снимкам более 1300 ледников, а на 14 из них ежегодно проводили полевые измерения. По итогам работы выяснилось, что за последние 20 лет общая площадь ледников сократилась на 9%, а 160 небольших ледников исчезли полностью.",
        "Быстрее всего тают небольшие ледники на малых высотах: ледники, расположенные ниже 3500 метров над уровнем моря, потеряли почти четверть площади. Крупные высокогорные ледники сокращаются медленнее, но и их толщина уменьшается в среднем на 40 сантиметров в год. По словам исследователей, процесс ускоряют рост летних температур и уменьшение снегопадов зимой.",
        "Пока таяние ледников приносит в реки дополнительную воду, что даёт краткосрочную выгоду для летнего орошения. Однако, согласно моделям, ледниковый сток в Амударью и Сырдарью достигнет максимума в 2040-х годах, после чего начнёт снижаться. Реки могут мелеть именно в самые жаркие летние месяцы, когда поля больше всего нуждаются в воде.",
        "Авторы доклада рекомендовали правительствам шире внедрять водосберегающие методы орошения, ремонтировать стареющие водохранилища и усилить постоянный мониторинг ледников. По их мнению, высокогорных станций наблюдения сейчас слишком мало, а своими данными страны обмениваются слишком редко. Следующий доклад сеть планирует опубликовать через три года.",
      ],
    },
    en: {
      title: "Pamir and Tien Shan glaciers have lost 9% of their area in 20 years",
      lead: "Central Asia’s glaciers are melting ever faster, according to a new scientific report. Researchers warn that glacial meltwater will peak in the 2040s and then begin to decline.",
      body: [
        "The report was prepared by the Central Asian Glaciology Network, which brings together six research institutes from five countries. Scientists studied more than 1,300 glaciers using satellite imagery and carried out annual field measurements on 14 of them. They found that the total glacier area had shrunk by 9 percent over the past 20 years, while 160 small glaciers had disappeared altogether.",
        "Small, low-lying glaciers are melting fastest: those below 3,500 metres above sea level have lost almost a quarter of their area. Large high-mountain glaciers are retreating more slowly, but they too are thinning by an average of 40 centimetres a year. According to the researchers, rising summer temperatures and lighter snowfall in winter are speeding up the process.",
        "For now, the melting glaciers are bringing extra water to the rivers, which gives summer irrigation a short-term boost. Models suggest, however, that glacial runoff into the Amu Darya and the Syr Darya will peak in the 2040s and then begin to fall. The rivers could run low precisely in the hottest summer months, when the fields need water most.",
        "The authors recommend that governments adopt water-saving irrigation on a wider scale, repair ageing reservoirs and step up the continuous monitoring of glaciers. In their view, there are too few high-altitude observation stations today, and countries share their data too rarely. The network plans to publish its next report in three years’ time.",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 95,
    tags: ["climate", "weather", "water"],
    uz: {
      title: "Oʻrta yer dengizi gʻarbida suv omborlari rekord darajada sayozlashdi",
      lead: "Oʻrta yer dengizining gʻarbiy qismidagi suv omborlari oʻrtacha atigi 31 foizga toʻlgan. Bir qancha shaharlarda tunda suv berish toʻxtatilmoqda, fermerlar esa sholi va makkajoʻxorini ancha kam ekmoqda.",
      body: [
        "Meteorologlarning maʼlum qilishicha, martdan maygacha mintaqaga odatdagi yogʻingarchilikning yarmidan ham kami tushgan. Bu 1960-yillarda kuzatuvlar boshlanganidan buyon eng quruq bahor boʻldi. Ichki hududlarda harorat iyunning birinchi haftasidayoq 38 darajadan oshdi, bu esa oldingi ikki qurgʻoqchil yildan keyin hali toʻlmagan suv omborlaridan bugʻlanishni yanada tezlashtirdi.",
        "Sohil boʻyidagi kamida oʻnta shaharchada endi yarim tundan ertalab soat oltigacha ichimlik suvi berish toʻxtatilmoqda, xususiy basseynlarni toʻldirish esa taqiqlandi. Mintaqaviy hokimiyatlar qishloq xoʻjaligi uchun ajratiladigan suv hajmini ham 40 foizga qisqartirdi. Daryo deltalaridagi sholikorlar bu mavsumda sholipoyalarining yarmidan koʻpini ekmasdan qoldirganini aytmoqda.",
        "> «Biz har bir kub metr suvni goʻyo u soʻnggisidek ehtiyotlab taqsimlayapmiz, — dedi mintaqaviy suv boshqarmalaridan birining matbuot kotibi Lusiya Ferrandis. — Agar isteʼmol yana 15 foizga kamaysa, suv omborlari xonadonlarni kuzgacha taʼminlay oladi. Qishloq xoʻjaligi esa hech kim rejalashtirmaganidan tezroq moslashishiga toʻgʻri keladi, bu oilaviy fermer xoʻjaliklari uchun oson boʻlmaydi».",
        "Hukumatlar dengiz suvini chuchuklashtiradigan zavodlar hamda suvi serob havzalarni quruq hududlar bilan bogʻlaydigan quvurlar qurilishini tezlashtirmoqda, biroq bu loyihalarning aksariyati bir necha yildan keyingina ishga tushadi. Iqlimshunoslar ilgari yuz yilda bir marta kuzatiladigan bunday bahorlar asr oʻrtalariga borib mintaqa uchun odatiy holga aylanishi mumkinligidan ogohlantirmoqda.",
      ],
    },
    en: {
      title: "Western Mediterranean reservoirs hit record low after driest spring in 60 years",
      lead: "Reservoirs across the western Mediterranean are on average only 31 percent full. Several towns have introduced night-time water cuts, and farmers are planting far less rice and maize.",
      body: [
        "Meteorologists say that from March to May the region received less than half of its usual rainfall, the driest spring since records began in the 1960s. Inland temperatures exceeded 38 degrees Celsius as early as the first week of June, speeding up evaporation from reservoirs that had still not recovered after two dry years in a row.",
        "In at least ten coastal towns, tap water is now switched off between midnight and six in the morning, and filling private swimming pools has been banned. Regional authorities have also cut the water allocated to agriculture by 40 percent. Rice growers in the river deltas say they have left more than half of their paddies unplanted this season.",
        "> “We are sharing out every cubic metre as if it were the last one,” said Lucía Ferrandis, a spokesperson for one of the regional water authorities. “If consumption falls by another 15 percent, the reservoirs can supply households until the autumn. Agriculture will have to adapt faster than anyone planned, and that will not be easy for family farms.”",
        "Governments are speeding up the construction of desalination plants and of pipelines linking wetter basins with drier ones, but most of these projects will not be ready for several years. Climate scientists warn that springs like this one, which used to happen about once a century, could become normal for the region by the middle of the century.",
      ],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // World · space
  {
    category: "world",
    hoursAgo: 110,
    tags: ["space"],
    source: { name: "Orbita Press", url: "https://example.com/orbita/lumen-1-launch" },
    uz: {
      title: "Oyning janubiy qutbidagi muzni xaritaga tushirish uchun «Lumen-1» zondi uchirildi",
      lead: "11 ta kosmik agentlik konsorsiumi yaratgan xalqaro missiya Fransuz Gvianasidagi Kuru kosmodromidan start oldi. Ogʻirligi 2,3 tonna boʻlgan orbital apparat besh kundan soʻng Oyga yetib borishi kutilmoqda.",
      body: [
        "Raketa belgilangan vaqtda start maydonchasini tark etdi, orbital apparat esa 42 daqiqadan soʻng yuqori bosqichdan ajraldi. Koʻp oʻtmay missiyani boshqarish markazi quyosh panellari ochilganini va apparat yer usti stansiyalari bilan aloqada ekanini tasdiqladi. Keyingi besh kun ichida muhandislar ikki marta kichik yoʻnalish tuzatishini amalga oshiradi, soʻngra asosiy dvigatel ishga tushirilib, «Lumen-1» Oy atrofidagi qutbiy orbitaga chiqariladi.",
        "Apparat bortida oltita ilmiy asbob bor, jumladan sirt ostini bir necha metr chuqurlikkacha koʻra oladigan radar va vodorodni aniqlaydigan neytron spektrometri. Ular birgalikda janubiy qutb yaqinidagi doimiy soyada qoladigan kraterlardagi suv muzini xaritaga tushiradi. Bu kraterlar tubiga milliardlab yillardan beri quyosh nuri tushmagan. Kelajakda bunday muz Oydagi bazalarni suv, kislorod va raketa yoqilgʻisi bilan taʼminlashi mumkin.",
        "Asboblardan biri — ogʻirligi atigi 900 gramm boʻlgan ixcham radiatsiya datchigi — Toshkentdagi universitetlardan birining fiziklari va talabalari tomonidan qozogʻistonlik hamkasblari bilan birgalikda ishlab chiqilgan. U Oy orbitasida kosmonavtlar oladigan radiatsiya dozasini oʻlchaydi. Jamoa qurilmani yaratish va sinovdan oʻtkazishga toʻrt yil sarfladi, u oʻtgan bahorda Yevropada yakuniy tebranish sinovlaridan muvaffaqiyatli oʻtgan edi.",
        "Missiya uch yilga moʻljallangan, uning qiymati taxminan 780 million yevroni tashkil etadi. Xarajatlar ishtirokchi agentliklar oʻrtasida ular taqdim etgan asboblar va yer usti xizmatlari hajmiga qarab taqsimlangan. Qutbiy hududlarning ilk xaritalari apparat orbitaga chiqqanidan taxminan olti oy oʻtib kutilmoqda. Barcha ilmiy maʼlumotlar olinganidan bir yil oʻtgach ochiq eʼlon qilinadi.",
      ],
    },
    ru: {
      title: "Зонд Lumen-1 отправился составлять карту льда на южном полюсе Луны",
      lead: "Международная миссия, созданная консорциумом из 11 космических агентств, стартовала с космодрома Куру во Французской Гвиане. Орбитальный аппарат массой 2,3 тонны должен достичь Луны через пять дней.",
      body: [
        "Ракета стартовала точно по графику, а через 42 минуты орбитальный аппарат отделился от верхней ступени. Вскоре центр управления полётом подтвердил, что солнечные панели раскрылись и аппарат находится на связи с наземными станциями. В течение следующих пяти дней инженеры проведут две небольшие коррекции траектории, после чего включится основной двигатель и Lumen-1 выйдет на полярную орбиту вокруг Луны.",
        "На борту аппарата шесть научных приборов, в том числе радар, способный заглядывать на несколько метров под поверхность, и нейтронный спектрометр, регистрирующий водород. Вместе они составят карту водяного льда в постоянно затенённых кратерах у южного полюса, куда солнечный свет не проникал миллиарды лет. В будущем такой лёд может обеспечивать лунные базы водой, кислородом и ракетным топливом.",
        "Один из приборов — компактный датчик радиации массой всего 900 граммов — разработали физики и студенты одного из ташкентских университетов вместе с коллегами из Казахстана. Он будет измерять дозу излучения, которую получали бы космонавты на лунной орбите. Команда потратила четыре года на создание и испытания устройства, которое прошлой весной успешно прошло финальные вибрационные испытания в Европе.",
        "Миссия рассчитана на три года, её стоимость составляет около 780 млн евро. Расходы распределены между агентствами-участниками в зависимости от предоставленных приборов и наземных услуг. Первые карты полярных районов ожидаются примерно через полгода после выхода аппарата на орбиту. Все научные данные станут общедоступными через год после их получения.",
      ],
    },
    en: {
      title: "Lumen-1 orbiter launched to map ice at the Moon’s south pole",
      lead: "An international mission built by a consortium of 11 space agencies has lifted off from the Kourou spaceport in French Guiana. The 2.3-tonne orbiter is expected to reach the Moon in five days.",
      body: [
        "The rocket left the launch pad on schedule, and the orbiter separated from the upper stage 42 minutes later. Shortly afterwards, mission control confirmed that the solar panels had unfolded and that the spacecraft was in contact with ground stations. Over the next five days, engineers will carry out two small course corrections before the main engine fires to place Lumen-1 in a polar orbit around the Moon.",
        "The orbiter carries six scientific instruments, including a radar that can see several metres below the surface and a neutron spectrometer that detects hydrogen. Together they will map water ice in permanently shadowed craters near the south pole, where sunlight has not reached the ground for billions of years. One day, such ice could supply lunar bases with water, oxygen and rocket fuel.",
        "One of the instruments, a compact radiation sensor weighing just 900 grams, was developed by physicists and students from a Tashkent university together with colleagues from Kazakhstan. It will measure the radiation dose that astronauts would receive in lunar orbit. The team spent four years building and testing the device, which passed its final vibration tests in Europe last spring.",
        "The mission is planned to last three years and costs about 780 million euros. The costs are shared among the participating agencies according to the instruments and ground services they provide. The first maps of the polar regions are expected about six months after the spacecraft enters orbit. All scientific data will be made public a year after it is received.",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 40,
    tags: ["space"],
    source: { name: "Star Wire", url: "https://example.com/starwire/meridian-kx-718b-water" },
    ru: {
      title: "Космический телескоп Meridian обнаружил водяной пар на соседней суперземле",
      lead: "Астрономы нашли признаки водяного пара в атмосфере KX-718 b — каменистой планеты в 48 световых годах от Земли. Открытие ещё предстоит подтвердить дополнительными наблюдениями.",
      body: [
        "Планета примерно в 1,6 раза больше Земли и совершает оборот вокруг небольшого холодного красного карлика за 19 суток. С помощью телескопа Meridian команда наблюдала четыре транзита — моменты, когда планета проходит перед звездой и крошечная доля звёздного света просвечивает сквозь её атмосферу. Сравнение света на разных длинах волн выявило линии поглощения, характерные для молекул воды.",
        "По словам исследователей, статистическая достоверность сигнала высока, но пока не окончательна: нельзя полностью исключить, что часть его вызвана пятнами на самой звезде. Результаты направлены в рецензируемый журнал. В ближайшие месяцы учёные пронаблюдают ещё два транзита, на этот раз с помощью второго прибора, работающего в более длинноволновой части инфракрасного диапазона.",
        "Даже если вода подтвердится, планета вряд ли похожа на Землю. Согласно моделям, температура на её поверхности может превышать 90 градусов Цельсия, а атмосфера может быть намного плотнее нашей. Тем не менее астрономы считают KX-718 b одной из лучших известных целей для изучения атмосфер небольших каменистых миров за пределами Солнечной системы.",
        "> «Пять лет назад мы могли только мечтать о том, чтобы узнать состав воздуха такой маленькой планеты, — сказала руководитель группы наблюдателей, астрофизик Ханна Линдквист. — Мы не утверждаем, что там кто-то живёт. Мы говорим, что теперь у нас есть инструменты, чтобы правильно поставить этот вопрос, и это большой шаг для всей нашей области науки»."
      ],
    },
    en: {
      title: "Meridian space telescope detects water vapour on a nearby super-Earth",
      lead: "Astronomers have found signs of water vapour in the atmosphere of KX-718 b, a rocky planet 48 light-years from Earth. The discovery still has to be confirmed by further observations.",
      body: [
        "The planet is about 1.6 times the size of Earth and orbits a small, cool red dwarf once every 19 days. Using the Meridian telescope, the team watched four transits, the moments when the planet passes in front of its star and a tiny fraction of starlight filters through its atmosphere. Comparing the light at different wavelengths revealed absorption lines typical of water molecules.",
        "According to the researchers, the statistical confidence of the signal is high but not yet conclusive: they cannot fully rule out that part of it comes from spots on the star itself. The results have been submitted to a peer-reviewed journal. Two more transits will be observed in the coming months, this time with a second instrument that covers longer infrared wavelengths.",
        "Even if the water is confirmed, the planet is unlikely to resemble Earth. Models suggest that its surface temperature could exceed 90 degrees Celsius and that its atmosphere may be much denser than ours. Still, astronomers consider KX-718 b one of the best known targets for studying the atmospheres of small rocky worlds outside the Solar System.",
        "> “Five years ago we could only dream of finding out what the air of such a small planet is made of,” said Hanna Lindqvist, the astrophysicist who led the observing team. “We are not claiming that anything lives there. We are saying that we now have the tools to ask that question properly, and that is a big step for our whole field.”",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 8,
    tags: ["space", "education", "tashkent"],
    uz: {
      title: "Markaziy Osiyo talabalari yasagan «Doʻstlik-1» sunʼiy yoʻldoshi ilk signalini yubordi",
      lead: "Olti universitetning 40 nafar talabasi yigʻgan «Doʻstlik-1» kichik sunʼiy yoʻldoshi tijorat raketasida orbitaga chiqdi. Toshkentdagi yer usti stansiyasi uning ilk signalini raketadan ajralganidan 95 daqiqa oʻtib qabul qildi.",
      body: [
        "Sunʼiy yoʻldosh oʻlchami 10 × 10 × 30 santimetr, ogʻirligi esa toʻrt kilogrammga yaqin boʻlgan uch modulli kubsatdir. U taxminan 520 kilometr balandlikdagi quyosh-sinxron orbitaga olib chiqilgan 37 ta kichik kosmik apparatdan biri boʻldi. Raketadan ajralganidan soʻng apparat antennalarini avtomatik ravishda ochdi va oʻz nomi hamda asosiy telemetriya maʼlumotlaridan iborat qisqa mayoq signalini uzata boshladi.",
        "Qozogʻiston, Qirgʻiziston, Tojikiston, Turkmaniston va Oʻzbekiston talabalari loyiha ustida uch yil ishladi. Vazifalar universitetlar oʻrtasida taqsimlandi: bir jamoa energiya taʼminoti tizimini, boshqasi radioaloqani, uchinchisi esa bort kompyuterini loyihalashtirdi. Yakuniy yigʻish ishlari Toshkentdagi texnika universitetlaridan birining toza xonasida oʻtkazildi, shundan soʻng apparat xorijda vakuum kamerasida sinovdan oʻtkazildi.",
        "> «Birinchi signalni eshitganimizda boshqaruv xonasidagilarning yarmi yigʻlar, qolgan yarmi esa baqirar edi, — dedi aloqa jamoasiga rahbarlik qilayotgan 22 yoshli talaba Zarina Abdumalikova. — Biz bu lahzani oʻnlab marta mashq qilgandik, ammo orbitadan haqiqiy signalni eshitish butunlay boshqacha. Endi jiddiy ish boshlanadi: har bir tizim oʻz vazifasini bajarayotganiga ishonch hosil qilishimiz kerak».",
        "Keyingi ikki hafta davomida jamoa barcha bort tizimlarini tekshiradi, soʻngra asosiy foydali yukni — Orol dengizining qurigan tubi va atrofdagi choʻllarni suratga oladigan kichik kamerani ishga tushiradi. Suratlar chang boʻronlari va tuproq shoʻrlanishini kuzatishda foydalaniladi. Dunyo boʻylab radiohavaskorlar ham eʼlon qilingan chastota orqali sunʼiy yoʻldosh telemetriyasini qabul qilishlari mumkin.",
      ],
    },
    ru: {
      title: "Спутник студентов из пяти стран Центральной Азии вышел на связь с Ташкентом",
      lead: "Малый спутник «Дустлик-1», собранный 40 студентами из шести университетов, выведен на орбиту коммерческой ракетой. Наземная станция в Ташкенте приняла его первый сигнал через 95 минут после отделения от ракеты.",
      body: [
        "Спутник представляет собой трёхблочный кубсат размером 10 × 10 × 30 сантиметров и массой чуть меньше четырёх килограммов. Он стал одним из 37 малых аппаратов, выведенных на солнечно-синхронную орбиту высотой около 520 километров. После отделения спутник автоматически раскрыл антенны и начал передавать короткий сигнал радиомаяка со своим названием и основными телеметрическими данными.",
        "Студенты из Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана работали над проектом три года. Задачи распределили между университетами: одна команда проектировала систему электропитания, другая — радиосвязь, третья — бортовой компьютер. Окончательная сборка прошла в чистой комнате одного из технических университетов Ташкента, после чего аппарат испытали в вакуумной камере за рубежом.",
        "> «Когда мы услышали первый сигнал, половина центра управления плакала, а другая половина кричала, — рассказала 22-летняя студентка Зарина Абдумаликова, руководящая командой связи. — Мы десятки раз репетировали этот момент, но услышать настоящий сигнал с орбиты — совсем другое. Теперь начинается серьёзная работа: нужно убедиться, что каждая система выполняет свою задачу».",
        "В ближайшие две недели команда проверит все бортовые системы, а затем включит основную полезную нагрузку — небольшую камеру, которая будет снимать высохшее дно Аральского моря и окружающие пустыни. Снимки помогут следить за пылевыми бурями и засолением почв. Радиолюбители по всему миру также смогут принимать телеметрию спутника на опубликованной частоте.",
      ],
    },
    en: {
      title: "Satellite built by students from five Central Asian countries phones home",
      lead: "Dostlik-1, a small satellite assembled by 40 students from six universities, has reached orbit on a commercial rocket. A ground station in Tashkent picked up its first signal 95 minutes after it separated from the rocket.",
      body: [
        "The satellite is a three-unit CubeSat measuring 10 × 10 × 30 centimetres and weighing just under four kilograms. It was one of 37 small spacecraft placed in a sun-synchronous orbit at an altitude of about 520 kilometres. After separation, it deployed its antennas automatically and began transmitting a short beacon signal containing its name and basic telemetry data.",
        "Students from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan worked on the project for three years. The tasks were divided between the universities: one team designed the power system, another the radio link, and a third the onboard computer. Final assembly took place in a clean room at a technical university in Tashkent, and the spacecraft was then tested in a vacuum chamber abroad.",
        "> “When we heard the first signal, half of the control room was crying and the other half was shouting,” said Zarina Abdumalikova, a 22-year-old student who leads the communications team. “We had rehearsed this moment dozens of times, but hearing a real signal from orbit is something else entirely. Now the serious work begins: we have to make sure every system does its job.”",
        "Over the next two weeks, the team will check all the onboard systems and then switch on the main payload, a small camera that will photograph the dried-up bed of the Aral Sea and the surrounding deserts. The images will help to monitor dust storms and soil salinity. Radio amateurs around the world can also receive the satellite’s telemetry on a published frequency.",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 1.5,
    tags: ["weather", "transport", "tourism"],
    source: { name: "Pacific Monitor", url: "https://example.com/pacific-monitor/flores-lokan-eruption" },
    uz: {
      title: "Indoneziyaning Flores orolida vulqon otildi: kul 9 kilometr balandlikka koʻtarildi",
      lead: "Flores orolidagi Lokan vulqoni tong otmasdan faollashdi va 12 mingga yaqin kishi evakuatsiya qilindi. Mintaqadagi aeroportlar yopildi, Bali oroliga va undan qatnovchi oʻnlab reyslar bekor qilindi.",
      body: [
        "Otilish mahalliy vaqt bilan ertalab soat toʻrtdan sal oʻtib kuchli portlashlar bilan boshlandi, ularning ovozi 30 kilometrdan ortiq masofadagi qishloqlarda ham eshitildi. Bir soat ichida kul ustuni qariyb 9 kilometrgacha koʻtarildi va milliy vulqonologiya agentligi xavf darajasini eng yuqori bosqichga oshirdi. Tushgacha qurbonlar haqida xabar berilmadi, biroq qutqaruvchilar vulqon yonbagʻirlaridagi chekka qishloqlarni hamon tekshirmoqda. Vulqonning oxirgi yirik otilishi 1968-yilda qayd etilgan.",
        "Yetti kilometrlik xavfli hudud ichidagi 18 ta qishloq aholisi yuk mashinalari va avtobuslarda yaqin atrofdagi shaharlardagi maktablar, masjidlar va sport zallariga olib ketildi. Mahalliy hokimiyat maʼlumotiga koʻra, vaqtinchalik boshpanalarda bir haftaga yetadigan oziq-ovqat va ichimlik suvi bor, ammo himoya niqoblari yetishmayapti. Togʻning gʻarbiy yonbagʻridagi yoʻllar, tomlar va sholipoyalarni qalinligi 5 santimetrgacha boʻlgan kul qatlami qopladi.",
        "Floresdagi ikki aeroport yopildi, kul buluti gʻarbga siljigach, Bali aeroporti ham 140 ga yaqin reysni bekor qildi. Aviakompaniyalar shamol yoʻnalishiga qarab qiyinchiliklar bir necha kun davom etishi mumkinligidan ogohlantirdi. Minglab sayyohlar, jumladan Oʻzbekiston va Qozogʻistondan kelgan bir nechta guruh, mehmonxonalarda yangiliklarni kutmoqda. Turoperatorlar yoʻlovchilarga aeroportga chiqishdan oldin reys holatini tekshirishni maslahat bermoqda.",
        "> «Vulqon hali ham juda beqaror, yangi portlashlar yoki piroklastik oqimlar ehtimolini istisno qila olmaymiz, — dedi mintaqaviy kuzatuv postining vulqonologi Devi Kartika. — Hozir bizni eng koʻp bir necha haftadan keyin boshlanadigan yomgʻirlar mavsumi tashvishga solmoqda. Yomgʻir yonbagʻirlardagi gʻovak kulni sel oqimlariga aylantirishi mumkin, ular esa otilishning oʻzidan ancha uzoqqa yetib boradi».",
      ],
    },
    ru: {
      title: "На индонезийском острове Флорес извергается вулкан, пепел поднялся на 9 км",
      lead: "Вулкан Локан на острове Флорес начал извергаться до рассвета, около 12 тыс. человек эвакуированы. Аэропорты региона закрыты, отменены десятки рейсов на Бали и с Бали.",
      body: [
        "Извержение началось вскоре после четырёх часов утра по местному времени серией мощных взрывов, которые были слышны в сёлах более чем в 30 километрах. За час столб пепла поднялся примерно на 9 километров, и национальное агентство вулканологии повысило уровень опасности до максимального. К полудню сообщений о жертвах не поступало, но спасатели всё ещё проверяют отдалённые деревни на склонах вулкана. Последнее крупное извержение Локана произошло в 1968 году.",
        "Жителей 18 деревень, расположенных в семикилометровой опасной зоне, вывезли на грузовиках и автобусах в школы, мечети и спортивные залы соседних городов. По данным местных властей, в пунктах временного размещения достаточно еды и питьевой воды на неделю, но не хватает защитных масок. Слой пепла толщиной до 5 сантиметров покрыл дороги, крыши и рисовые поля на западном склоне горы.",
        "На Флоресе закрыты два аэропорта, а после того как облако пепла сместилось на запад, аэропорт Бали отменил около 140 рейсов. Авиакомпании предупредили пассажиров, что в зависимости от ветра перебои могут продлиться несколько дней. Тысячи туристов, в том числе несколько групп из Узбекистана и Казахстана, ждут новостей в отелях. Туроператоры советуют путешественникам проверять статус рейса перед выездом в аэропорт.",
        "> «Вулкан всё ещё очень нестабилен, и мы не можем исключать новых взрывов или пирокластических потоков, — сказала вулканолог регионального поста наблюдения Деви Картика. — Больше всего нас сейчас беспокоит сезон дождей, который начнётся через несколько недель. Дождь может превратить рыхлый пепел на склонах в селевые потоки, а они уходят гораздо дальше, чем само извержение».",
      ],
    },
    en: {
      title: "Volcano erupts on Indonesia’s Flores island, sending ash 9 km into the sky",
      lead: "Mount Lokan on the island of Flores erupted before dawn, and about 12,000 people have been evacuated. Airports in the region are closed, and dozens of flights to and from Bali have been cancelled.",
      body: [
        "The eruption began shortly after four in the morning local time with a series of powerful explosions that were heard in villages more than 30 kilometres away. Within an hour the ash column had risen to about 9 kilometres, and the national volcanology agency raised the alert to its highest level. No casualties had been reported by midday, but rescuers are still checking remote hamlets on the volcano’s slopes. Lokan’s last major eruption was recorded in 1968.",
        "Residents of 18 villages inside a 7-kilometre danger zone were taken by truck and bus to schools, mosques and sports halls in nearby towns. Local authorities say the temporary shelters have enough food and drinking water for a week, but protective masks are in short supply. A layer of ash up to 5 centimetres thick has covered roads, roofs and rice fields on the western slope of the mountain.",
        "Two airports on Flores have been closed, and after the ash cloud drifted west, Bali’s airport cancelled about 140 flights. Airlines warned passengers that the disruption could last several days, depending on the wind. Thousands of tourists, including several groups from Uzbekistan and Kazakhstan, are waiting for news in their hotels. Tour operators advise travellers to check the status of their flight before setting off for the airport.",
        "> “The volcano is still very unstable, and we cannot rule out further explosions or pyroclastic flows,” said Dewi Kartika, a volcanologist at the regional monitoring post. “What worries us most now is the rainy season, which starts in a few weeks. Rain can turn the loose ash on the slopes into mudflows, and those travel much farther than the eruption itself.”",
      ],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // World · trade corridor
  {
    category: "world",
    hoursAgo: 26,
    tags: ["trade", "transport"],
    source: { name: "Xabar" },
    uz: {
      title: "Toshkentdan yoʻlga chiqqan konteyner poyezdi 12 kunda Turkiyaning Mersin portiga yetdi",
      lead: "Turkmaniston va Eron orqali yurgan konteyner poyezdi Toshkentdan Oʻrta yer dengizi sohiligacha boʻlgan 4 700 kilometrlik yoʻlni bosib oʻtdi. Avtomobil va dengiz yoʻllari orqali bunday yuk odatda 25–30 kunda yetkaziladi.",
      body: [
        "Poyezd Turkiya va Janubiy Yevropadagi xaridorlar uchun paxta ipi, toʻqimachilik mahsulotlari, quritilgan mevalar va mis simlar ortilgan 52 ta konteyner bilan Toshkentdan yoʻlga chiqdi. U Turkmaniston hududini ikki kunga yetmay kesib oʻtdi, Saraxs orqali Eronga kirdi va joʻnab ketganidan 12 kun oʻtib Mersinga yetib keldi. U yerda konteynerlarning aksariyati Italiya va Ispaniya portlariga ketadigan kemalarga ortiladi.",
        "Yoʻnalishdagi asosiy texnik toʻsiq — Eron chegarasida temir yoʻl izining kengligi oʻzgarishi: bu yerda sovet davridan qolgan keng iz torroq Yevropa standartidagi izga ulanadi. Operatorlar konteynerlarni kran yordamida yangi vagonlarga ortish oʻrniga yuklangan vagonlarning gʻildirak aravachalarini almashtiradigan yangi majmuadan foydalandi. Tashkilotchilar maʼlumotiga koʻra, bu jarayon kutilgan ikki kun oʻrniga toʻqqiz soat vaqt oldi.",
        "> «Oʻn ikki kun — yaxshi boshlanish, ammo bizning maqsadimiz toʻqqiz kun, — dedi tashishni tashkil etgan logistika kompaniyasi direktori Jamshid Oripov. — Vaqtning katta qismi relslarda emas, chegaralarda hujjatlar va koʻriklarni kutishda yoʻqotildi. Agar yoʻnalishdagi davlatlar yagona elektron yuk xatini tan olsa, bitta ham yangi kilometr yoʻl qurmasdan uch kunni qisqartira olamiz».",
        "Tashkilotchilar yozdan boshlab haftasiga ikkita poyezd qatnatishni, oʻn yillik oxirigacha esa yiliga 100 ming konteynerga yetishni rejalashtirmoqda. Eksportchilar yangi yoʻnalishni tirband shimoliy yoʻlaklarga muqobil sifatida olqishlamoqda, biroq toʻgʻridan-toʻgʻri tarif hali ham dengiz orqali tashishdan taxminan 15 foiz qimmatligini taʼkidlamoqda. Toʻrt davlatning transport vazirlari yaqin orada tarif masalasini muhokama qiladi.",
      ],
    },
    ru: {
      title: "Первый сквозной контейнерный поезд из Ташкента дошёл до турецкого Мерсина за 12 дней",
      lead: "Контейнерный поезд, следовавший через Туркменистан и Иран, преодолел 4700 километров от Ташкента до побережья Средиземного моря. По комбинированным автомобильным и морским маршрутам такой груз обычно идёт 25–30 дней.",
      body: [
        "Поезд отправился из Ташкента с 52 контейнерами хлопковой пряжи, текстиля, сухофруктов и медной проволоки для покупателей в Турции и Южной Европе. Туркменистан он пересёк менее чем за двое суток, вошёл в Иран через Серахс и прибыл в Мерсин через 12 дней после отправления. Там большая часть контейнеров будет погружена на суда, идущие в порты Италии и Испании.",
        "Главное техническое препятствие на маршруте — смена ширины колеи на иранской границе, где широкая колея советского времени стыкуется с более узкой европейской. Вместо того чтобы перегружать контейнеры краном на новые вагоны, операторы воспользовались новым комплексом, где под гружёными вагонами меняют колёсные тележки. По данным организаторов, процедура заняла девять часов вместо ожидавшихся двух суток.",
        "> «Двенадцать дней — хорошее начало, но наша цель — девять, — заявил Джамшид Орипов, директор логистической компании, организовавшей перевозку. — Больше всего времени мы потеряли не на рельсах, а на границах, в ожидании документов и досмотров. Если страны маршрута признают единую электронную накладную, мы сократим три дня, не проложив ни одного нового километра пути».",
        "С лета организаторы планируют отправлять по два поезда в неделю, а к концу десятилетия выйти на 100 тыс. контейнеров в год. Экспортёры приветствуют новый маршрут как альтернативу перегруженным северным коридорам, хотя отмечают, что сквозной тариф пока примерно на 15% выше стоимости морской перевозки. Министры транспорта четырёх стран в ближайшее время обсудят вопрос тарифа.",
      ],
    },
    en: {
      title: "First through container train from Tashkent reaches Turkey’s Mersin port in 12 days",
      lead: "A container train travelling via Turkmenistan and Iran has covered the 4,700 kilometres from Tashkent to the Mediterranean coast. By combined road and sea routes, the same cargo usually takes 25 to 30 days.",
      body: [
        "The train left Tashkent with 52 containers of cotton yarn, textiles, dried fruit and copper wire for buyers in Turkey and southern Europe. It crossed Turkmenistan in under two days, entered Iran at Sarakhs and arrived in Mersin 12 days after departure. There, most of the containers will be loaded onto ships bound for ports in Italy and Spain.",
        "The main technical obstacle on the route is the change of rail gauge at the Iranian border, where the broad Soviet-era track meets the narrower European standard. Instead of lifting the containers onto new wagons by crane, the operators used a new facility that swaps the wheel bogies under loaded wagons. According to the organisers, the procedure took nine hours rather than the two days they had expected.",
        "> “Twelve days is a good start, but our target is nine,” said Jamshid Oripov, director of the logistics company that organised the shipment. “We lost most of the time not on the rails but at the borders, waiting for documents and inspections. If the countries on the route accept a single electronic waybill, we can cut three days without laying a single new kilometre of track.”",
        "The organisers plan to run two trains a week from the summer and to reach 100,000 containers a year by the end of the decade. Exporters welcome the route as an alternative to the congested northern corridors, although they note that the through tariff is still about 15 percent higher than sea freight. Transport ministers of the four countries are due to discuss the tariff shortly.",
      ],
    },
  },
  {
    category: "world",
    hoursAgo: 5.5,
    tags: ["diplomacy", "trade", "transport"],
    uz: {
      title: "Yoʻlak boʻylab toʻrt davlat vazirlari yagona tarif va elektron yuk xatiga kelishdi",
      lead: "Oʻzbekiston, Turkmaniston, Eron va Turkiyaning transport hamda tashqi ishlar vazirlari ilk konteyner poyezdi Mersinga yetib borganidan bir necha kun oʻtib Ashxobodda uchrashdi. Ular toʻgʻridan-toʻgʻri tarifni pasaytirish va yanvardan yagona elektron yuk xatini qabul qilishga kelishib oldi.",
      body: [
        "Bir kunlik uchrashuv barcha sakkiz vazir imzolagan qoʻshma deklaratsiya bilan yakunlandi. Kelishuvga koʻra, Toshkent — Mersin yoʻnalishida 40 futlik konteyner uchun toʻgʻridan-toʻgʻri tarif kelasi oydan 12 foizga arzonlashadi va temir yoʻl orqali tashish narxi dengiz yuk tashuvi narxiga yaqinlashadi. Toʻrt davlatning temir yoʻl kompaniyalari yagona jadval ham eʼlon qiladi, shunda yuk joʻnatuvchilar butun yoʻlni bir joyda band qila oladi.",
        "Yanvardan boshlab davlatlar yagona elektron yuk xatini tan oladi, natijada yuklarni har bir chegarada qayta rasmiylashtirish talab etilmaydi. Bojxona xizmatlari har bir poyezd haqidagi maʼlumotlarni u yetib kelishidan oldin almashishga kelishdi, maqsad — chegaradagi rasmiyatchiliklarni olti soatdan oshirmaslik. Tajriba keyingi ikki poyezdda boshlanadi, Saraxs chegara punktida esa qoʻshni davlatlar inspektorlari yonma-yon ishlaydi.",
        "> «Shu paytgacha har bir davlat yoʻlakka oʻzining temir yoʻl boʻlagi sifatida qarardi, — dedi kelishuv ijrosini nazorat qiladigan yoʻlak muvofiqlashtiruv kengashining bosh kotibi Selin Aydemir. — Bugun vazirlar uni bitta narx va bitta hujjatlar toʻplamiga ega yagona yoʻnalish sifatida koʻrishga kelishdi. Eksportchilar aynan shuni soʻrab kelayotgan edi».",
        "Vazirlar xavfsizlik va sugʻurta masalalari boʻyicha qoʻshma ishchi guruh ham tuzdi, u olti oydan keyin hisobot beradi. Qozogʻiston va Ozarbayjon uchrashuvda kuzatuvchi sifatida qatnashib, oʻz yoʻnalishlarini ushbu yoʻlakka ulashdan manfaatdor ekanini bildirdi. Vazirlarning navbatdagi uchrashuvi bahorda Toshkentda boʻlib oʻtadi, tomonlar u yerda terminallarga investitsiyalar boʻyicha uzoq muddatli kelishuvni imzolashni rejalashtirmoqda.",
      ],
    },
    ru: {
      title: "Министры четырёх стран коридора договорились о едином тарифе и электронной накладной",
      lead: "Министры транспорта и иностранных дел Узбекистана, Туркменистана, Ирана и Турции встретились в Ашхабаде через несколько дней после того, как первый контейнерный поезд дошёл до Мерсина. Они договорились снизить сквозной тариф и с января принимать единую электронную накладную.",
      body: [
        "Однодневная встреча завершилась подписанием совместной декларации всеми восемью министрами. Согласно договорённости, со следующего месяца сквозной тариф на перевозку 40-футового контейнера по маршруту Ташкент — Мерсин снизится на 12%, что приблизит стоимость железнодорожной доставки к цене морского фрахта. Железные дороги четырёх стран также опубликуют единое расписание, чтобы грузоотправители могли забронировать весь маршрут в одном месте.",
        "С января страны будут признавать единую электронную накладную, и грузы больше не придётся заново оформлять на каждой границе. Таможенные службы договорились обмениваться данными о каждом поезде до его прибытия, чтобы пограничные формальности занимали не более шести часов. Пилотный режим начнётся на двух ближайших поездах, а на пункте пропуска Серахс инспекторы соседних стран будут работать бок о бок.",
        "> «До сих пор каждая страна смотрела на коридор как на свой отрезок пути, — заявила Селин Айдемир, генеральный секретарь координационного совета коридора, который будет следить за выполнением соглашения. — Сегодня министры договорились рассматривать его как единый маршрут с одной ценой и одним комплектом документов. Именно об этом просили экспортёры».",
        "Министры также создали совместную рабочую группу по вопросам безопасности и страхования, которая должна представить доклад через полгода. Казахстан и Азербайджан участвовали во встрече в качестве наблюдателей и выразили заинтересованность в подключении своих маршрутов к коридору. Следующая встреча министров запланирована на весну в Ташкенте, где стороны надеются подписать долгосрочное соглашение об инвестициях в терминалы.",
      ],
    },
    en: {
      title: "Ministers of four corridor countries agree on a single rail tariff and e-waybill",
      lead: "Transport and foreign ministers of Uzbekistan, Turkmenistan, Iran and Turkey met in Ashgabat days after the first container train reached Mersin. They agreed to cut the through tariff and to accept a single electronic waybill from January.",
      body: [
        "The one-day meeting ended with a joint declaration signed by all eight ministers. Under the agreement, the through tariff for a 40-foot container on the Tashkent–Mersin route will fall by 12 percent from next month, bringing the cost of rail closer to that of sea freight. The railway companies of the four countries will also publish a single timetable, so that shippers can book the whole journey in one place.",
        "From January, the countries will recognise a single electronic waybill, so cargo will no longer have to be re-registered at every border. Customs services have agreed to exchange data on each train before it arrives, with the aim of keeping border formalities under six hours. A pilot will start with the next two trains, and inspectors from neighbouring countries will work side by side at the Sarakhs crossing.",
        "> “Until now, each country saw the corridor as its own stretch of track,” said Selin Aydemir, secretary-general of the corridor’s coordination council, which will oversee the agreement. “Today the ministers agreed to treat it as one route with one price and one set of documents. That is exactly what exporters have been asking for.”",
        "The ministers also set up a joint working group on safety and insurance, which is to report back in six months. Kazakhstan and Azerbaijan attended the meeting as observers and expressed interest in linking their own routes to the corridor. The next ministerial meeting is planned for the spring in Tashkent, where the parties hope to sign a long-term agreement on investment in terminals.",
      ],
    },
  },
];
