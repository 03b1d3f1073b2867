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
        "Даже если вода подтвердится, планета вряд ли похожа на Землю. Согласно моделям, температура на её поверхности может превышать 90 градусов Цельсия, а атмосфера может быть намного плотнее нашей. Тем не менее астрономы считают KX-718 b одной из самых перспективных целей, найденных до сих пор, для изучения атмосфер небольших каменистых миров за пределами Солнечной системы.",
        "> «Пять лет назад мы могли только мечтать о том, чтобы узнать состав воздуха такой маленькой планеты, — сказала руководитель группы наблюдателей, астрофизик Ханна Линдквист. — Мы не утверждаем, что там кто-то живёт. Мы говорим, что теперь у нас есть инструменты, чтобы правильно поставить этот вопрос, и это большой шаг для всей нашей области науки».",
      ],
    },
    en: {
      title: "Meridian space telescope detects water vapour on a nearby super-Earth",
      lead: "Astronomers have found signs of water vapour in the atmosphere of KX-718 b, a rocky planet 48 light-years from Earth. The discovery still has to be confirmed by further observations.",
      body: [
        "The planet is about 1.6 times the size of Earth and orbits a small, cool red dwarf once every 19 days. Using the Meridian telescope, the team watched four transits, the moments when the planet passes in front of its star and a tiny fraction of starlight filters through its atmosphere. Comparing the light at different wavelengths revealed absorption lines typical of water molecules.",
        "According to the researchers, the statistical confidence of the signal is high but not yet conclusive: they cannot fully rule out that part of it comes from spots on the star itself. The results have been submitted to a peer-reviewed journal. Two more transits will be observed in the coming months, this time with a second instrument that covers longer infrared wavelengths.",
        "Even if the water is confirmed, the planet is unlikely to resemble Earth. Models suggest that its surface temperature could exceed 90 degrees Celsius and that its atmosphere may be much denser than ours. Still, astronomers consider KX-718 b one of the most promising targets found so far for studying the atmospheres of small rocky worlds outside the Solar System.",
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
      lead: "Вулкан Локан на острове Флорес начал извергаться до рассвета, около 12 тысяч человек эвакуированы. Аэропорты региона закрыты, отменены десятки рейсов на Бали и с Бали.",
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

  // ---------------------------------------------------------------------------------------------
  // Sport · football qualifiers
  {
    category: "sport",
    hoursAgo: 10,
    tags: ["football", "tashkent"],
    source: { name: "Xabar" },
    uz: {
      title: "Soʻnggi daqiqalardagi penalti: Oʻzbekiston saralash bahsida Ummonni 2:1 hisobida yengdi",
      lead: "Oʻzbekiston terma jamoasi Toshkentdagi Milliy stadionda hisobda ortda qolganiga qaramay, Ummon terma jamoasi ustidan gʻalaba qozondi. Bu natija bilan jamoamiz toʻrtta oʻyin qolganda saralash guruhidagi yetakchilikni saqlab qoldi.",
      body: [
        "Ummon 23-daqiqada hisobni ochdi: burchak toʻpi oshirilgach, mehmonlarning markaziy himoyachisi hammadan baland sakrab, toʻpni bosh bilan darvozaning uzoq burchagiga yoʻlladi. Birinchi boʻlimning qolgan qismida mehmonlar oʻz yarim maydonida koʻpchilik boʻlib himoyalandi, Oʻzbekiston esa toʻpni nazorat qilgan boʻlsa-da, atigi ikki marta haqiqiy imkoniyat yaratdi. Jamoalar kiyinish xonasiga ketayotganda tribunalardagi 34 ming tomoshabin sezilarli darajada jim boʻlib qoldi.",
        "Hisob tanaffusdan olti daqiqa oʻtib tenglashdi. Terma jamoa safida ilk bor maydonga tushgan qanot hujumchisi Diyor Hamroqulov oʻng qanotda raqibini aldab oʻtib, toʻpni jarima maydoniga oshirdi, yarim himoyachi Islom Toʻrayev esa yaqin masofadan bosh bilan gol urdi. Oʻzbekiston hujumni davom ettirib, ikki marta darvoza ustuniga tekkizdi. 84-daqiqada zaxiradan chiqqan Akmal Yoʻldoshevga jarima maydonida qoida buzildi. Penaltini uning oʻzi tepib, darvozabonni chalgʻitdi.",
        "> «Tanaffusda hech kim sarosimaga tushmadi. Bir gol hammasini oʻzgartirishini bir-birimizga aytdik va shunday boʻldi ham, — dedi jamoa sardori Odil Mamatqulov. — Ikkinchi boʻlimda muxlislar bizni olgʻa yetakladi. Endi tezda tiklanishimiz kerak, chunki keyingi oʻyin besh kundan keyin va u ham bundan oson boʻlmaydi. Hali hech narsa hal boʻlgani yoʻq».",
        "Olti oʻyinda 13 ochko toʻplagan Oʻzbekiston ikkinchi oʻrindagi jamoadan uch ochko oldinda. Guruhda birinchi ikki oʻrinni egallagan jamoalar jahon chempionatiga toʻgʻridan-toʻgʻri yoʻllanma oladi, uchinchi va toʻrtinchi oʻrinlar esa qoʻshimcha saralash bosqichiga chiqadi. Oʻzbekistonning navbatdagi raqibi — Qirgʻiziston. Bu uchrashuv ham Milliy stadionda boʻlib oʻtadi va muxlislar uni allaqachon guruhning asosiy derbisi deb atamoqda.",
      ],
    },
    ru: {
      title: "Поздний пенальти принёс Узбекистану волевую победу над Оманом — 2:1",
      lead: "Сборная Узбекистана, уступая по ходу матча, обыграла Оман на переполненном стадионе «Миллий» в Ташкенте. Победа сохранила за командой первое место в отборочной группе за четыре тура до финиша.",
      body: [
        "Оман открыл счёт на 23-й минуте: после подачи углового центральный защитник гостей выпрыгнул выше всех и головой отправил мяч в дальний угол. До конца первого тайма гости оборонялись глубоко и большими силами, а Узбекистан, владея мячом, создал лишь два настоящих момента. Когда команды уходили в раздевалки, 34 тысячи зрителей на трибунах заметно притихли.",
        "Счёт сравнялся через шесть минут после перерыва. Дебютант сборной вингер Диёр Хамрокулов обыграл соперника на правом фланге и сделал передачу, а полузащитник Ислом Тураев головой замкнул её с близкого расстояния. Узбекистан продолжал давить и дважды попал в штангу, а на 84-й минуте в штрафной сбили вышедшего на замену Акмала Юлдошева. Пенальти он реализовал сам, отправив вратаря в другой угол.",
        "> «В перерыве никто не паниковал. Мы сказали друг другу, что один гол всё изменит, так и получилось, — сказал капитан команды Одил Маматкулов. — Во втором тайме нас несли болельщики. Теперь нужно быстро восстановиться, ведь следующий матч через пять дней, и он будет не легче. Пока ещё ничего не решено».",
        "Набрав 13 очков в шести матчах, Узбекистан на три очка опережает команду со второго места. Две лучшие команды группы напрямую выходят на чемпионат мира, а занявшие третье и четвёртое места продолжат борьбу в дополнительном раунде отбора. Следующий соперник Узбекистана — Кыргызстан. Матч также пройдёт на стадионе «Миллий», и болельщики уже называют его главным дерби группы.",
      ],
    },
    en: {
      title: "Late penalty gives Uzbekistan a 2–1 comeback win over Oman in World Cup qualifier",
      lead: "Uzbekistan came from a goal down to beat Oman at a packed Milliy Stadium in Tashkent. The win keeps the national team top of its qualifying group with four matches to play.",
      body: [
        "Oman took the lead in the 23rd minute, when their centre-back rose highest at a corner and headed the ball into the far corner. For the rest of the first half the visitors defended deep and in numbers, and Uzbekistan, despite controlling possession, created only two real chances. The crowd of 34,000 fell noticeably quiet as the teams went into the dressing rooms.",
        "The equaliser came six minutes after the break. Debutant winger Diyor Hamrokulov beat his marker on the right and crossed, and midfielder Islom Turayev headed in from close range. Uzbekistan kept pressing and hit the post twice, and in the 84th minute substitute Akmal Yuldoshev was brought down in the box. He took the penalty himself and sent the goalkeeper the wrong way.",
        "> “At half-time nobody panicked. We told each other that one goal would change everything, and it did,” said captain Odil Mamatkulov. “The fans carried us in the second half. Now we have to recover quickly, because the next match is in five days and it will be just as hard. Nothing has been decided yet.”",
        "With 13 points from six matches, Uzbekistan are three points clear of the second-placed team. The top two sides in the group qualify directly for the World Cup, while the teams in third and fourth place go into a further qualifying round. Uzbekistan’s next opponent is Kyrgyzstan, again at the Milliy Stadium, in a match that fans are already calling the derby of the group.",
      ],
    },
  },
  {
    category: "sport",
    hoursAgo: 84,
    tags: ["football", "fergana"],
    uz: {
      title: "Terma jamoada uchta yangi futbolchi: saralash oʻyinlari uchun 26 nafar chaqirildi",
      lead: "Oʻzbekiston terma jamoasi murabbiylar shtabi Ummon va Qirgʻizistonga qarshi uyda oʻtadigan saralash oʻyinlari uchun 26 nafar futbolchini chaqirdi. Yangi chaqirilganlar orasida fargʻonalik 19 yoshli qanot hujumchisi ham bor.",
      body: [
        "Jamoa ertaga Toshkentda yigʻiladi va birinchi oʻyinga qadar futbol federatsiyasining poytaxtdagi bazasida mashgʻulot oʻtkazadi. 26 nafar futbolchidan 15 nafari mamlakat chempionati klublarida, 11 nafari esa asosan Rossiya, Fors koʻrfazi davlatlari va Yevropadagi xorijiy klublarda oʻynaydi. Ikki asosiy himoyachi jarohat tufayli chaqirilmadi, ular tiklanishni oʻz klublarida davom ettiradi.",
        "Eng koʻp muhokama qilinayotgan chaqiruv — Fargʻonaning «Neftchi» klubida oʻynaydigan 19 yoshli qanot hujumchisi Diyor Hamroqulov. U joriy mavsumda chempionatda yetti gol urib, toʻqqizta golli uzatma bergan. Unga yana ikki nafar debyutant qoʻshildi: Samarqand klublaridan birining darvozaboni va Turkiya ikkinchi divizionida oʻynayotgan markaziy himoyachi. Uchalasi ham yoshlar terma jamoalari saflarida tajriba orttirgan.",
        "Federatsiya maʼlumotiga koʻra, tarkib oxirgi ikki oydagi sport shakli hamda har bir futbolchi oʻz klubida topshirgan jismoniy tayyorgarlik testlari natijalari asosida tanlangan. Xorijda oʻynayotgan futbolchilarning bir nechtasi soʻnggi oʻn kunda uchtadan oʻyin oʻtkazgani sababli jamoa shifokorlari ularning yuklamasini kuzatib bormoqda, toki ular terma jamoaga charchamasdan kelsin.",
        "Ikkala saralash oʻyini ham Toshkentdagi Milliy stadionda oʻtkaziladi. Hozir Oʻzbekiston besh oʻyinda 10 ochko bilan guruhda yetakchilik qilmoqda va ikkinchi oʻrindagi jamoadan bir ochko oldinda. Ummonga qarshi oʻyin chiptalari federatsiyaning mobil ilovasi orqali sotuvga chiqarilgan, Qirgʻiziston bilan oʻyin chiptalarining sotuvi esa birinchi uchrashuvdan keyin boshlanadi.",
      ],
    },
    ru: {
      title: "Три новичка в составе сборной Узбекистана на отборочные матчи чемпионата мира",
      lead: "Тренерский штаб сборной Узбекистана вызвал 26 футболистов на домашние отборочные матчи против Омана и Кыргызстана. Среди новичков — 19-летний вингер из Ферганы.",
      body: [
        "Команда соберётся в Ташкенте завтра и до первого матча будет тренироваться на столичной базе футбольной федерации. Из 26 игроков 15 выступают за клубы национального чемпионата, 11 — за зарубежные клубы, в основном в России, странах Персидского залива и Европе. Два основных защитника не вызваны из-за травм и продолжат восстановление в своих клубах.",
        "Больше всего обсуждают вызов 19-летнего вингера ферганского «Нефтчи» Диёра Хамрокулова, который в этом сезоне забил в чемпионате семь голов и сделал девять результативных передач. Компанию ему составят ещё два дебютанта: вратарь одного из самаркандских клубов и центральный защитник, играющий во втором дивизионе Турции. Все трое прошли через юношеские и молодёжные сборные.",
        "По данным федерации, состав определялся по форме игроков за последние два месяца и по результатам физических тестов, которые каждый футболист сдал в своём клубе. Врачи сборной следят за нагрузкой легионеров, чтобы те приехали в команду свежими: несколько из них провели по три матча за последние десять дней.",
        "Оба отборочных матча пройдут на стадионе «Миллий» в Ташкенте. Сейчас Узбекистан с 10 очками после пяти матчей возглавляет группу и на одно очко опережает команду со второго места. Билеты на матч с Оманом уже продаются в мобильном приложении федерации, а продажа билетов на игру с Кыргызстаном откроется после первой встречи.",
      ],
    },
    en: {
      title: "Three uncapped players in Uzbekistan’s 26-man squad for World Cup qualifiers",
      lead: "The national team’s coaching staff have called up 26 players for the home qualifiers against Oman and Kyrgyzstan. A 19-year-old winger from Fergana is among the newcomers.",
      body: [
        "The squad will gather in Tashkent tomorrow and train at the football federation’s base in the capital until the first match. Of the 26 players, 15 play in the national league and 11 for clubs abroad, mainly in Russia, the Gulf states and Europe. Two first-choice defenders were left out because of injuries and will continue their recovery at their clubs.",
        "The most talked-about call-up is Diyor Hamrokulov, a 19-year-old winger from Neftchi Fergana who has scored seven league goals and provided nine assists this season. He is joined by two other uncapped players: a goalkeeper from one of the Samarkand clubs and a central defender who plays in Turkey’s second division. All three have come through the national youth teams.",
        "According to the federation, the squad was chosen on the basis of form over the past two months and of physical tests, which every player completed at his club. The team’s doctors are monitoring the workload of the players based abroad so that they arrive fresh, since several of them have played three matches in the last ten days.",
        "Both qualifiers will be played at the Milliy Stadium in Tashkent. Uzbekistan currently lead the group with 10 points from five matches, one point ahead of the second-placed team. Tickets for the Oman match are already on sale through the federation’s mobile app, while sales for the Kyrgyzstan match will open after the first game.",
      ],
    },
  },
  {
    category: "sport",
    hoursAgo: 2,
    tags: ["football", "tashkent"],
    uz: {
      title: "Oʻzbekiston — Qirgʻiziston oʻyiniga chiptalar uch soatda sotilib ketdi",
      lead: "Milliy stadionda boʻladigan saralash oʻyiniga moʻljallangan 34 mingta chipta sotuv boshlanganidan uch soat oʻtib tugadi. Chipta topa olmagan muxlislar uchun Toshkent, Samarqand va Namanganda muxlislar zonalari tashkil etiladi.",
      body: [
        "Chiptalar sotuvi federatsiyaning mobil ilovasi orqali ertalab soat 10:00 da boshlandi. Dastlabki daqiqalarda ilovaga bir vaqtning oʻzida 200 mingdan ortiq foydalanuvchi kirgani sababli u qariyb 20 daqiqa ishlamay qoldi. Federatsiya matbuot xizmati noqulaylik uchun uzr soʻradi va serverlar quvvati oshirilgani, sotuv esa elektron navbat tizimi orqali davom ettirilganini maʼlum qildi.",
        "Bitta foydalanuvchi koʻpi bilan toʻrtta chipta sotib olishi mumkin edi, narxlar 60 ming soʻmdan 350 ming soʻmgacha boʻldi. Federatsiya har bir chipta egasining ismiga rasmiylashtirilganini va stadionga kirishda shaxsni tasdiqlovchi hujjat tekshirilishini eslatdi. Ijtimoiy tarmoqlarda qimmat narxda qayta sotilayotgan chiptalar haqiqiy emas, bunday takliflarga ishonmaslik kerak.",
        "Chipta olishga ulgurmagan muxlislar uchun Toshkentdagi Bobur nomidagi bogʻda, Samarqanddagi Registon maydoni yaqinida va Namangan markazida katta ekranli muxlislar zonalari ochiladi. Har bir zona 5 mingdan 10 ming kishigacha sigʻadi, kirish bepul. Oʻyin kuni Toshkent metrosi yarim tungacha ishlaydi, Milliy stadion yaqinidagi bekatlarga qoʻshimcha poyezdlar qoʻyiladi.",
        "> «Bunday qiziqishni oxirgi marta koʻp yillar oldin koʻrgandik, — dedi terma jamoa muxlislar klubining sardori Sanjar Qosimov. — Ummon ustidan qozonilgan gʻalabadan keyin odamlar bu jamoaga ishonmoqda. Biz stadionda ham, muxlislar zonalarida ham futbolchilarni soʻnggi daqiqagacha qoʻllab-quvvatlaymiz, faqat hammadan tartib va xavfsizlik qoidalariga rioya qilishni soʻraymiz».",
      ],
    },
    ru: {
      title: "Билеты на матч Узбекистан — Кыргызстан раскупили за три часа",
      lead: "Все 34 тысячи билетов на отборочный матч на стадионе «Миллий» закончились через три часа после начала продаж. Для болельщиков, которым не хватило билетов, откроют фан-зоны в Ташкенте, Самарканде и Намангане.",
      body: [
        "Продажа билетов стартовала в 10:00 в мобильном приложении федерации. В первые минуты в приложение одновременно зашли более 200 тысяч пользователей, и оно около 20 минут не работало. Пресс-служба федерации извинилась за неудобства и сообщила, что мощность серверов увеличена, а продажи продолжились через систему электронной очереди.",
        "Один пользователь мог купить не более четырёх билетов, цены составляли от 60 до 350 тысяч сумов. Федерация напомнила, что каждый билет оформлен на имя владельца и при входе на стадион будут проверять документ, удостоверяющий личность. Билеты, которые перепродают по завышенным ценам в социальных сетях, недействительны, и доверять таким предложениям не стоит.",
        "Для болельщиков, не успевших купить билеты, откроют фан-зоны с большими экранами в ташкентском парке имени Бабура, у площади Регистан в Самарканде и в центре Намангана. Каждая зона рассчитана на 5–10 тысяч человек, вход свободный. В день матча ташкентское метро будет работать до полуночи, а на станции рядом со стадионом «Миллий» пустят дополнительные поезда.",
        "> «Такого интереса мы не видели много лет, — сказал лидер фан-клуба сборной Санжар Касымов. — После победы над Оманом люди поверили в эту команду. Мы будем поддерживать футболистов до последней минуты и на стадионе, и в фан-зонах, но просим всех соблюдать порядок и правила безопасности».",
      ],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Sport · youth chess olympiad and chess in schools
  {
    category: "sport",
    hoursAgo: 45,
    tags: ["chess", "samarkand"],
    source: { name: "Shaxmat dunyosi", url: "https://example.uz/shaxmat/olimpiada-5-tur" },
    uz: {
      title: "Samarqanddagi oʻsmirlar shaxmat olimpiadasida Oʻzbekiston beshta gʻalaba bilan yetakchi",
      lead: "Mezbonlarning 16 yoshgacha boʻlgan shaxmatchilardan iborat jamoasi beshinchi turda Hindistonni 2,5:1,5 hisobida yengdi va mutlaq natijaga ega yagona jamoa boʻlib qolmoqda. Olimpiada yakunigacha toʻrt tur qoldi.",
      body: [
        "16 yoshgacha boʻlgan shaxmatchilar oʻrtasidagi Jahon oʻsmirlar shaxmat olimpiadasi Samarqanddagi kongress markazida 52 davlatdan 58 jamoani birlashtirdi. Har bir jamoa toʻrt nafar asosiy oʻyinchi va bitta zaxiradan iborat, ulardan kamida bittasi qiz boʻlishi shart. Musobaqa Shveysariya tizimi boʻyicha toʻqqiz turda oʻtkaziladi, uchrashuvdagi gʻalaba uchun ikki, durang uchun bir jamoaviy ochko beriladi.",
        "Hindistonga qarshi beshinchi tur bahsi mezbonlar uchun hozircha eng ogʻir sinov boʻldi. Birinchi taxtada 15 yoshli Shohruh Aminov besh soatdan ortiq davom etgan ruhli endshpilda raqibini yengdi, 14 yoshli Madina Rahimova esa toʻrtinchi taxtada Sitsiliya himoyasida hujumkor oʻyin koʻrsatib, gʻalaba qozondi. Qolgan ikki partiya durang bilan yakunlandi va Oʻzbekiston 2,5:1,5 hisobida gʻolib chiqdi.",
        "10 jamoaviy ochko toʻplagan Oʻzbekiston 8 ochkodan toʻplagan Hindiston, Armaniston va Qozogʻiston jamoalaridan oldinda turibdi. Dam olish kunidan soʻng mezbonlar oltinchi turda Armaniston bilan bellashadi. Tashkilotchilar bu kunni Registonga ekskursiya hamda oʻyinchilar va murabbiylar ishtirokidagi blits-turnir bilan toʻldirdi. Yoshroq shaxmatchilardan tuzilgan Oʻzbekistonning ikkinchi jamoasi 14-oʻrinda.",
        "> «Biz hali jadvalga qaramayapmiz, — dedi terma jamoa murabbiyi, xalqaro usta Rustam Xoliqov. — Bolalar xotirjam oʻynamoqda va yaxshi tayyorlanmoqda, lekin eng qiyin turlar hali oldinda. Soʻnggi turlarda debyutdan koʻra asablar koʻproq ahamiyatga ega. Hozir vazifamiz — dam olish kunida yaxshilab hordiq chiqarib, tiniq fikr bilan qaytish. Uy muxlislari yordam beradi, ammo bosimni ham oshiradi».",
      ],
    },
    ru: {
      title: "Узбекистан лидирует на юношеской шахматной олимпиаде в Самарканде после пяти побед",
      lead: "Команда хозяев до 16 лет обыграла Индию со счётом 2,5:1,5 в пятом туре и остаётся единственной с идеальным результатом. До конца олимпиады осталось четыре тура.",
      body: [
        "Всемирная юношеская шахматная олимпиада для игроков до 16 лет собрала в конгресс-центре Самарканда 58 команд из 52 стран. Каждая команда состоит из четырёх основных игроков и запасного, причём хотя бы один из них должен быть девушкой. Турнир проходит по швейцарской системе в девять туров: за победу в матче начисляются два командных очка, за ничью — одно.",
        "Матч пятого тура с Индией стал для хозяев самым серьёзным испытанием. На первой доске 15-летний Шохрух Аминов дожал соперника в ладейном эндшпиле, продолжавшемся более пяти часов, а 14-летняя Мадина Рахимова выиграла на четвёртой доске, проведя атакующую партию в сицилианской защите. Две другие партии завершились вничью, и Узбекистан победил со счётом 2,5:1,5.",
        "С 10 командными очками Узбекистан опережает Индию, Армению и Казахстан, у которых по 8 очков. После выходного дня хозяева встретятся в шестом туре с Арменией. Организаторы заполнили выходной экскурсией на Регистан и блиц-турниром для игроков и тренеров. Вторая команда Узбекистана, составленная из более юных шахматистов, занимает 14-е место.",
        "> «Мы пока не смотрим на таблицу, — сказал тренер сборной, международный мастер Рустам Холиков. — Ребята играют спокойно и хорошо готовятся, но самые трудные туры впереди. В последних турах нервы значат больше, чем дебюты. Сейчас наша задача — как следует отдохнуть в выходной и вернуться со свежей головой. Домашние болельщики помогают, но и добавляют давления».",
      ],
    },
    en: {
      title: "Uzbekistan lead youth chess olympiad in Samarkand after five straight wins",
      lead: "The host country’s under-16 team beat India 2.5–1.5 in the fifth round and remain the only side with a perfect score. Four rounds are left to play.",
      body: [
        "The World Youth Chess Olympiad for players under 16 has brought together 58 teams from 52 countries at a congress centre in Samarkand. Each team consists of four players and a reserve, at least one of whom must be a girl. The tournament is played over nine rounds under the Swiss system, with two team points for a match win and one for a draw.",
        "The fifth-round match against India was the hosts’ toughest test so far. On top board, 15-year-old Shohruh Aminov ground out a win in a rook endgame that lasted more than five hours, while 14-year-old Madina Rahimova won on board four with an attacking game in the Sicilian Defence. The other two games were drawn, giving Uzbekistan a 2.5–1.5 victory.",
        "With 10 match points, Uzbekistan lead India, Armenia and Kazakhstan, who have 8 points each. After a rest day, the hosts will face Armenia in the sixth round. The organisers have filled the free day with an excursion to the Registan and a blitz tournament for players and coaches. Uzbekistan’s second team, made up of younger players, is in 14th place.",
        "> “We are not looking at the table yet,” said the team’s coach, international master Rustam Kholikov. “The children are playing calmly and preparing well, but the hardest rounds are still ahead. In the final rounds, nerves matter more than openings. Our job now is to rest properly on the free day and come back with clear heads. The home crowd helps, but it also adds pressure.”",
      ],
    },
  },
  {
    category: "sport",
    hoursAgo: 6,
    tags: ["chess", "samarkand"],
    pinned: true,
    uz: {
      title: "Oʻzbekiston Samarqanddagi oʻsmirlar shaxmat olimpiadasida oltin medalni qoʻlga kiritdi",
      lead: "Mezbonlar soʻnggi turda Qozogʻiston bilan durang oʻynab, Hindistondan bir ochko oldinda marraga yetdi. Shohruh Aminov birinchi taxtada shaxsiy hisobda ham oltin medal oldi.",
      body: [
        "Birinchi oʻrinni qoʻlga kiritish uchun Oʻzbekistonga toʻqqizinchi turda durang kifoya edi va jamoa toʻrtta keskin partiyadan soʻng bunga erishdi: ularning barchasi durang bilan yakunlandi. Terma jamoa yettita uchrashuvda gʻalaba qozonib, ikkitasida durang oʻynadi va mumkin boʻlgan 18 ochkodan 16 tasini toʻpladi. Hindiston 15 ochko bilan kumush medalni oldi, Armaniston esa qoʻshimcha koʻrsatkichlar boʻyicha Qozogʻistondan oldinda boʻlib, bronza medalga sazovor boʻldi.",
        "15 yoshli Shohruh Aminov birinchi taxtada 9 ochkodan 7 tasini toʻplab, shaxsiy hisobda oltin medalni qoʻlga kiritdi, uning natijasi joriy reytingidan ancha yuqori boʻldi. 14 yoshli Madina Rahimova toʻrtinchi taxtada 6,5 ochko bilan kumush medal oldi. Butun turnir davomida mezbonlarning birinchi jamoasi atigi uchta partiyada magʻlubiyatga uchradi, bu esa jamoaning barqarorligini yaqqol koʻrsatdi.",
        "> «Soʻnggi tur oldidan bolalarga: oʻz shaxmatingizni oʻynang, boshqa taxtalarga qaramang, dedim, — dedi murabbiy, xalqaro usta Rustam Xoliqov. — Ular aynan shunday qilishdi. Bu avlod oʻn yoshidan beri bir xil toʻgaraklarda va oʻquv-mashgʻulot yigʻinlarida birga oʻynab keladi. Ona yurtdagi oltin medal — mamlakatimiz boʻylab koʻplab murabbiylarning yillar davomidagi mehnatiga munosib mukofot».",
        "Medallar bir necha ming tomoshabin yigʻilgan Registon maydonidagi yopilish marosimida topshirildi. Tashkilotchilarning maʼlumotiga koʻra, soʻnggi turni oʻzbek, rus va ingliz tillaridagi sharhlar bilan berilgan rasmiy translyatsiya orqali 40 mingdan ortiq kishi onlayn tomosha qildi. Navbatdagi oʻsmirlar olimpiadasi ikki yildan soʻng boʻlib oʻtadi, mezbon shahar kuzda maʼlum qilinadi.",
      ],
    },
    ru: {
      title: "Узбекистан выиграл золото юношеской шахматной олимпиады в Самарканде",
      lead: "Хозяева сыграли вничью с Казахстаном в последнем туре и финишировали на очко впереди Индии. Шохрух Аминов также завоевал личное золото на первой доске.",
      body: [
        "Для первого места Узбекистану в девятом туре хватало ничьей, и команда добилась её после четырёх напряжённых партий, каждая из которых завершилась вничью. Сборная одержала семь побед в матчах при двух ничьих и набрала 16 командных очков из 18 возможных. Серебро с 15 очками у Индии, а бронзу по дополнительным показателям завоевала Армения, опередив Казахстан.",
        "15-летний Шохрух Аминов набрал на первой доске 7 очков из 9 и завоевал личную золотую медаль, показав результат значительно выше своего нынешнего рейтинга. 14-летняя Мадина Рахимова с 6,5 очка на четвёртой доске стала серебряным призёром. За весь турнир первая команда хозяев проиграла лишь три партии, что наглядно показывает её стабильность.",
        "> «Перед последним туром я сказал ребятам: играйте свои шахматы и не смотрите на соседние доски, — рассказал тренер, международный мастер Рустам Холиков. — Они так и сделали. Это поколение с десяти лет играет вместе, в одних и тех же кружках и на одних сборах. Золото дома — награда за многолетний труд многих тренеров по всей стране».",
        "Медали вручили на церемонии закрытия на площади Регистан, куда пришли несколько тысяч зрителей. По данным организаторов, последний тур в интернете посмотрели более 40 тысяч человек: официальная трансляция шла с комментариями на узбекском, русском и английском языках. Следующая юношеская олимпиада пройдёт через два года, город-хозяин назовут осенью.",
      ],
    },
    en: {
      title: "Uzbekistan win gold at the youth chess olympiad in Samarkand",
      lead: "The hosts drew their final-round match with Kazakhstan and finished a point ahead of India. Shohruh Aminov also won individual gold on top board.",
      body: [
        "Uzbekistan needed only a draw in the ninth round to secure first place, and they got it after four tense games that all ended level. The team won seven matches and drew two, collecting 16 match points out of a possible 18. India took silver with 15 points, while Armenia won bronze on tiebreaks ahead of Kazakhstan.",
        "Fifteen-year-old Shohruh Aminov scored 7 points out of 9 on top board and won the individual gold medal, with a performance well above his current rating. Madina Rahimova, 14, finished with 6.5 points on board four and took silver. Over the whole tournament, the hosts’ first team lost only three individual games, a clear sign of its consistency.",
        "> “Before the last round I told the children: play your own chess and don’t look at the other boards,” said coach Rustam Kholikov, an international master. “That is exactly what they did. This generation has been playing together since the age of ten, in the same clubs and training camps. Gold at home is a reward for years of work by many coaches across the country.”",
        "The medals were presented at a closing ceremony on Registan Square attended by several thousand spectators. According to the organisers, more than 40,000 people watched the final round online through the official broadcast, with commentary in Uzbek, Russian and English. The next youth olympiad will take place in two years; the host city will be announced in the autumn.",
      ],
    },
  },
  {
    category: "sport",
    hoursAgo: 120,
    tags: ["chess", "education", "bukhara"],
    uz: {
      title: "120 ta maktabda shaxmat toʻgaraklari ochiladi",
      lead: "Shaxmat federatsiyasi va Maktabgacha va maktab taʼlimi vazirligi joriy oʻquv yilida 120 ta maktabni shaxmat toʻplamlari, soatlar va tayyorlangan oʻqituvchilar bilan taʼminlaydi. Dastur Buxoro, Xorazm va Qoraqalpogʻistondan boshlanadi.",
      body: [
        "Tanlangan maktablarning har biri 15 ta turnir toʻplami, 15 ta elektron soat va bitta namoyish taxtasi, shuningdek onlayn mashgʻulot platformasidan foydalanish litsenziyasini oladi. Jami federatsiya 1 800 ga yaqin shaxmat toʻplami va shuncha soat xarid qildi. Maktablar direktorlarning arizalari asosida tanlandi, bunda hozircha umuman shaxmat toʻgaragi boʻlmagan qishloq maktablariga ustunlik berildi.",
        "Toʻgaraklar ochilishidan oldin 300 nafar oʻqituvchi, asosan matematika va boshlangʻich sinf oʻqituvchilari, federatsiya murabbiylari olib boradigan uch haftalik kursdan oʻtadi. Ular nafaqat qoidalar va oddiy taktik usullarni, balki turli yoshdagi bolalar uchun darsni qanday tashkil etish va kichik maktab turnirini qanday oʻtkazishni ham oʻrganadi. Birinchi guruh Buxoroda kursni allaqachon boshladi.",
        "> «Eng kuchli yosh shaxmatchilarimizning aksariyati bir nechta yirik shaharda ulgʻaygan, — dedi federatsiyaning rivojlantirish boʻlimi boshligʻi Nodira Yusupova. — Biz Qoraqalpogʻistondagi qishloqda yashovchi bolaga ham Toshkentdagi tengdoshi kabi shaxmatni sinab koʻrish imkoniyati boʻlishini istaymiz. Isteʼdod hamma joyda bor, imkoniyatlar esa hamma joyda emas. Bu dastur aynan shu tafovutni kamaytirishga qaratilgan».",
        "Toʻgaraklar darsdan keyin haftasiga ikki marta ishlaydi va oʻquvchilar uchun bepul boʻladi. Oʻquv yili yakunida har bir hududning eng yaxshi shaxmatchilari maktablar oʻrtasidagi respublika chempionatida ishtirok etadi. Agar tajriba muvaffaqiyatli boʻlsa, federatsiya va vazirlik kelgusi uch yil ichida dasturni 1 000 ta maktabga kengaytirishni rejalashtirmoqda.",
      ],
    },
    en: {
      title: "Chess clubs to open in 120 schools under a new national programme",
      lead: "The chess federation and the Ministry of Preschool and School Education will equip 120 schools with chess sets, clocks and trained teachers this academic year. The programme starts in Bukhara, Khorezm and Karakalpakstan.",
      body: [
        "Each selected school will receive 15 tournament sets, 15 digital clocks and a demonstration board, as well as a licence for an online training platform. In total, the federation has bought about 1,800 sets and the same number of clocks. Schools were chosen on the basis of applications from headteachers, with priority given to rural schools that currently have no chess club at all.",
        "Before the clubs open, 300 teachers, mostly mathematics and primary school teachers, will take a three-week course run by federation coaches. They will learn not only the rules and basic tactics but also how to organise a lesson for children of different ages and how to run a small school tournament. The first group has already started the course in Bukhara.",
        "> “Most of our strongest young players grew up in a handful of big cities,” said Nodira Yusupova, head of the federation’s development department. “We want a child in a village in Karakalpakstan to have the same chance to try chess as a child in Tashkent. Talent is everywhere, but opportunities are not. This programme is meant to narrow exactly that gap.”",
        "The clubs will meet twice a week after lessons and will be free for pupils. At the end of the school year, the best players from each region will compete in a national schools championship. If the pilot succeeds, the federation and the ministry plan to extend the programme to 1,000 schools over the next three years.",
      ],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Sport · boxing and judo
  {
    category: "sport",
    hoursAgo: 28,
    tags: ["olympics"],
    source: { name: "Ring Asia", url: "https://example.com/ring-asia/asian-championships-final-day" },
    uz: {
      title: "Osiyo chempionati: oʻzbek bokschilari beshta oltin bilan medallar jadvalida birinchi",
      lead: "Oʻzbekiston bokschilari Bangkokda boʻlib oʻtgan qitʼa chempionatida 5 ta oltin, 2 ta kumush va 3 ta bronza medalni qoʻlga kiritdi. 67 kilogramm vazn toifasida chiqqan Sherzod Nazarov turnirning eng yaxshi bokschisi deb topildi.",
      body: [
        "Oʻn kun davom etgan chempionatda 34 davlatdan 320 ga yaqin erkak va ayol bokschilar ishtirok etdi. Oʻzbekiston 13 nafar bokschidan iborat jamoa bilan qatnashdi, ulardan oʻn nafari medal bilan qaytmoqda, finalga chiqqan yetti nafar bokschidan beshtasi esa chempion boʻldi. Medallar jadvalida uchta oltin medal bilan Qozogʻiston ikkinchi oʻrinni egalladi, ikkitadan oltin olgan mezbon Tailand va Hindiston undan keyin joy oldi.",
        "Eng tomoshabop final 67 kilogramm vazn toifasida boʻldi: 22 yoshli Sherzod Nazarov qozogʻistonlik raqibini uch marta nokdaunga tushirib, ikkinchi raundda jangni muddatidan oldin yakunladi. Oʻzbekistonning qolgan chempionlik unvonlari 51, 57 va 80 kilogramm hamda 92 kilogrammdan ogʻir vazn toifalarida qoʻlga kiritildi. Ayollar bahslarida 19 yoshli Sevara Tursunova 54 kilogramm vaznda kumush medal oldi — bu jamoaning ayollar boksidagi shu darajadagi eng yaxshi natijasi.",
        "> «Bu yerda har bir jang final kabi oʻtdi, chunki butun Osiyo kuchayib bormoqda, — dedi Nazarov eng yaxshi bokschi sovrinini olganidan soʻng. — Bu medalni meni toʻqqiz yoshimda sport zaliga olib kelgan Jizzaxdagi birinchi murabbiyimga bagʻishlayman. Ammo bu faqat bir qadam. Asosiy maqsad — Olimpiya oʻyinlari, unga qadar hali koʻp ishlashimiz kerak».",
        "Chempionat natijalari Olimpiya saralash reytingida hisobga olinadi, shuning uchun qoʻlga kiritilgan medallar jamoaning bir qancha aʼzolari uchun muhim ahamiyatga ega boʻlishi mumkin. Qisqa taʼtildan soʻng terma jamoa Toshkent yaqinidagi togʻlarda oʻquv-mashgʻulot yigʻinini boshlaydi. Bokschilarning navbatdagi yirik musobaqasi bahorda Toshkentda oʻtadigan xalqaro turnir boʻladi.",
      ],
    },
    ru: {
      title: "Узбекские боксёры выиграли медальный зачёт чемпионата Азии с пятью золотыми",
      lead: "Боксёры Узбекистана завоевали 5 золотых, 2 серебряные и 3 бронзовые медали на континентальном первенстве в Бангкоке. Лучшим боксёром турнира признан Шерзод Назаров, выступавший в весе до 67 кг.",
      body: [
        "В чемпионате, который длился десять дней, приняли участие около 320 мужчин и женщин из 34 стран. Узбекистан выставил команду из 13 боксёров, десять из них возвращаются с медалями, причём пятеро из семи финалистов стали чемпионами. Второе место в медальном зачёте с тремя золотыми наградами занял Казахстан, за ним расположились хозяева турнира Таиланд и Индия, у которых по два золота.",
        "Самым зрелищным стал финал в весе до 67 кг: 22-летний Шерзод Назаров трижды отправил в нокдаун соперника из Казахстана и досрочно завершил бой во втором раунде. Остальные чемпионские титулы Узбекистан завоевал в категориях до 51, 57 и 80 кг, а также свыше 92 кг. У женщин 19-летняя Севара Турсунова взяла серебро в весе до 54 кг — это лучший результат команды в женском боксе на таком уровне.",
        "> «Здесь каждый бой был как финал, потому что вся Азия становится сильнее, — сказал Назаров после вручения приза лучшему боксёру. — Эту медаль я посвящаю своему первому тренеру из Джизака, который привёл меня в зал, когда мне было девять лет. Но это только шаг. Главная цель — Олимпийские игры, и до них ещё много работы».",
        "Результаты чемпионата учитываются в олимпийском квалификационном рейтинге, поэтому завоёванные медали могут оказаться очень важными для нескольких членов команды. После короткого отпуска сборная начнёт учебно-тренировочный сбор в горах под Ташкентом. Следующим крупным стартом для боксёров станет международный турнир, который пройдёт в Ташкенте весной.",
      ],
    },
    en: {
      title: "Uzbekistan top the Asian Boxing Championships medal table with five golds",
      lead: "Uzbek boxers won five gold, two silver and three bronze medals at the continental championships in Bangkok. Sherzod Nazarov, who fought at 67 kilograms, was named the best boxer of the tournament.",
      body: [
        "About 320 men and women from 34 countries took part in the ten-day championships. Uzbekistan sent a team of 13 boxers, ten of whom are coming home with medals, and five of the seven who reached the finals became champions. Kazakhstan finished second in the medal table with three golds, followed by the hosts Thailand and India with two each.",
        "The most spectacular final came at 67 kilograms, where 22-year-old Sherzod Nazarov put his opponent from Kazakhstan down three times and stopped the fight in the second round. Uzbekistan’s other titles came at 51, 57 and 80 kilograms and in the over-92-kilogram division. In the women’s competition, 19-year-old Sevara Tursunova won silver at 54 kilograms, the team’s best result in women’s boxing at this level.",
        "> “Every fight here felt like a final, because the whole of Asia is getting stronger,” Nazarov said after receiving the best boxer award. “I dedicate this medal to my first coach in Jizzakh, who brought me to the gym when I was nine. But this is only one step. The main goal is the Olympic Games, and there is still a lot of work to do before then.”",
        "The results count towards the Olympic qualification rankings, so the medals could prove important for several members of the team. After a short holiday, the national team will begin a training camp in the mountains near Tashkent. The boxers’ next major event is an international tournament in Tashkent in the spring.",
      ],
    },
  },
  {
    category: "sport",
    hoursAgo: 60,
    tags: ["olympics", "fergana"],
    uz: {
      title: "Fargʻonada boʻlajak olimpiyachilarni tayyorlaydigan boks akademiyasi ochildi",
      lead: "Akademiyada 400 nafargacha bola va oʻsmir, jumladan qizlar, bepul shugʻullanadi. Unda uchta ring, sport fani laboratoriyasi va boshqa tumanlardan kelgan 60 nafar sportchi uchun yotoqxona bor.",
      body: [
        "Fargʻona markazidagi toʻrt qavatli bino 18 oyda qurildi, unga viloyat byudjeti va Boks federatsiyasi tomonidan jami 95 milliard soʻmga yaqin mablagʻ sarflandi. Uchta ringdan tashqari, binoda zamonaviy jihozlangan trenajyor zali, hovuz va saunali tiklanish markazi hamda sport olimlari sportchilarning yurak urishi, vazni va tiklanishini kuzatib boradigan kichik laboratoriya mavjud.",
        "Bolalar oʻn yoshdan boshlab tibbiy koʻrik va oddiy jismoniy test asosida qabul qilinadi. Mashgʻulotlar bepul boʻladi, Fargʻona vodiysining chekka tumanlaridan saralashdan oʻtgan oʻquvchilar esa yotoqxonada yashab, yaqin atrofdagi maktabda oʻqishi mumkin. Akademiyada 24 nafar murabbiy ishlaydi, ulardan oltitasi — terma jamoaning sobiq aʼzolari.",
        "> «Yillar davomida vodiyimizning isteʼdodli yigitlari yaxshi sharoitda shugʻullanish uchun Toshkentga koʻchib ketishga majbur boʻlardi, koʻpchiligi esa shunchaki sportni tashlab qoʻyardi, — dedi akademiya direktori, terma jamoaning sobiq sardori Bahodir Yoqubov. — Endi ular uyda qolib shugʻullanishi mumkin. Qizlar ham bu yerda oʻzini erkin his qilishini istaymiz, shuning uchun ular uchun alohida kiyinish xonalari va ayol murabbiy rahbarligidagi guruh tashkil etdik».",
        "Federatsiya akademiyada viloyat chempionatlari va xalqaro yoshlar turnirlarini oʻtkazishni rejalashtirmoqda. Bu yerdagi birinchi musobaqa — olti davlat jamoalari ishtirokidagi 17 yoshgacha boʻlgan bokschilar turniri kelasi bahorga belgilangan. Federatsiya maʼlumotiga koʻra, Fargʻona tajribasi oʻzini oqlasa, shunga oʻxshash markazlar kelgusi uch yil ichida Samarqand va Qarshida ham ochilishi mumkin.",
      ],
    },
    en: {
      title: "New boxing academy opens in Fergana to train future Olympians",
      lead: "Up to 400 children and teenagers, girls included, will train at the academy free of charge. It has three rings, a sports science laboratory and a dormitory for 60 athletes from other districts.",
      body: [
        "The four-storey building in the centre of Fergana took 18 months to build and cost about 95 billion soums, shared between the regional budget and the national boxing federation. Besides the three rings, it has a modern gym, a recovery centre with a pool and saunas, and a small laboratory where sports scientists will track the athletes’ heart rate, weight and recovery.",
        "Children will be admitted from the age of ten after a medical check and a simple fitness test. Training is free, and pupils from remote districts of the Fergana Valley who pass a selection process can live in the dormitory and attend a nearby school. The academy employs 24 coaches, six of them former members of the national team.",
        "> “For years, talented boys from our valley had to move to Tashkent to train properly, and many of them simply gave up the sport,” said the academy’s director, former national team captain Bahodir Yakubov. “Now they can stay at home and train. We also want girls to feel welcome here, so we have set up separate changing rooms for them and a group led by a woman coach.”",
        "The federation plans to hold regional championships and international youth tournaments at the academy. Its first event, a tournament for boxers under 17 with teams from six countries, is scheduled for next spring. According to the federation, if the Fergana model proves itself, similar centres could open in Samarkand and Karshi within the next three years.",
      ],
    },
  },
  {
    category: "sport",
    hoursAgo: 36,
    tags: ["tashkent", "olympics"],
    uz: {
      title: "Toshkent Gran-prisi: dzyudochilarimiz uchta oltin medalni qoʻlga kiritdi",
      lead: "Uch kun davom etgan turnirda Oʻzbekiston dzyudochilari 3 ta oltin, 2 ta kumush va 4 ta bronza medalni qoʻlga kiritib, jamoaviy hisobda birinchi oʻrinni egalladi. Musobaqada 54 davlatdan 380 nafar sportchi ishtirok etdi.",
      body: [
        "Turnir Yunusobod tumanidagi sport majmuasida boʻlib oʻtdi va uni uch kun davomida 20 mingdan ortiq tomoshabin kuzatdi. Gran-pri musobaqalari Xalqaro dzyudo federatsiyasi taqvimidagi muhim bosqichlardan biri hisoblanadi: bu yerda toʻplangan reyting ochkolari Olimpiya oʻyinlariga saralashda hisobga olinadi. Shu sababli Toshkentga koʻplab kuchli sportchilar, jumladan amaldagi jahon chempionlaridan uch nafari tashrif buyurdi.",
        "Birinchi kuni 60 kilogramm vazn toifasida 21 yoshli Otabek Saidov finalda Yaponiya vakilini ippon bilan magʻlub etib, oltin medalni qoʻlga kiritdi. Ikkinchi kuni 81 kilogramm toifasida Javohir Ergashev gʻalaba qozondi, uchinchi kuni esa 100 kilogrammdan ogʻir toifada Bekzod Tojiboyev hal qiluvchi bahsni qoʻshimcha vaqtda yutdi. Ayollar orasida 57 kilogramm vazn toifasida Dilnoza Normatova kumush medalni qoʻlga kiritdi.",
        "> «Uy tomoshabinlari oldida chiqish ham katta sharaf, ham katta bosim, — dedi Otabek Saidov taqdirlash marosimidan soʻng. — Finalda raqibim juda tajribali edi, shuning uchun oxirgi soniyagacha diqqatimni yoʻqotmaslikka harakat qildim. Bu gʻalaba menga Olimpiada reytingida muhim ochkolar berdi, lekin oldinda hali koʻp turnirlar bor, tayyorgarlikni bir kun ham toʻxtatmaymiz».",
        "Jamoaviy hisobda Oʻzbekistondan keyin Yaponiya va Gruziya terma jamoalari joy oldi. Terma jamoa murabbiylari ikki haftalik dam olishdan soʻng Olimpiya oʻyinlariga saralash davom etayotgan Yevropa va Osiyo turnirlariga tayyorgarlik boshlanishini maʼlum qildi. Tashkilotchilarning soʻzlariga koʻra, Toshkent kelgusi yil ham Gran-pri bosqichini qabul qiladi.",
      ],
    },
    ru: {
      title: "Гран-при Ташкента: сборная Узбекистана по дзюдо завоевала три золота",
      lead: "За три дня турнира дзюдоисты Узбекистана завоевали 3 золотые, 2 серебряные и 4 бронзовые медали и заняли первое место в командном зачёте. В соревнованиях участвовали 380 спортсменов из 54 стран.",
      body: [
        "Турнир прошёл в спортивном комплексе в Юнусабадском районе, за три дня его посетили более 20 тысяч зрителей. Этапы Гран-при — одни из важнейших в календаре Международной федерации дзюдо: набранные здесь рейтинговые очки учитываются при отборе на Олимпийские игры. Поэтому в Ташкент приехали многие сильные спортсмены, в том числе трое действующих чемпионов мира.",
        "В первый день в весовой категории до 60 кг 21-летний Отабек Саидов в финале чистой победой — иппоном — одолел представителя Японии. Во второй день победу в категории до 81 кг одержал Жавохир Эргашев, а в третий день в категории свыше 100 кг Бекзод Таджибаев выиграл решающую схватку в дополнительное время. У женщин серебро в весе до 57 кг завоевала Дильноза Норматова.",
        "> «Выступать перед домашними зрителями — и большая честь, и большое давление, — сказал Отабек Саидов после церемонии награждения. — Соперник в финале был очень опытным, поэтому я старался не терять концентрацию до последней секунды. Эта победа принесла мне важные очки в олимпийском рейтинге, но впереди ещё много турниров, и мы не прекратим подготовку ни на день».",
        "В командном зачёте второе и третье места за Узбекистаном заняли сборные Японии и Грузии. Тренеры сборной сообщили, что после двухнедельного отдыха команда начнёт подготовку к европейским и азиатским турнирам, на которых продолжается олимпийский отбор. По словам организаторов, Ташкент примет этап Гран-при и в следующем году.",
      ],
    },
  },

  // ---------------------------------------------------------------------------------------------
  // Sport · Tashkent Marathon
  {
    category: "sport",
    hoursAgo: 18,
    tags: ["tashkent", "transport"],
    source: { name: "Xabar" },
    uz: {
      title: "Toshkent marafoniga 18 ming yuguruvchi kutilmoqda: yakshanba kuni yoʻllar yopiladi",
      lead: "Bu yilgi musobaqaga 60 davlatdan yuguruvchilar roʻyxatdan oʻtdi, dasturda toʻliq marafon, yarim marafon va oilalar uchun qisqa masofalar bor. Markaziy koʻchalarning bir qismi soat 6:00 dan 14:00 gacha yopiladi.",
      body: [
        "Tashkilotchilarning maʼlumotiga koʻra, barcha 18 ming oʻrin band boʻlgani sababli roʻyxatdan oʻtish muddatidan ikki hafta oldin yopildi. Bu oʻtgan yilgidan qariyb 4 500 kishiga koʻp. 2 500 ga yaqin ishtirokchi 42,195 kilometrlik toʻliq masofani, 5 500 nafari yarim marafonni yuguradi, qolganlari esa 10 kilometrlik poyga va 5 kilometrlik oilaviy yugurishda qatnashadi. Ilk bor nogironlik aravachasidagi sportchilar va koʻrishida nuqsoni boʻlgan yuguruvchilar uchun alohida 3 kilometrlik yoʻnalish ham tashkil etiladi.",
        "Barcha poygalar Amir Temur xiyoboni yonida boshlanib, shu yerda yakunlanadi. Marafon yoʻnalishi Amir Temur shoh koʻchasi boʻylab, «Toshkent Siti» bogʻi va Navoiy teatri yonidan oʻtib, Chilonzor va Yunusobod tumanlarini aylanib, markazga qaytadi. Har besh kilometrda suv berish punktlari tashkil etiladi, yoʻnalish boʻylab 40 ta tibbiy brigada va 1 200 nafar koʻngilli xizmat qiladi.",
        "Yoʻl harakati xavfsizligi xizmati yoʻnalishdagi koʻchalarni soat 6:00 dan 14:00 gacha yopadi, soʻnggi yuguruvchilar oʻtib ketgach, ular bosqichma-bosqich ochiladi. Haydovchilarga Kichik halqa yoʻlidan foydalanish tavsiya etiladi, markaz orqali oʻtadigan avtobus yoʻnalishlari esa vaqtincha oʻzgartiriladi. Toshkent metrosi odatdagidan yarim soat erta, soat 4:30 da ochiladi, ishtirokchilar esa start raqamini koʻrsatib bepul yurishi mumkin.",
        "> «Elita yuguruvchilar 2 soat 11 daqiqalik trassa rekordini yangilashni maqsad qilgan, lekin koʻpchilik uchun asosiy maqsad — marraga yetib borish, — dedi poyga direktori Gulnoza Rasulova. — Bu yil yoʻnalishni tekisroq qildik va suv punktlarida soyani koʻpaytirdik. Shahar aholisidan yoʻllar yopilishiga sabr bilan qarashlarini va koʻchaga chiqib yuguruvchilarni qoʻllab-quvvatlashlarini soʻraymiz, chunki shaharning madadi juda katta ahamiyatga ega».",
      ],
    },
    ru: {
      title: "На Ташкентский марафон ждут рекордные 18 тысяч бегунов, в воскресенье перекроют дороги",
      lead: "На забег этого года зарегистрировались бегуны из 60 стран, в программе — марафон, полумарафон и короткие дистанции для семей. Часть центральных улиц будет перекрыта с 6:00 до 14:00.",
      body: [
        "По словам организаторов, регистрацию закрыли на две недели раньше срока: все 18 тысяч мест заняты, это примерно на 4,5 тысячи больше, чем в прошлом году. Около 2500 участников пробегут полную дистанцию 42,195 километра, 5500 — полумарафон, остальные выступят в забеге на 10 километров и в семейном забеге на 5 километров. Впервые будет организована отдельная трёхкилометровая трасса для спортсменов на колясках и бегунов с нарушениями зрения.",
        "Все забеги стартуют и финишируют у сквера Амира Темура. Трасса марафона пройдёт по проспекту Амира Темура, мимо парка Tashkent City и театра имени Навои, сделает петлю через Чиланзарский и Юнусабадский районы и вернётся в центр. Пункты питья будут установлены через каждые пять километров, на трассе будут работать 40 медицинских бригад и 1200 волонтёров.",
        "Дорожная полиция перекроет улицы на трассе с 6:00 до 14:00, участки будут открываться постепенно, по мере прохождения последних бегунов. Водителям советуют пользоваться Малой кольцевой дорогой, автобусные маршруты через центр временно изменят. Ташкентское метро откроется на полчаса раньше обычного, в 4:30, а участники смогут проехать бесплатно, предъявив стартовый номер.",
        "> «Элитные бегуны нацелены на рекорд трассы — 2 часа 11 минут, но для большинства главная цель — просто добежать до финиша, — сказала директор забега Гульноза Расулова. — В этом году мы сделали трассу более ровной и добавили тени на пунктах питья. Просим жителей с пониманием отнестись к перекрытиям и выйти поддержать бегунов: поддержка города значит очень много».",
      ],
    },
    en: {
      title: "Record 18,000 runners expected at the Tashkent Marathon; roads to close on Sunday",
      lead: "Runners from 60 countries have registered for this year’s race, which includes a full marathon, a half marathon and shorter distances for families. Several central streets will be closed from 6:00 to 14:00.",
      body: [
        "The organisers say registration closed two weeks early after all 18,000 places were taken, about 4,500 more than last year. Around 2,500 participants will run the full 42.195-kilometre distance and 5,500 the half marathon, while the rest will take part in a 10-kilometre race and a 5-kilometre family run. For the first time, there will also be a separate 3-kilometre course for wheelchair athletes and visually impaired runners.",
        "All races start and finish near Amir Temur Square. The marathon course runs along Amir Temur Avenue, past the Tashkent City park and the Navoi Theatre, then loops through the Chilanzar and Yunusabad districts before returning to the centre. Drinks stations will be set up every five kilometres, and 40 medical teams and 1,200 volunteers will work along the route.",
        "Traffic police will close the streets on the course from 6:00 to 14:00, reopening sections gradually as the last runners pass. Drivers are advised to use the Small Ring Road, and bus routes through the centre will be temporarily diverted. The Tashkent metro will open half an hour earlier than usual, at 4:30, and participants can travel free of charge by showing their race number.",
        "> “The elite runners are chasing the course record of 2 hours 11 minutes, but for most people the goal is simply to finish,” said race director Gulnoza Rasulova. “This year we made the course flatter and added more shade at the drinks stations. We ask residents to be patient with the road closures and to come out and cheer, because the city’s support makes a huge difference.”",
      ],
    },
  },
];
