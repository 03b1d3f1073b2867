/**
 * Demo stories, part A: Uzbekistan and economy. Invented regional news written by the Xabar team
 * for the demo portal; people, outlets, places of minor note and figures are fictional. Uzbek is
 * written in the Latin alphabet with ʻ (U+02BB) and ʼ (U+02BC); Uzbek Cyrillic is derived from it
 * by the transliterator.
 *
 * Topic clusters (so that "similar news" has something to find): Tashkent transport and air
 * travel; water, irrigation and farming; schools; tourism and heritage; banking and interest
 * rates; solar and wind energy; trade and exports.
 */
import type { DemoStory } from "./catalog.js";

export const STORIES_A: DemoStory[] = [
  // ---------------------------------------------------------------------------------------------
  // Uzbekistan · Tashkent transport and air travel
  {
    category: "uzbekistan",
    hoursAgo: 2,
    tags: ["tashkent", "transport"],
    source: { name: "Xabar", url: "https://example.uz/uzbekistan/tashkent-metro-halqa-liniyasi" },
    pinned: true,
    uz: {
      title: "Toshkent metrosining Halqa liniyasida toʻrtta yangi bekat ochildi",
      lead: "Halqa liniyasining 6,8 kilometrlik qismi bugun ertalab ilk yoʻlovchilarni qabul qildi va Sergeli tumanini Chilonzor liniyasi bilan bogʻladi.",
      body: [
        "Toshkent metrosi Halqa liniyasining yangi qismidagi ilk poyezdlar bugun ertalab soat 5:30 da depodan chiqdi. Uzunligi 6,8 kilometr boʻlgan ushbu qismda toʻrtta bekat — «Quyosh», «Yulduz», «Navbahor» va «Sergeli Darvoza» bor. U poytaxtning jadal rivojlanayotgan janubiy tumanlarini Chilonzor liniyasi bilan bogʻlaydi. Metropoliten matbuot xizmati maʼlumotiga koʻra, tigʻiz soatlarda poyezdlar har olti daqiqada, kunning qolgan qismida esa har toʻqqiz daqiqada qatnaydi.",
        "Qurilish ishlari qariyb uch yil davom etdi va taxminan 2,1 trillion soʻmga tushdi. Loyiha davlat byudjeti hamda xalqaro taraqqiyot bankining krediti hisobidan moliyalashtirildi. Halqa liniyasining boshqa qismlari singari bekatlar estakada ustiga qurilgan. Ularning har birida liftlar, koʻzi ojiz yoʻlovchilar uchun taktil yoʻlaklar va isitiladigan kutish joylari mavjud. Platformalar toʻrt vagonli poyezdlarga moʻljallangan, kelajakda ularni besh vagongacha uzaytirish mumkin.",
        "> «Sergeli aholisi uchun shahar markazigacha boʻlgan yoʻl endi avtobusdagi bir soat oʻrniga 25 daqiqa vaqt oladi, — dedi Toshkent metropoliteni direktori oʻrinbosari Bahodir Toshmatov. — Birinchi yilda yangi bekatlar kuniga 60 mingga yaqin yoʻlovchiga xizmat koʻrsatishini kutmoqdamiz. Atrofdagi turar joy massivlari foydalanishga topshirilgach, bu raqam yanada oshadi».",
        "Yoʻl haqi oʻzgarmaydi: transport kartasi yoki QR-chipta orqali bir martalik qatnov 2000 soʻm turadi. Shahar hokimligi oʻn bitta avtobus yoʻnalishini ham oʻzgartirdi, endi ularning bekatlari yangi metro bekatlari yonida joylashgan. «Sergeli Darvoza» yaqinida esa 300 ta avtomobilga moʻljallangan toʻxtash joyi ochildi. Halqa liniyasining Yunusobod tumani tomon keyingi qismini ikki yildan soʻng ishga tushirish rejalashtirilgan.",
      ],
    },
    ru: {
      title: "В ташкентском метро открылись четыре новые станции Кольцевой линии",
      lead: "Участок Кольцевой линии длиной 6,8 километра сегодня утром принял первых пассажиров и соединил Сергелийский район с Чиланзарской линией.",
      body: [
        "Первые поезда по новому участку Кольцевой линии ташкентского метро вышли из депо в 5:30 утра. Отрезок длиной 6,8 километра включает четыре станции — «Куёш», «Юлдуз», «Навбахор» и «Сергели Дарвоза» — и связывает быстрорастущие южные районы столицы с Чиланзарской линией. Как сообщает пресс-служба метрополитена, в часы пик поезда будут ходить каждые шесть минут, в остальное время — каждые девять минут.",
        "Строительство участка заняло почти три года и обошлось примерно в 2,1 трлн сумов; работы финансировались из государственного бюджета и за счёт кредита международного банка развития. Как и вся Кольцевая линия, станции расположены на эстакаде. Каждая оборудована лифтами, тактильными дорожками для незрячих пассажиров и отапливаемыми зонами ожидания. Платформы рассчитаны на четырёхвагонные составы, но в будущем их можно удлинить до пяти вагонов.",
        "> «Для жителей Сергели дорога до центра города теперь займёт 25 минут вместо часа на автобусе, — сказал заместитель директора ташкентского метрополитена Баходир Тошматов. — Мы ожидаем, что в первый год новые станции будут перевозить около 60 тысяч пассажиров в день, а после сдачи жилых массивов поблизости — ещё больше».",
        "Стоимость проезда не меняется: одна поездка по транспортной карте или QR-билету стоит 2000 сумов. Городской хокимият также изменил маршруты одиннадцати автобусных линий, чтобы их остановки находились рядом с новыми станциями, а у «Сергели Дарвоза» открылась перехватывающая парковка на 300 машин. Следующий участок Кольцевой линии, в сторону Юнусабадского района, планируется открыть через два года.",
      ],
    },
    en: {
      title: "Tashkent metro opens four new stations on the Circle line",
      lead: "A 6.8-kilometre section of the Circle line began carrying passengers this morning, linking the Sergeli district with the Chilonzor line.",
      body: [
        "The first trains on the new section of the Tashkent metro's Circle line left the depot at 5:30 this morning. The 6.8-kilometre stretch adds four stations — Quyosh, Yulduz, Navbahor and Sergeli Darvoza — and connects the fast-growing southern districts of the capital with the Chilonzor line. According to the metro's press service, trains will run every six minutes at peak hours and every nine minutes during the rest of the day.",
        "Construction of the section took almost three years and cost about 2.1 trillion soums, financed from the state budget and a loan from an international development bank. Like the rest of the Circle line, the stations stand on an elevated viaduct, and each has lifts, tactile paths for blind passengers and heated waiting areas. Platforms are designed for four-car trains, with room to extend them to five cars later.",
        "> “For residents of Sergeli, the journey to the city centre will now take 25 minutes instead of an hour by bus,” said Bahodir Toshmatov, deputy director of the Tashkent metro. “We expect the new stations to carry about 60,000 passengers a day in the first year, and more once the housing estates nearby are completed.”",
        "Fares remain unchanged: a single trip costs 2,000 soums with a transport card or a QR ticket. The city administration has also rerouted eleven bus lines so that they stop next to the new stations, and a park-and-ride car park for 300 vehicles has opened near Sergeli Darvoza. The next section of the Circle line, towards the Yunusobod district, is scheduled to open in two years.",
      ],
    },
  },
  {
    category: "uzbekistan",
    hoursAgo: 9,
    tags: ["tashkent", "transport"],
    uz: {
      title: "Toshkentning eng gavjum yoʻnalishlariga 120 ta elektrobus chiqariladi",
      lead: "Yangi avtobuslar turar joy massivlarini metro bekatlari bilan bogʻlaydigan sakkizta yoʻnalishda qatnaydi, deya xabar berdi shahar transport boshqarmasi.",
      body: [
        "Toshkent jamoat transporti parki 120 ta elektrobusdan iborat yangi partiya bilan toʻldirildi. Ular kelgusi haftadan boshlab shahardagi eng gavjum sakkizta yoʻnalishda qatnay boshlaydi. Uzunligi 12 metr boʻlgan past polli avtobuslarda 32 ta oʻrindiq bor, umumiy sigʻimi esa 85 nafar yoʻlovchiga teng. Shahar transport boshqarmasi maʼlumotiga koʻra, ular bir marta quvvatlanganda 250 kilometrga yaqin masofani bosib oʻtadi. Bu parkka qaytmasdan toʻliq ish kuni davomida ishlash uchun yetarli.",
        "Yoʻnalishlar metroni toʻldiradigan qilib tanlangan. Ularning aksariyati Yashnobod, Sergeli va Yangihayot tumanlarini eng yaqin bekatlar, jumladan, Halqa liniyasining yangi bekatlari bilan bogʻlaydi. Haydovchilar ikki haftalik oʻquv kursidan oʻtdi, Sergeli va Yashnobodda esa 60 ta tezkor quvvatlash qurilmasiga ega ikkita yangi avtobus parki qurildi. Elektrobuslar mahalliylashtirish dasturi doirasida Samarqand viloyatidagi zavodda yigʻilgan.",
        "Shahar dizel avtobuslarini bosqichma-bosqich almashtirishni rejalashtirmoqda. Hozir elektr transporti parkning qariyb beshdan bir qismini tashkil etadi, transport boshqarmasi esa besh yil ichida bu ulushni yarmiga yetkazmoqchi. Mutasaddilarning hisob-kitobiga koʻra, har bir elektrobus yiliga taxminan 40 ming litr dizel yoqilgʻisini tejaydi va gavjum koʻchalardagi shovqinni kamaytiradi. Markaziy mahallalar aholisi bu shovqindan yillar davomida shikoyat qilib keladi.",
        "Yangi avtobuslarda yoʻl haqi butun tarmoqdagi kabi: transport kartasi bilan 2000 soʻm, 45 daqiqa ichida metroga oʻtish esa bepul. Avtobuslar harakatini shahar transport ilovasida real vaqt rejimida kuzatib borish mumkin. Ilova shu hafta yangilandi: endi u avtobusning har bir bekatga yetib kelish vaqtini va salondagi boʻsh oʻrindiqlar sonini koʻrsatadi.",
      ],
    },
    ru: {
      title: "Ташкент выпустит на самые загруженные маршруты 120 электробусов",
      lead: "Новые автобусы будут обслуживать восемь маршрутов, связывающих жилые массивы со станциями метро, сообщили в городском управлении транспорта.",
      body: [
        "Парк общественного транспорта Ташкента пополнился партией из 120 электробусов, которые со следующей недели выйдут на восемь самых загруженных маршрутов города. Двенадцатиметровые низкопольные машины рассчитаны на 32 сидячих места и до 85 пассажиров в целом. По данным городского управления транспорта, на одном заряде они проезжают около 250 километров — этого хватает на полный рабочий день без возвращения в парк.",
        "Маршруты выбраны так, чтобы дополнять метро. Большинство из них связывают Яшнабадский, Сергелийский и Янгихаётский районы с ближайшими станциями, в том числе с новыми станциями Кольцевой линии. Водители прошли двухнедельное обучение, а в Сергели и Яшнабаде построены два новых автобусных парка с 60 быстрыми зарядными станциями. Электробусы собраны на заводе в Самаркандской области в рамках программы локализации.",
        "Город планирует постепенно заменить дизельные автобусы. Электротранспорт уже составляет около пятой части парка, а управление транспорта намерено в течение пяти лет довести эту долю до половины. По оценкам чиновников, каждый электробус экономит примерно 40 тысяч литров дизельного топлива в год и снижает шум на оживлённых улицах, на который жители центральных махаллей жалуются уже много лет.",
        "Проезд в новых автобусах стоит столько же, сколько во всей сети: 2000 сумов по транспортной карте, при этом пересадка на метро в течение 45 минут бесплатна. Следить за движением автобусов в реальном времени можно в городском транспортном приложении. На этой неделе его обновили: теперь оно показывает время прибытия автобуса на каждую остановку и количество свободных мест в салоне.",
      ],
    },
    en: {
      title: "Tashkent adds 120 electric buses to its busiest routes",
      lead: "The new buses will serve eight routes that connect residential districts with metro stations, the city's transport department said.",
      body: [
        "Tashkent's public transport fleet has received a batch of 120 electric buses, which will start running on eight of the city's busiest routes next week. The 12-metre low-floor vehicles have 32 seats and carry up to 85 passengers in total. According to the city transport department, they can travel about 250 kilometres on a single charge, which is enough for a full working day without returning to the depot.",
        "The routes were chosen to complement the metro. Most of them link the Yashnobod, Sergeli and Yangihayot districts with the nearest stations, including the new stations on the Circle line. Drivers have completed a two-week training course, and two new bus depots with 60 fast chargers have been built in Sergeli and Yashnobod. The buses were assembled at a plant in the Samarkand region under a localisation programme.",
        "The city plans to replace its diesel buses step by step. Electric vehicles already make up about a fifth of the fleet, and the transport department aims to raise this share to half within five years. Officials estimate that each electric bus saves roughly 40,000 litres of diesel a year and reduces noise on busy streets, which residents of central neighbourhoods have complained about for years.",
        "Fares on the new buses are the same as across the rest of the network: 2,000 soums with a transport card, with a free transfer to the metro within 45 minutes. Passengers can follow the buses in real time in the city's transport app. It was updated this week and now shows when a bus will arrive at each stop and how many seats are free on board.",
      ],
    },
  },
  {
    category: "uzbekistan",
    hoursAgo: 30,
    tags: ["samarkand", "transport", "tourism"],
    source: { name: "Samarqand tongi" },
    uz: {
      title: "Samarqand aeroportida yangi xalqaro terminal ochildi",
      lead: "Terminal soatiga 1200 nafargacha yoʻlovchiga xizmat koʻrsata oladi va turistik mavsum arafasida aeroport quvvatini ikki baravar oshiradi.",
      body: [
        "Samarqand aeroportida yangi xalqaro terminal ishga tushirildi. Natijada aeroportning oʻtkazuvchanlik quvvati ikki baravar oshib, yiliga qariyb toʻrt million yoʻlovchiga yetadi. Maydoni 28 ming kvadrat metr boʻlgan uch qavatli binoda 24 ta roʻyxatdan oʻtkazish peshtaxtasi, sakkizta teletrap va tranzit yoʻlovchilar uchun alohida zal bor. Yangi terminalga qoʻngan ilk reys kecha kechqurun Istanbuldan yoʻlovchilarni olib keldi. Eski bino endi faqat ichki yoʻnalishlarga xizmat koʻrsatadi.",
        "Aeroport rahbariyatining taʼkidlashicha, loyiha mintaqada turizmning jadal oʻsishi bilan bogʻliq. Oʻtgan bir yil ichida Samarqand orqali yoʻlovchi oqimi 40 foizga oshdi, bir qator xorijiy aviakompaniyalar esa kelgusi mavsumda Yevropa va Fors koʻrfazi mamlakatlaridan yangi toʻgʻridan-toʻgʻri reyslar ochishini eʼlon qildi. Terminal 22 oyda qurildi va taxminan 95 million AQSH dollariga tushdi. Mablagʻni konsessiya shartlari asosida xususiy operator kiritdi.",
        "«Shu paytgacha ertalabki tigʻiz soatlarda sayyohlar koʻpincha binodan tashqarida navbatda turishga majbur edi, — dedi aeroport ekspluatatsiya xizmati boshligʻi Farrux Nazarov. — Yangi terminalda avtomatik pasport nazorati yoʻlaklari, yuklarni tezkor qayta ishlash tizimi va shahar markaziga toʻgʻridan-toʻgʻri avtobus qatnovi bor. Mehmonlar qoʻnganidan keyin yarim soatga qolmay Registonga yetib borishi mumkin».",
        "Terminalda bojsiz savdo doʻkonlari, milliy taomlar tortiladigan kafelar hamda Samarqand kulolchiligi va ipak gilamlari koʻrgazmasi faoliyat yuritadi. Shahar hokimligi aeroportdan temir yoʻl vokzaligacha ekspress-avtobus yoʻnalishini ham ishga tushirdi. Vokzaldan Toshkent va Buxoroga tezyurar poyezdlar joʻnaydi. Chipta narxi 5000 soʻm boʻlib, uni avtobus ichida bank kartasi orqali toʻlash mumkin.",
      ],
    },
    ru: {
      title: "В аэропорту Самарканда открылся новый международный терминал",
      lead: "Терминал способен обслуживать до 1200 пассажиров в час и вдвое увеличит пропускную способность аэропорта накануне туристического сезона.",
      body: [
        "В аэропорту Самарканда открылся новый международный терминал, благодаря которому пропускная способность воздушной гавани вырастет вдвое — примерно до четырёх миллионов пассажиров в год. Трёхэтажное здание площадью 28 тысяч квадратных метров оснащено 24 стойками регистрации, восемью телетрапами и отдельным залом для транзитных пассажиров. Первый рейс, принятый новым терминалом, вчера вечером доставил пассажиров из Стамбула. Старое здание теперь будет обслуживать только внутренние направления.",
        "Как отметили в руководстве аэропорта, проект стал ответом на быстрый рост туризма в регионе. За последний год пассажиропоток Самарканда увеличился на 40 процентов, а ряд иностранных перевозчиков объявил о новых прямых рейсах из Европы и стран Персидского залива на предстоящий сезон. Терминал построили за 22 месяца, его стоимость составила около 95 млн долларов; средства вложил частный оператор на условиях концессии.",
        "«До сих пор в утренние часы пик туристам нередко приходилось стоять в очереди на улице, — сказал начальник службы эксплуатации аэропорта Фаррух Назаров. — В новом терминале есть автоматические выходы паспортного контроля, ускоренная обработка багажа и прямое автобусное сообщение с центром города, так что гости доберутся до Регистана меньше чем за полчаса после посадки».",
        "В терминале работают магазины беспошлинной торговли, кафе с блюдами местной кухни и выставка самаркандской керамики и шёлковых ковров. Городской хокимият также запустил экспресс-автобус из аэропорта до железнодорожного вокзала, откуда скоростные поезда отправляются в Ташкент и Бухару. Билет стоит 5000 сумов, оплатить его можно банковской картой прямо в салоне.",
      ],
    },
    en: {
      title: "Samarkand airport opens a new international terminal",
      lead: "The terminal can handle up to 1,200 passengers an hour and will double the airport's capacity ahead of the tourist season.",
      body: [
        "A new international terminal has opened at Samarkand airport, doubling its capacity to about four million passengers a year. The three-storey building covers 28,000 square metres and has 24 check-in desks, eight jet bridges and a separate hall for transit passengers. The first flight to use the terminal landed yesterday evening from Istanbul. The airport's old building will now serve domestic routes only.",
        "The airport's management said the project was driven by the rapid growth of tourism in the region. Passenger traffic through Samarkand has risen by 40 percent over the past year, and several foreign carriers have announced new direct flights from Europe and the Gulf for the coming season. The terminal was built in 22 months and cost about 95 million US dollars, invested by a private operator under a concession.",
        "“Until now, tourists often had to queue outside the building during the morning peak,” said Farrux Nazarov, head of the airport's operations service. “The new terminal has automatic passport control gates, faster baggage handling and a direct bus link to the city centre, so visitors can reach the Registan in less than half an hour after landing.”",
        "Inside the terminal, travellers will find duty-free shops, cafés serving local dishes and an exhibition of Samarkand ceramics and silk carpets. The city administration has also launched an express bus from the airport to the railway station, where high-speed trains leave for Tashkent and Bukhara. Tickets cost 5,000 soums and can be paid for with a bank card on board.",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Uzbekistan · water and irrigation
  {
    category: "uzbekistan",
    hoursAgo: 5,
    tags: ["karakalpakstan", "water", "agriculture"],
    source: { name: "Xabar", url: "https://example.uz/uzbekistan/qoraqalpogiston-tomchilatib-sugorish" },
    uz: {
      title: "Qoraqalpogʻiston fermerlari 12 ming gektar yerni tomchilatib sugʻorishga oʻtkazdi",
      lead: "Suvni tejovchi texnologiyalar yordamida qayta jihozlangan dalalarda suv sarfi deyarli ikki baravar kamaydi, deya maʼlum qildi respublika Suv xoʻjaligi vazirligi.",
      body: [
        "Bu yil Qoraqalpogʻiston fermerlari qariyb 12 ming gektar paxta, bugʻdoy va poliz maydonlarini tomchilatib sugʻorish tizimiga oʻtkazdi. Bu oʻtgan yilgidan ikki baravardan ham koʻproqdir. Respublika Suv xoʻjaligi vazirligi maʼlumotlariga koʻra, tomchilatib sugʻorilgan dalalarda suv sarfi anʼanaviy egatlab sugʻorishga nisbatan oʻrtacha 45 foiz kam boʻldi, hosildorlik esa 15–20 foizga oshdi.",
        "Suvni tejash, ayniqsa, Amudaryoning quyi oqimida dolzarb masala hisoblanadi. Bu yerdagi xoʻjaliklar yildan yilga suvi kamayib borayotgan daryoga bogʻliq. Oʻtgan yozda Qoʻngʻirot, Moʻynoq va Chimboy tumanlaridagi koʻplab kanallar haftalab quruq turdi. Vazirlik hisob-kitobiga koʻra, tomchilatib sugʻorishga oʻtkazilgan har bir gektar mavsum davomida qoʻshni xoʻjaliklar va Orol dengizi yonidagi suv-botqoq hududlari uchun 4000 kub metrgacha suvni tejab qoladi.",
        "Davlat tomchilatib sugʻorish tizimlarini oʻrnatish xarajatlarining 50 foizigacha qismini qoplaydi. Qolgan summa uchun tijorat banklari fermerlarga yetti yilgacha muddatga imtiyozli kreditlar ajratmoqda. Bir gektar uchun uskunalar toʻplami taxminan 18 million soʻm turadi. Nukusdagi mahalliy ustaxonalar quvurlar va filtrlarni yigʻishni yoʻlga qoʻydi, natijada yetkazib berish muddati ikki oydan ikki haftagacha qisqardi.",
        "> «Avvaliga keksa fermerlar bu usul bizning shoʻr tuproqlarimizda natija berishiga ishonmagan edi, — deydi Chimboy yaqinidagi 60 gektarlik xoʻjalik rahbari Qosim Jumabayev. — Endi butun atrofdagilar paxtamizni koʻrgani keladi. Suv ikki baravar kam ketadi, oʻgʻit ham kamroq sarflanadi, chunki u toʻgʻridan-toʻgʻri ildizga boradi. Avgustda dalalar ham endi tuzdan oqarib ketmayapti».",
      ],
    },
    ru: {
      title: "Фермеры Каракалпакстана перевели на капельное орошение 12 тысяч гектаров",
      lead: "Водосберегающие технологии позволили почти вдвое сократить расход воды на переоборудованных полях, сообщает министерство водного хозяйства республики.",
      body: [
        "В этом году фермеры Каракалпакстана перевели на капельное орошение около 12 тысяч гектаров хлопковых, пшеничных и бахчевых полей — более чем вдвое больше, чем годом ранее. По данным министерства водного хозяйства республики, на полях с капельными линиями расход воды в среднем был на 45 процентов ниже, чем при традиционном поливе по бороздам, а урожайность выросла на 15–20 процентов.",
        "Экономия воды особенно важна в низовьях Амударьи, где хозяйства зависят от реки, которая с каждым годом становится всё менее полноводной. Прошлым летом в Кунградском, Муйнакском и Чимбайском районах многие каналы неделями оставались сухими. В министерстве подсчитали, что каждый гектар, переведённый на капельное орошение, высвобождает за сезон до 4000 кубометров воды для соседних хозяйств и водно-болотных угодий у Аральского моря.",
        "Государство покрывает до 50 процентов стоимости установки капельных систем, а на остальную сумму коммерческие банки предоставляют фермерам льготные кредиты сроком до семи лет. Комплект оборудования на один гектар стоит около 18 млн сумов. Местные мастерские в Нукусе начали собирать трубы и фильтры, благодаря чему сроки поставки сократились с двух месяцев до двух недель.",
        "> «Поначалу старшие фермеры не верили, что это сработает на наших засолённых почвах, — рассказал Косим Жумабаев, руководитель хозяйства площадью 60 гектаров под Чимбаем. — Теперь вся округа приходит посмотреть на наш хлопок. Воды уходит вдвое меньше, удобрений тоже меньше, потому что они попадают прямо к корням, и в августе поля больше не белеют от соли».",
      ],
    },
    en: {
      title: "Karakalpakstan farmers switch 12,000 hectares to drip irrigation",
      lead: "Water-saving technology has cut water use on converted fields by almost half, the republic's Ministry of Water Management says.",
      body: [
        "Farmers in Karakalpakstan have moved about 12,000 hectares of cotton, wheat and melon fields to drip irrigation this year, more than double the area converted a year earlier. According to the republic's Ministry of Water Management, fields watered through drip lines used on average 45 percent less water than those irrigated by traditional furrows, while yields rose by 15–20 percent.",
        "Saving water is a pressing issue in the lower reaches of the Amu Darya, where farms depend on a river that carries less water every year. Last summer, many canals in the Kungrad, Muynak and Chimbay districts ran dry for weeks. The ministry estimates that every hectare switched to drip irrigation frees up to 4,000 cubic metres of water per season for neighbouring farms and for the wetlands near the Aral Sea.",
        "The state covers up to 50 percent of the cost of installing drip systems, and commercial banks offer farmers preferential loans for the remainder for up to seven years. A kit for one hectare costs about 18 million soums. Local workshops in Nukus have begun assembling pipes and filters, which has cut delivery times from two months to two weeks.",
        "> “At first the older farmers did not believe it would work on our salty soils,” said Qosim Jumabayev, who runs a 60-hectare farm near Chimbay. “Now the whole neighbourhood comes to look at our cotton. We use half the water and less fertiliser, because it goes straight to the roots, and in August the fields no longer turn white with salt.”",
      ],
    },
  },
  {
    category: "uzbekistan",
    hoursAgo: 40,
    tags: ["fergana", "water", "agriculture"],
    source: { name: "Vodiy xabarlari" },
    uz: {
      title: "Fargʻona vodiysida 140 kilometr sugʻorish kanali qayta quriladi",
      lead: "Oʻzanlar betonlangach, kanallardagi suv isrofi uch baravar qisqarishi va yana 35 ming gektar ekin maydoni suv bilan taʼminlanishi kutilmoqda.",
      body: [
        "Fargʻona viloyatida sugʻorish tarmogʻini rekonstruksiya qilishning ikkinchi bosqichi boshlandi: kelgusi yil oxirigacha 140 kilometr magistral va xoʻjaliklararo kanallar beton bilan qoplanadi. Viloyat suv xoʻjaligi boshqarmasi maʼlumotiga koʻra, hozir dalalarga yetib borguncha suvning qariyb uchdan bir qismi yerga singib yoki bugʻlanib yoʻqoladi. Taʼmirdan soʻng bu yoʻqotishlar taxminan uch baravar kamayishi kerak.",
        "Ishlar Beshariq, Oʻzbekiston, Furqat va Dangʻara tumanlarida olib borilmoqda. Qurgʻoqchil yillarda aynan shu hududlardagi fermerlar kanallarning quyi qismida suv yetishmasligidan koʻproq shikoyat qilgan. Qiymati 640 milliard soʻm boʻlgan loyiha davlat byudjeti va imtiyozli qarz hisobidan moliyalashtirilmoqda. Shu bilan birga, kanallarga 220 ta «aqlli» suv hisoblagich oʻrnatilmoqda. Ular suv sarfi haqidagi maʼlumotlarni real vaqt rejimida dispetcherlik markaziga uzatadi.",
        "Mutaxassislar hisobiga koʻra, tejalgan suv yana 35 ming gektar ekin maydonini, asosan, bugʻdoy, paxta va bogʻlarni sugʻorishga yetadi. Bundan tashqari, beton oʻzanlarni tozalash osonroq: ilgari xoʻjaliklar har bahorda loyqa va qamishni qoʻlda tozalashga majbur boʻlar, bu esa haftalab vaqt olardi. Boshqarmada taʼkidlanishicha, dalalar suvsiz qolmasligi uchun quruvchilar asosan qishda, sugʻorish mavsumidan tashqari paytda ishlaydi.",
        "Kanallar oʻtadigan mahallalar aholisi ham oʻzgarishlarni kutmoqda. Qayta qurilgan qismlar boʻylab xizmat yoʻllari yotqizilmoqda, uylar yonida esa toʻsiqlar va piyodalar uchun koʻprikchalar paydo boʻladi. Oʻtgan yili yakunlangan birinchi bosqich Rishton va Bagʻdod tumanlaridagi 90 kilometr kanalni qamrab olgan edi. Boshqarma maʼlumotiga koʻra, u yerda bugʻdoy hosildorligi oʻrtacha 12 foizga oshgan.",
      ],
    },
    ru: {
      title: "В Ферганской долине реконструируют 140 километров оросительных каналов",
      lead: "После бетонирования русел потери воды в каналах должны сократиться втрое, а воду получат ещё 35 тысяч гектаров посевов.",
      body: [
        "В Ферганской области начался второй этап реконструкции оросительной сети: до конца следующего года бетоном облицуют 140 километров магистральных и межхозяйственных каналов. Как сообщили в областном управлении водного хозяйства, сейчас из-за фильтрации в грунт и испарения по пути к полям теряется почти треть воды. После ремонта потери должны сократиться примерно втрое.",
        "Работы ведутся в Бешарыкском, Узбекистанском, Фуркатском и Дангаринском районах, где в засушливые годы фермеры чаще всего жаловались на нехватку воды в концевых участках каналов. Проект стоимостью 640 млрд сумов финансируется из государственного бюджета и за счёт льготного займа. Одновременно на каналах устанавливают 220 «умных» водомеров, которые передают данные о расходе воды в диспетчерский центр в режиме реального времени.",
        "По расчётам специалистов, сэкономленной воды хватит для орошения ещё 35 тысяч гектаров посевов, в основном пшеницы, хлопка и садов. Кроме того, бетонные русла проще чистить: раньше хозяйствам каждую весну приходилось вручную убирать ил и камыш, на что уходили недели. В управлении подчёркивают, что строители работают в основном зимой, вне поливного сезона, чтобы не оставить поля без воды.",
        "Жители махаллей, через которые проходят каналы, тоже ждут перемен. Вдоль реконструированных участков прокладывают служебные дороги, а у жилых домов появятся ограждения и пешеходные мостики. Первый этап, завершённый в прошлом году, охватил 90 километров каналов в Риштанском и Багдадском районах. По данным управления, урожайность пшеницы там выросла в среднем на 12 процентов.",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Uzbekistan · tourism and heritage
  {
    category: "uzbekistan",
    hoursAgo: 26,
    tags: ["bukhara", "tourism", "heritage"],
    source: { name: "Xabar", url: "https://example.uz/uzbekistan/buxoro-turizm-rekord" },
    uz: {
      title: "Buxoro rekord miqdordagi xorijiy sayyohni qabul qildi",
      lead: "Yilning toʻqqiz oyida shaharga 720 mingdan ortiq xorijlik tashrif buyurdi, bu oʻtgan yilgiga nisbatan 31 foiz koʻp.",
      body: [
        "Yilning dastlabki toʻqqiz oyida Buxoroga 720 mingdan ortiq xorijiy sayyoh tashrif buyurdi. Bu shahar uchun rekord koʻrsatkich boʻlib, oʻtgan yilning shu davriga nisbatan 31 foiz koʻpdir, deya xabar berdi viloyat turizm boshqarmasi. Mehmonlarning eng koʻpi Rossiya, Qozogʻiston, Turkiya, Germaniya va Fransiyadan keldi. Toʻgʻridan-toʻgʻri reyslar yoʻlga qoʻyilgach, Xitoy va Janubiy Koreyadan kelgan sayyohlar soni deyarli ikki baravar oshdi.",
        "Mehmonlarning aksariyati eski shaharda ikki-uch kecha qolib, Ark qalʼasi, Poyi Kalon majmuasi va savdo gumbazlarini tomosha qiladi. Sayyohlar oqimini taqsimlash maqsadida shahar tashqarisidagi saroy va bogʻlarga hamda hunarmandlar qishloqlariga, jumladan, kulolchiligi bilan mashhur Gʻijduvonga yangi yoʻnalishlar ishlab chiqildi. Bu mavsumda gid hamrohligidagi velosiped sayohatlari va qissaxonlar bilan kechki sayrlar ayniqsa ommalashdi.",
        "Sayyohlar sonining oʻsishi mehmonxonalarga boʻlgan talabni keskin oshirdi. Oʻtgan bir yil ichida tarixiy markazda 46 ta yangi mehmon uyi va kichik mehmonxona ochildi. Ularning aksariyati ichki hovlili, taʼmirlangan anʼanaviy uylarda joylashgan. Viloyat hokimligi maʼlumotiga koʻra, joylashtirish oʻrinlarining umumiy soni 11 500 taga yetdi. Biroq aprel, may va oktabr kabi eng qizgʻin oylarda koʻplab mehmonxonalar bir necha hafta oldin band qilinadi.",
        "> «Bizning maqsadimiz faqat koʻproq mehmon jalb qilish emas, balki Buxoroni odamlar yashaydigan va ishlaydigan jonli shahar sifatida saqlab qolishdir, — dedi viloyat turizm boshqarmasi boshligʻi Malika Sharipova. — Shuning uchun biz oilaviy mehmon uylari va hunarmandchilik ustaxonalarini qoʻllab-quvvatlaymiz, kunduzi eski shaharga turistik avtobuslar kirishini esa cheklaymiz».",
      ],
    },
    ru: {
      title: "Бухара приняла рекордное число иностранных туристов",
      lead: "За девять месяцев года город посетили более 720 тысяч иностранцев — на 31 процент больше, чем годом ранее.",
      body: [
        "За первые девять месяцев года Бухару посетили более 720 тысяч иностранных туристов. Это рекорд для города и на 31 процент больше, чем за тот же период прошлого года, сообщили в областном управлении по туризму. Больше всего гостей приехало из России, Казахстана, Турции, Германии и Франции, а число путешественников из Китая и Южной Кореи после запуска прямых рейсов выросло почти вдвое.",
        "Большинство гостей проводят в старом городе две-три ночи, осматривая крепость Арк, ансамбль Пои Калян и торговые купола. Чтобы распределить туристический поток, в городе разработали новые маршруты к загородным дворцам и садам, а также к ремесленным посёлкам вокруг Бухары, в том числе в Гиждуван, известный своей керамикой. В этом сезоне особенно популярны велосипедные экскурсии с гидом и вечерние прогулки с рассказчиками.",
        "Рост турпотока резко увеличил спрос на жильё для гостей. За последний год в историческом центре открылись 46 новых гостевых домов и небольших отелей, большинство — в отреставрированных традиционных домах с внутренними двориками. По данным областного хокимията, общее число мест для размещения достигло 11 500, однако в пиковые месяцы — апрель, май и октябрь — многие гостиницы бронируются за несколько недель.",
        "> «Наша цель — не только привлечь больше гостей, но и сохранить Бухару живым городом, где люди живут и работают, — сказала начальник областного управления по туризму Малика Шарипова. — Поэтому мы поддерживаем семейные гостевые дома и ремесленные мастерские, а въезд туристических автобусов в старый город в дневное время ограничиваем».",
      ],
    },
    en: {
      title: "Bukhara welcomes a record number of foreign tourists",
      lead: "More than 720,000 foreign visitors came to the city in the first nine months of the year, 31 percent more than a year earlier.",
      body: [
        "Bukhara received more than 720,000 foreign tourists in the first nine months of the year, a record for the city and 31 percent more than in the same period last year, the regional tourism department reported. The largest groups came from Russia, Kazakhstan, Türkiye, Germany and France, while the number of visitors from China and South Korea almost doubled after direct flights were launched.",
        "Most guests spend two or three nights in the old town, visiting the Ark fortress, the Poi Kalon ensemble and the trading domes. To spread the flow of visitors, the city has developed new routes to the palaces and gardens outside Bukhara and to nearby craft villages, including Gijduvon, known for its ceramics. Guided bicycle tours and evening walks with storytellers have become especially popular this season.",
        "The growth has sharply increased demand for accommodation. Over the past year, 46 new guest houses and small hotels have opened in the historical centre, most of them in restored traditional houses with inner courtyards. The regional administration says the total number of beds has reached 11,500, yet in the peak months of April, May and October many hotels are fully booked weeks in advance.",
        "> “Our goal is not only to attract more visitors but to keep Bukhara alive as a city where people live and work,” said Malika Sharipova, head of the regional tourism department. “That is why we support family-run guest houses and craft workshops, and limit tour buses entering the old town during the day.”",
      ],
    },
  },
  {
    category: "uzbekistan",
    hoursAgo: 90,
    tags: ["samarkand", "heritage", "tourism"],
    uz: {
      title: "Samarqandda taʼmirlangan XIX asr karvonsaroyi hunarmandlar markaziga aylandi",
      lead: "Oʻn yillar davomida yarim vayrona holda turgan binoda kulollar, kashtachilar va yogʻoch oʻymakorlarining 22 ta ustaxonasi ochildi.",
      body: [
        "Samarqandning eski shahar qismidagi XIX asrga oid Qoʻshhovuz karvonsaroyi uch yillik taʼmirdan soʻng qayta ochildi. Bir paytlar Buxorodan kelayotgan savdogarlar va ularning tuyalari toʻxtaydigan bu bino oʻn yillar davomida yarim vayrona holda turgan: gumbazlari qulagan, hovlisi esa ombor sifatida ishlatilgan edi. Endi bu yerda 22 ta ustaxona faoliyat yuritadi. Ularda kulollar, kashtachilar, yogʻoch oʻymakorlari va muqovachilar oʻz mahsulotlarini yaratib, sotmoqda.",
        "Samarqandlik va toshkentlik restavratorlar anʼanaviy materiallardan foydalandi: asl gʻisht oʻlchamida tayyorlangan pishiq gʻisht, ganch suvoq hamda qayragʻoch va terakdan yasalgan yogʻoch toʻsinlar. Ishlar boshlanishidan oldin arxeologlar poydevorni oʻrganib, XVIII–XIX asrlarga oid tangalar va sirlangan sopol buyumlar parchalarini topdi. Ular hozir kiraverishdagi kichik muzey xonasida namoyish etilmoqda.",
        "> «Biz imkon qadar kamroq oʻzgartirishga harakat qildik, — dedi taʼmirlash ishlariga rahbarlik qilgan meʼmor Anvar Qurbonov. — Eski devorlarni saqlab qolish mumkin boʻlgan joylarda ularni qayta qurmasdan, mustahkamladik. Bugun bu yerda ishlayotgan ustalar bir paytlar savdogarlar ipak va ziravorlarni saqlagan hujralarda ijod qilmoqda. Mehmonlar shunchaki esdalik sovgʻasi sotib olibgina qolmay, buyumlar qanday yaratilishini ham koʻrishi mumkin».",
        "Loyiha qariyb 38 milliard soʻmga tushdi. Uni viloyat hokimligi xalqaro madaniy merosni asrash jamgʻarmasi bilan hamkorlikda moliyalashtirdi. Dastlabki ikki yil davomida hunarmandlar kamaytirilgan ijara haqi toʻlaydi. Karvonsaroy har kuni soat 9:00 dan 20:00 gacha ochiq, kirish bepul. Kechqurunlari hovlida anʼanaviy musiqa konsertlari va bolalar uchun mahorat darslari oʻtkaziladi.",
      ],
    },
    ru: {
      title: "В Самарканде после реставрации открылся караван-сарай XIX века",
      lead: "В здании, которое десятилетиями стояло полуразрушенным, разместились 22 мастерские гончаров, вышивальщиц и резчиков по дереву.",
      body: [
        "В старом городе Самарканда после трёхлетней реставрации вновь открылся караван-сарай Кушхавуз — постоялый двор XIX века. Здание, где когда-то останавливались купцы со своими верблюдами на пути из Бухары, десятилетиями стояло полуразрушенным: купола обрушились, а двор использовался как склад. Теперь здесь работают 22 мастерские, в которых гончары, вышивальщицы, резчики по дереву и переплётчики создают и продают свои изделия.",
        "Реставраторы из Самарканда и Ташкента использовали традиционные материалы: жжёный кирпич, изготовленный по размерам оригинального, ганчевую штукатурку и деревянные балки из карагача и тополя. Перед началом работ археологи исследовали фундаменты и нашли монеты и фрагменты глазурованной керамики XVIII–XIX веков. Теперь они выставлены в небольшом музейном зале у входа.",
        "> «Мы старались менять как можно меньше, — рассказал архитектор Анвар Курбонов, руководивший реставрацией. — Там, где старые стены можно было спасти, мы их укрепляли, а не перестраивали. Мастера сегодня работают в тех же кельях, где торговцы когда-то хранили шёлк и пряности, и посетители могут увидеть, как создаются вещи, а не просто купить сувениры».",
        "Проект обошёлся примерно в 38 млрд сумов и был профинансирован областным хокимиятом совместно с международным фондом сохранения культурного наследия. Первые два года ремесленники платят сниженную арендную плату. Караван-сарай открыт ежедневно с 9:00 до 20:00, вход свободный, а по вечерам во дворе будут проходить концерты традиционной музыки и мастер-классы для детей.",
      ],
    },
    en: {
      title: "Restored 19th-century caravanserai reopens in Samarkand as a crafts centre",
      lead: "Twenty-two workshops for potters, embroiderers and woodcarvers have opened in the building, which had stood half-ruined for decades.",
      body: [
        "The Qoshhovuz caravanserai, a 19th-century inn in the old town of Samarkand, has reopened after a three-year restoration. The building, which once sheltered merchants and their camels on the road from Bukhara, had been half-ruined for decades: its domes had collapsed and the courtyard was used as a storage yard. It now houses 22 workshops where potters, embroiderers, woodcarvers and bookbinders make and sell their work.",
        "Restorers from Samarkand and Tashkent used traditional materials: fired bricks made to the original size, ganch plaster, and wooden beams of elm and poplar. Before the work began, archaeologists studied the foundations and found coins and fragments of glazed pottery from the 18th and 19th centuries. These are now displayed in a small museum room near the entrance.",
        "> “We tried to change as little as possible,” said Anvar Qurbonov, the architect who led the restoration. “Where the old walls could be saved, we strengthened them rather than rebuilding. The craftsmen working here today sit in the same cells where traders once stored silk and spices, and visitors can see how things are made, not just buy souvenirs.”",
        "The project cost about 38 billion soums and was financed by the regional administration together with an international cultural heritage foundation. For the first two years, artisans pay a reduced rent. The caravanserai is open daily from 9:00 to 20:00 and entry is free. In the evenings, the courtyard will host concerts of traditional music and master classes for children.",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Uzbekistan · schools
  {
    category: "uzbekistan",
    hoursAgo: 11,
    tags: ["education"],
    uz: {
      title: "1500 ta davlat maktabida dasturlash va robototexnika toʻgaraklari ochiladi",
      lead: "Taʼlim vazirligining dasturi 5–9-sinf oʻquvchilariga darsdan keyin dasturlash va robototexnika bilan bepul shugʻullanish imkonini beradi.",
      body: [
        "Yangi chorakdan boshlab Oʻzbekistondagi 1500 ta davlat maktabida dasturlash va robototexnika boʻyicha bepul toʻgaraklar ochiladi, deya maʼlum qildi Taʼlim vazirligi. Dastur 5–9-sinf oʻquvchilariga moʻljallangan boʻlib, mamlakatning barcha tumanlarini qamrab oladi. Bunda shu paytgacha bunday mashgʻulotlar deyarli boʻlmagan qishloq maktablariga ustuvorlik beriladi. Mashgʻulotlar haftasiga ikki marta, 90 daqiqadan oʻtkaziladi.",
        "Dasturda ishtirok etuvchi har bir maktab 15 ta noutbuk, robototexnika toʻplamlari va 3D-printer oladi. Umumiy qiymati qariyb 320 milliard soʻm boʻlgan uskunalar ochiq tenderlar orqali xarid qilinmoqda. Ilk yetkazib berishlar Namangan, Qashqadaryo va Xorazm viloyatlari maktablariga yetib bordi. Oʻquv dasturi kichik yoshdagi oʻquvchilar uchun vizual dasturlashdan boshlanib, asta-sekin Python tili va oddiy elektronikaga oʻtadi.",
        "Toʻgaraklarni olib borish uchun 3000 ga yaqin informatika, matematika va fizika oʻqituvchisi olti haftalik qayta tayyorlash kursida oʻqimoqda. Kursni muvaffaqiyatli tamomlagan pedagoglar ish haqiga 20 foizlik ustama oladi. Vazirlik, shuningdek, Toshkent va hududlardagi IT-parklar bilan kelishuvlar imzoladi. Ularning mutaxassislari maktablarga murabbiy sifatida borib, turli tumanlar jamoalari oʻrtasida musobaqalar tashkil etishga yordam beradi.",
        "> «Biz har bir bola dasturchi boʻlishini kutmayapmiz, — dedi vazirlikning maktabdan tashqari taʼlim boshqarmasi boshligʻi Shahnoza Yoʻldosheva. — Lekin mantiqiy fikrlash, jamoada ishlash va boshlangan loyihani oxiriga yetkazish koʻnikmasi har qanday kasbda kerak. Biz qishloq maktabidagi oʻquvchi ham poytaxtdagi tengdoshi bilan bir xil imkoniyatga ega boʻlishini istaymiz».",
        "Eng yaxshi jamoalar bahorda robototexnika boʻyicha milliy chempionatda ishtirok etadi. Gʻoliblar oʻz maktablari uchun uskunalar xarid qilishga grantlar hamda yozgi IT-lagerlarga taklifnomalar oladi. Ota-onalar farzandini toʻgarakka maktab orqali yoki vazirlikning taʼlim portalida yozdirishi mumkin. Birinchi yilda oʻrinlar soni cheklangan: har bir maktabda 30 nafar oʻquvchidan oshmaydi.",
      ],
    },
    ru: {
      title: "В 1500 государственных школах откроются кружки программирования и робототехники",
      lead: "Программа министерства образования позволит ученикам 5–9 классов бесплатно заниматься программированием и робототехникой после уроков.",
      body: [
        "С новой четверти в 1500 государственных школах Узбекистана откроются бесплатные кружки программирования и робототехники, сообщили в министерстве образования. Программа рассчитана на учеников 5–9 классов и охватит все районы страны, причём приоритет получат сельские школы, где подобных занятий до сих пор почти не было. Занятия будут проходить дважды в неделю по 90 минут.",
        "Каждая школа — участница программы получит 15 ноутбуков, наборы для робототехники и 3D-принтер. Оборудование общей стоимостью около 320 млрд сумов закупается через открытые тендеры; первые поставки уже дошли до школ Наманганской, Кашкадарьинской и Хорезмской областей. Обучение начинается с визуального программирования для младших учеников и постепенно переходит к языку Python и простой электронике.",
        "Около 3000 учителей информатики, математики и физики проходят шестинедельные курсы переподготовки, чтобы вести кружки. Педагоги, успешно завершившие обучение, будут получать надбавку к зарплате в размере 20 процентов. Министерство также подписало соглашения с IT-парками в Ташкенте и регионах: их специалисты будут приезжать в школы в качестве наставников и помогать организовывать соревнования между командами разных районов.",
        "> «Мы не ждём, что каждый ребёнок станет программистом, — сказала начальник управления внешкольного образования министерства Шахноза Юлдошева. — Но логическое мышление, умение работать в команде и доводить начатый проект до конца нужны в любой профессии. Мы хотим, чтобы у ученика сельской школы были те же возможности, что и у его сверстника в столице».",
        "Лучшие команды весной примут участие в национальном чемпионате по робототехнике. Победители получат гранты на закупку оборудования для своих школ и приглашения в летние IT-лагеря. Записать ребёнка в кружок родители могут через школу или на образовательном портале министерства. В первый год количество мест ограничено: не более 30 учеников в каждой школе.",
      ],
    },
    en: {
      title: "Coding and robotics clubs to open in 1,500 state schools",
      lead: "The Ministry of Education programme will give pupils in grades 5 to 9 free after-school classes in programming and robotics.",
      body: [
        "Free after-school clubs in programming and robotics will open in 1,500 state schools across Uzbekistan from the new term, the Ministry of Education announced. The programme is aimed at pupils in grades 5 to 9 and will cover every district of the country, with priority given to rural schools, where such activities have so far been rare. Classes will be held twice a week and last 90 minutes.",
        "Each participating school will receive 15 laptops, robotics kits and a 3D printer. The equipment, worth about 320 billion soums in total, is being purchased through open tenders, and the first deliveries have already reached schools in the Namangan, Kashkadarya and Khorezm regions. The course starts with visual programming for younger pupils and gradually moves on to Python and simple electronics.",
        "Around 3,000 teachers of computer science, mathematics and physics are taking a six-week retraining course to lead the clubs. Those who complete it will receive a 20 percent salary bonus. The ministry has also signed agreements with IT parks in Tashkent and the regions, whose specialists will visit schools as mentors and help organise contests between teams from different districts.",
        "> “We do not expect every child to become a programmer,” said Shahnoza Yuldosheva, head of the ministry's department for extracurricular education. “But logical thinking, teamwork and the ability to finish what you have started are needed in any profession. We want a pupil in a village school to have the same chances as one in the capital.”",
        "The best teams will take part in a national robotics championship in spring. Winners will receive grants to buy equipment for their schools and invitations to summer IT camps. Parents can sign their children up through the school or on the ministry's education portal. In the first year, places are limited to 30 pupils per school.",
      ],
    },
  },
  {
    category: "uzbekistan",
    hoursAgo: 60,
    tags: ["education", "karakalpakstan", "energy"],
    uz: {
      title: "Qoraqalpogʻistonda tomiga quyosh panellari oʻrnatilgan 14 ta maktab qurilmoqda",
      lead: "Yangi binolar 9800 nafar oʻquvchiga moʻljallangan boʻlib, respublikaning bir qator tumanlarida uch smenali oʻqishdan voz kechish imkonini beradi.",
      body: [
        "Qoraqalpogʻistonda jami 9800 oʻquvchiga moʻljallangan 14 ta yangi umumtaʼlim maktabi qurilishi davom etmoqda. Respublika Xalq taʼlimi vazirligi maʼlumotiga koʻra, obyektlarning aksariyati Nukus shahri hamda Toʻrtkoʻl, Beruniy va Ellikqalʼa tumanlarida barpo etilmoqda. Bu hududlarda aholi sonining oʻsishi tufayli ayrim maktablar hanuzgacha uch smenada ishlaydi, sinflarda esa 40 va undan ortiq bola oʻqiydi.",
        "Har bir bino quvvati 60 kilovattdan 100 kilovattgacha boʻlgan quyosh panellari bilan jihozlanmoqda. Ular kunduzi maktabning elektr energiyasiga boʻlgan ehtiyojining katta qismini qoplaydi. Mintaqaning issiq iqlimi hisobga olinib, devorlar issiqlik oʻtkazmaydigan qilib quriladi, zamonaviy shamollatish tizimi va soyali hovlilar nazarda tutilgan. Maktablarda sport zallari, oshxonalar, kutubxonalar hamda yangi laboratoriya uskunalari bilan jihozlangan kimyo va fizika xonalari boʻladi.",
        "Dasturning umumiy qiymati qariyb 780 milliard soʻmni tashkil etadi. Dastlabki beshta maktabni bahorgi chorak boshlanishidan oldin, qolganlarini esa yil oxirigacha foydalanishga topshirish rejalashtirilgan. Shu bilan birga, respublikada 60 ta amaldagi maktab taʼmirlanmoqda: tom, deraza va isitish tizimlari almashtirilmoqda, 23 ta qishloq maktabiga esa ilk bor ichimlik suvi quvuri tortilmoqda. Bundan tashqari, chekka tumanlarga ishlash uchun koʻchib keladigan pedagoglar uchun xizmat uylari quriladi.",
        "«Uch smena — bu bolalarning oxirgi darsi kechki soat yettida tugashi, qishda esa bu vaqtda allaqachon qorongʻi boʻlishi demakdir, — deydi Toʻrtkoʻldagi maktablardan birining direktori Gulnara Erejepova. — Yangi bino bizga ikki smenaga oʻtish va tushdan keyin toʻgaraklar ochish imkonini beradi. Ota-onalar buni bir necha yildan beri kutib kelmoqda».",
      ],
    },
    ru: {
      title: "В Каракалпакстане строят 14 школ с солнечными панелями на крышах",
      lead: "Новые здания рассчитаны на 9800 учеников и позволят отказаться от обучения в три смены в нескольких районах республики.",
      body: [
        "В Каракалпакстане продолжается строительство 14 новых общеобразовательных школ, рассчитанных в общей сложности на 9800 учеников. Как сообщили в министерстве народного образования республики, большинство объектов возводится в Нукусе, а также в Турткульском, Берунийском и Элликкалинском районах, где из-за роста населения часть школ до сих пор работает в три смены, а в классах занимаются по 40 и более детей.",
        "Каждое здание оснащается солнечными панелями мощностью от 60 до 100 киловатт, которые в дневное время покрывают большую часть потребностей школы в электроэнергии. С учётом жаркого климата региона стены делают с теплоизоляцией, предусмотрены современная вентиляция и затенённые дворы. В школах будут спортивные залы, столовые, библиотеки, а также кабинеты химии и физики с новым лабораторным оборудованием.",
        "Общая стоимость программы составляет около 780 млрд сумов. Первые пять школ планируется сдать до начала весенней четверти, остальные — до конца года. Параллельно в республике ремонтируют 60 действующих школ: меняют кровлю, окна и системы отопления, а в 23 сельские школы впервые проводят водопровод с питьевой водой. Кроме того, для педагогов, которые переезжают работать в отдалённые районы, построят служебное жильё.",
        "«Три смены — это когда последние уроки у детей заканчиваются в семь вечера, а зимой в это время уже темно, — говорит директор одной из школ Турткуля Гульнара Ережепова. — Новое здание позволит нам перейти на две смены и открыть кружки во второй половине дня. Родители ждут этого уже несколько лет».",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Uzbekistan · weather
  {
    category: "uzbekistan",
    hoursAgo: 7,
    tags: ["weather", "agriculture"],
    uz: {
      title: "Havo harorati 12 darajagacha pasayadi, ilk sovuqlar yaqinlashmoqda",
      lead: "Sinoptiklar keyingi uch kun ichida aksariyat hududlarda yomgʻir yogʻishini, hafta oxiriga borib esa Qoraqalpogʻiston va Xorazmda tungi sovuqlar boʻlishini kutmoqda.",
      body: [
        "Shimoli-gʻarbdan kirib kelayotgan sovuq havo oqimi keyingi uch kun ichida ob-havoni keskin oʻzgartiradi, deya xabar berdi milliy gidrometeorologiya xizmati. Shu hafta Toshkentda 27 darajaga yetgan kunduzgi harorat 14–16 darajagacha pasayishi, aksariyat hududlarda yomgʻir yogʻishi kutilmoqda. Toshkent va Surxondaryo viloyatlarining togʻli hududlarida dengiz sathidan 1800 metrdan yuqorida yomgʻir hoʻl qorga aylanishi mumkin.",
        "Hafta oxiriga borib Qoraqalpogʻiston va Xorazm viloyatida mavsumdagi ilk tungi sovuqlar kuzatilishi, harorat minus 2 darajagacha tushishi ehtimoli bor. Sinoptiklar fermerlarga qolgan paxtani terishni tezlashtirish, kechki sabzavotlar va issiqxonalardagi koʻchatlarni yopib qoʻyishni maslahat bermoqda. Fargʻona vodiysidagi bogʻ egalariga esa sovuq tushgunga qadar olma va xurmo hosilini yigʻib olish tavsiya etiladi.",
        "Yoʻl xizmatlari haydovchilarni togʻ dovonlarida, jumladan, Toshkent va Fargʻona vodiysi oʻrtasidagi yoʻlda joylashgan Qamchiq dovonida yoʻl sirpanchiq boʻlishi haqida ogohlantirdi. Haydovchilarga shinalarni tekshirish va tunda yoʻlga chiqmaslik tavsiya etiladi. Poytaxtdagi issiqlik taʼminoti korxonalari isitish mavsumi belgilangan muddatda boshlanishini maʼlum qildi: oʻrtacha sutkalik harorat besh kun davomida 10 darajadan past boʻlib tursa, shahar tarmogʻiga ulangan binolarga issiqlik beriladi.",
        "Xizmat maʼlumotiga koʻra, sovuq uzoq davom etmaydi. Kelgusi hafta oʻrtalaridan boshlab janubiy hududlarda va poytaxtda harorat yana 18–20 darajaga koʻtarilishi, havo quruq va asosan quyoshli boʻlishi kutilmoqda. Meteorologlarning qayd etishicha, bu yil kuz hozircha odatdagidan issiqroq va quruqroq kelmoqda, bu esa qish oldidan suv omborlarining toʻlishini sekinlashtirmoqda.",
      ],
    },
    en: {
      title: "Temperatures to drop by up to 12 degrees as first frosts approach",
      lead: "Forecasters expect rain in most regions over the next three days and night frosts in Karakalpakstan and Khorezm by the weekend.",
      body: [
        "A cold front moving in from the north-west will bring a sharp change in the weather over the next three days, the national hydrometeorological service said. Daytime temperatures, which reached 27 degrees in Tashkent this week, are expected to fall to 14–16 degrees, with rain forecast in most regions. In the mountainous parts of the Tashkent and Surkhandarya regions, rain may turn to wet snow above 1,800 metres.",
        "The first night frosts of the season are likely in Karakalpakstan and the Khorezm region by the weekend, with temperatures dropping to minus 2 degrees. Forecasters have advised farmers to speed up the picking of the remaining cotton and to cover late vegetables and seedlings in greenhouses. Orchard owners in the Fergana Valley are urged to finish harvesting apples and persimmons before the cold arrives.",
        "Road services have warned drivers about slippery surfaces on mountain passes, including the Kamchik pass on the road between Tashkent and the Fergana Valley. Motorists are advised to check their tyres and avoid travelling at night. Heating utilities in the capital said the heating season will begin on schedule: buildings connected to the city network will receive heat once the average daily temperature stays below 10 degrees for five days.",
        "According to the service, the cold snap will be short-lived. From the middle of next week, temperatures are expected to rise again to 18–20 degrees in the south and in the capital, with dry and mostly sunny weather. Meteorologists note that this autumn has so far been warmer and drier than usual, which has slowed the filling of reservoirs ahead of winter.",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Economy · banking and interest rates
  {
    category: "economy",
    hoursAgo: 3,
    tags: ["banking"],
    source: { name: "Xabar", url: "https://example.uz/economy/markaziy-bank-asosiy-stavka" },
    uz: {
      title: "Markaziy bank asosiy stavkani 14 foiz darajasida saqlab qoldi",
      lead: "Regulyator inflyatsiya sekinlashayotgan boʻlsa-da, hali yuqoriligicha qolayotganini asos qilib, stavkani ketma-ket uchinchi marta oʻzgarishsiz qoldirdi.",
      body: [
        "Oʻzbekiston Markaziy banki asosiy stavkani yillik 14 foiz darajasida saqlab qoldi. Bu haqda regulyator boshqaruv yigʻilishi yakunlari boʻyicha maʼlum qildi. Bu stavkani oʻzgarishsiz qoldirish toʻgʻrisidagi ketma-ket uchinchi qarordir. Bank maʼlumotlariga koʻra, oʻtgan oyda yillik inflyatsiya yil boshidagi 10,4 foizdan 9,6 foizgacha sekinlashdi. Biroq xizmatlar sohasi va oziq-ovqat bozorida narxlar bosimi yuqoriligicha qolmoqda.",
        "Markaziy bank bayonotida qayd etilishicha, oʻrta muddatli istiqbolda inflyatsiyani 5 foizlik maqsadli darajaga tushirish uchun qatʼiy pul-kredit sharoitlarini saqlab turish zarur. Regulyator kreditlash, ayniqsa, avtokreditlar va mikroqarzlar tez oʻsishda davom etayotganini, aholining isteʼmol xarajatlari esa xorijdan kelayotgan pul oʻtkazmalarining yuqori hajmi hisobiga qoʻllab-quvvatlanayotganini taʼkidladi. Bank fikricha, soʻmdagi jamgʻarmalarni ragʻbatlantirish uchun real foiz stavkalari ijobiy boʻlib qolishi kerak.",
        "> «Inflyatsiya toʻgʻri yoʻnalishda harakatlanayotganini koʻrib turibmiz, biroq siyosatni yumshatishga hali erta, — dedi matbuot anjumanida bankning pul-kredit siyosati departamenti direktori Rustam Ergashev. — Agar sekinlashuv davom etsa, aholi va biznesning inflyatsion kutilmalari yaxshilansa, boshqaruv kelgusi yilning birinchi yarmida stavkani pasaytirish masalasini koʻrib chiqishi mumkin».",
        "Tahlilchilar bu qarorni umuman kutgan edi. Bir qator tijorat banklari iqtisodchilarining fikricha, energiya resurslari narxlarini rejalashtirilgan tarzda oshirish oqibatlari aniq boʻlmaguncha regulyator ehtiyotkor yondashuvni saqlab qolishi ehtimoli yuqori. Markaziy bank boshqaruvining pul-kredit siyosati masalalari boʻyicha navbatdagi yigʻilishi olti haftadan soʻng boʻlib oʻtadi.",
      ],
    },
    ru: {
      title: "Центробанк сохранил основную ставку на уровне 14 процентов",
      lead: "Регулятор оставил ставку без изменений третье заседание подряд, сославшись на замедляющуюся, но всё ещё высокую инфляцию.",
      body: [
        "Центральный банк Узбекистана сохранил основную ставку на уровне 14 процентов годовых, сообщил регулятор по итогам заседания правления. Это уже третье подряд решение оставить ставку без изменений. По данным банка, в прошлом месяце годовая инфляция замедлилась до 9,6 процента против 10,4 процента в начале года, однако ценовое давление в сфере услуг и на продовольственном рынке остаётся высоким.",
        "В заявлении Центрального банка говорится, что сохранение жёстких денежно-кредитных условий необходимо для снижения инфляции до целевого уровня в 5 процентов в среднесрочной перспективе. Регулятор отметил, что кредитование продолжает быстро расти, особенно автокредиты и микрозаймы, а потребительские расходы населения поддерживаются большим объёмом денежных переводов из-за рубежа. По мнению банка, реальные процентные ставки должны оставаться положительными, чтобы стимулировать сбережения в сумах.",
        "> «Мы видим, что инфляция движется в правильном направлении, но смягчать политику пока рано, — заявил на пресс-конференции директор департамента денежно-кредитной политики банка Рустам Эргашев. — Если замедление продолжится, а инфляционные ожидания населения и бизнеса улучшатся, правление может рассмотреть снижение ставки в первой половине следующего года».",
        "Аналитики в целом ожидали такого решения. Экономисты ряда коммерческих банков отметили, что регулятор, скорее всего, сохранит осторожный подход, пока не станут ясны последствия запланированного повышения регулируемых цен на энергоносители. Следующее заседание правления Центрального банка по вопросам денежно-кредитной политики состоится через шесть недель.",
      ],
    },
    en: {
      title: "Central Bank keeps its key rate at 14 percent",
      lead: "The regulator left the rate unchanged for the third meeting in a row, citing inflation that is slowing but still elevated.",
      body: [
        "The Central Bank of Uzbekistan has kept its key rate at 14 percent a year, the regulator announced after a meeting of its board. It is the third consecutive decision to leave the rate unchanged. According to the bank, annual inflation slowed to 9.6 percent last month from 10.4 percent at the start of the year, but price pressures in services and on the food market remain high.",
        "In its statement, the Central Bank said that tight monetary conditions are needed to bring inflation down to its 5 percent target over the medium term. The regulator noted that lending continues to grow quickly, especially car loans and microloans, and that household spending is being supported by large remittances from abroad. Real interest rates, the bank said, should stay positive to encourage saving in soums.",
        "> “We see inflation moving in the right direction, but it is too early to ease policy,” Rustam Ergashev, director of the bank's monetary policy department, told a press conference. “If the slowdown continues and the inflation expectations of households and businesses improve, the board may consider lowering the rate in the first half of next year.”",
        "Analysts had widely expected the decision. Economists at several commercial banks said the regulator is likely to stay cautious until the effects of the planned increases in regulated energy prices become clear. The next meeting of the Central Bank's board on monetary policy will take place in six weeks.",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 28,
    tags: ["banking"],
    uz: {
      title: "Soʻmdagi omonatlar uchdan bir qismga oshdi, banklar uzoq muddatli stavkalarni tushirmoqda",
      lead: "Milliy valyutadagi jamgʻarmalar 118 trillion soʻmga yetdi, bir nechta yirik bank esa ikki yil va undan uzoq muddatli omonatlar boʻyicha stavkalarni pasaytirdi.",
      body: [
        "Markaziy bank statistikasiga koʻra, soʻnggi oʻn ikki oyda aholining milliy valyutadagi omonatlari 34 foizga oʻsib, 118 trillion soʻmga yetdi. Xorijiy valyutadagi depozitlar ancha sekin — 6 foizga oʻsdi va ularning aholi jamgʻarmalari umumiy hajmidagi ulushi soʻnggi oʻn yildagi eng past darajaga tushdi. Bankirlar bu oʻzgarishni soʻmdagi omonatlar boʻyicha yuqori stavkalar va barqaror almashuv kursi bilan izohlamoqda.",
        "Shu bilan birga, bir qator yirik tijorat banklari uzoq muddatli omonatlar boʻyicha stavkalarni pasaytira boshladi. Oʻtgan bir oy ichida kamida beshta bank ikki va uch yillik depozitlar boʻyicha stavkalarni 0,5–1,5 foiz bandga tushirib, yillik 19–21 foizga keltirdi. Bir yilgacha boʻlgan qisqa muddatli omonatlar boʻyicha stavkalar esa hozircha oʻzgarmay, 20–23 foiz darajasida qolmoqda.",
        "«Banklar asosiy stavka kelgusi yilda pasayishni boshlashini kutmoqda va uch yil oldinga qimmat mablagʻ jalb qilishni istamayapti, — deya tushuntirdi Toshkentdagi broker kompaniyalaridan birining moliyaviy tahlilchisi Dilnoza Hamidova. — Omonatchilar uchun bu bir ishora: agar yuqori stavkani uzoq muddatga qayd etib qoʻymoqchi boʻlsangiz, hozir buning ayni vaqti boʻlsa kerak».",
        "Omonatchilar uchun raqobat tobora koʻproq onlayn makonga koʻchmoqda. Hozir yangi depozitlarning 60 foizdan ortigʻi mobil bank ilovalari orqali ochilmoqda, ayrim banklar esa masofadan rasmiylashtirilgan omonatlar uchun yuqoriroq stavka taklif qilmoqda. Oʻzbekistonda jismoniy shaxslarning omonatlari miqdoridan qatʼi nazar, davlat omonatlarni kafolatlash fondi tomonidan toʻliq hajmda kafolatlanadi. Bu ham bank tizimiga boʻlgan ishonchni mustahkamlaydi.",
      ],
    },
    ru: {
      title: "Сумовые вклады выросли на треть, банки снижают ставки по долгим депозитам",
      lead: "Сбережения в национальной валюте достигли 118 трлн сумов, а несколько крупных банков понизили ставки по вкладам сроком от двух лет.",
      body: [
        "За последние двенадцать месяцев вклады населения в национальной валюте выросли на 34 процента и достигли 118 трлн сумов, свидетельствует статистика Центрального банка. Депозиты в иностранной валюте росли значительно медленнее — на 6 процентов, и их доля в общем объёме сбережений населения опустилась до минимума за десять лет. Банкиры объясняют этот сдвиг высокими ставками по сумовым вкладам и стабильным обменным курсом.",
        "Вместе с тем ряд крупнейших коммерческих банков начал снижать ставки по долгосрочным вкладам. За последний месяц по меньшей мере пять банков понизили ставки по двух- и трёхлетним депозитам на 0,5–1,5 процентного пункта — до 19–21 процента годовых. Ставки по краткосрочным вкладам сроком до одного года пока остаются прежними — на уровне 20–23 процентов.",
        "«Банки ожидают, что основная ставка начнёт снижаться в следующем году, и не хотят фиксировать дорогое фондирование на три года вперёд, — пояснила финансовый аналитик одной из ташкентских брокерских компаний Дилноза Хамидова. — Для вкладчиков это сигнал: если вы хотите зафиксировать высокую ставку на долгий срок, сейчас, вероятно, самое время».",
        "Конкуренция за вкладчиков всё больше переходит в онлайн. Более 60 процентов новых депозитов сейчас открываются через мобильные банковские приложения, а некоторые банки предлагают повышенные ставки по вкладам, оформленным дистанционно. Вклады физических лиц в Узбекистане в полном объёме гарантируются государственным фондом гарантирования вкладов независимо от их размера, что также поддерживает доверие к банковской системе.",
      ],
    },
    en: {
      title: "Soum deposits grow by a third as banks trim long-term rates",
      lead: "Household savings in the national currency reached 118 trillion soums, while several large banks cut rates on deposits of two years or more.",
      body: [
        "Household deposits in the national currency have grown by 34 percent over the past twelve months to 118 trillion soums, according to Central Bank statistics. Deposits in foreign currency grew much more slowly, by 6 percent, and their share of total household savings fell to its lowest level in a decade. Bankers attribute the shift to high rates on soum deposits and a stable exchange rate.",
        "At the same time, several of the largest commercial banks have started to trim rates on long-term deposits. Over the past month, at least five banks have cut rates on two- and three-year deposits by 0.5 to 1.5 percentage points, to 19–21 percent a year. Rates on short-term deposits of up to one year have so far stayed unchanged, at 20–23 percent.",
        "“Banks expect the key rate to start falling next year and do not want to lock in expensive funding for three years ahead,” said Dilnoza Hamidova, a financial analyst at a Tashkent brokerage. “For depositors, this is a signal: if you want to fix a high rate for a long period, now is probably the time to do it.”",
        "Competition for savers is increasingly moving online. More than 60 percent of new deposits are now opened through mobile banking apps, and some banks offer higher rates on deposits opened remotely. Deposits of individuals in Uzbekistan are guaranteed in full by the state deposit guarantee fund, whatever their size, which also supports confidence in the banking system.",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 44,
    tags: ["banking", "agriculture", "water"],
    source: { name: "Iqtisod sharhi" },
    uz: {
      title: "Banklar fermerlarga suv tejovchi texnologiyalar uchun 4 trillion soʻm ajratadi",
      lead: "Yangi kredit liniyasi doirasida qarzlar yetti yilgacha muddatga yillik 12 foizdan, toʻlovlar boʻyicha bir yillik imtiyozli davr bilan beriladi.",
      body: [
        "Kelgusi bir yil davomida tijorat banklari suv tejovchi texnologiyalar uchun yangi kredit liniyasi doirasida fermerlar va qishloq xoʻjaligi klasterlariga 4 trillion soʻm imtiyozli kredit ajratadi, deya maʼlum qildi Qishloq xoʻjaligi vazirligi. Mablagʻlar tomchilatib va yomgʻirlatib sugʻorish, yerlarni lazer yordamida tekislash, issiqxonalar va kichik suv havzalari qurishga moʻljallangan. Arizalar dasturda ishtirok etayotgan toʻqqizta bank filiallarida qabul qilinmoqda.",
        "Kreditlar boʻyicha stavka yillik 12 foizni tashkil etadi, bu Markaziy bankning asosiy stavkasidan ikki foiz band past. Qarzlar bir yillik imtiyozli davr bilan yetti yilgacha muddatga beriladi. Bozor va imtiyozli stavkalar oʻrtasidagi farq qishloq xoʻjaligini davlat tomonidan qoʻllab-quvvatlash jamgʻarmasi hisobidan qoplanadi. Suv tanqisligi keskin boʻlgan hududlar — Qoraqalpogʻiston, Xorazm va Buxoro viloyatlari fermerlarining arizalari birinchi navbatda koʻrib chiqiladi.",
        "Bankirlarning taʼkidlashicha, yangi texnologiyalarga birinchilardan boʻlib oʻtgan xoʻjaliklarning natijalari maʼlum boʻlgach, bunday kreditlarga talab keskin oshdi. Fermerlarni kreditlaydigan eng yirik banklardan birining maʼlumotiga koʻra, tomchilatib sugʻorish tizimini oʻrnatgan fermerlar orasida muammoli kreditlar ulushi 2 foizdan kam. Qishloq xoʻjaligi portfeli boʻyicha umumiy koʻrsatkich esa qariyb 5 foizni tashkil etadi. Sababi oddiy: yuqori hosildorlik qarzni toʻlashni osonlashtiradi.",
        "Qarz olishni soddalashtirish uchun banklar moliyalashtirilayotgan uskunaning oʻzini va kelajakdagi hosil boʻyicha shartnomalarni garov sifatida qabul qiladi. 10 gektargacha yerga ega kichik xoʻjaliklar esa filialga bormasdan mobil ilova orqali ariza topshira oladi. Vazirlik kredit liniyasi yana 150 ming gektar yerni suv tejovchi sugʻorishga oʻtkazish va yiliga qariyb 600 million kub metr suvni tejash imkonini berishini kutmoqda.",
      ],
    },
    ru: {
      title: "Банки выделят фермерам 4 трлн сумов на водосберегающие технологии",
      lead: "Новая кредитная линия предусматривает займы под 12 процентов годовых сроком до семи лет с годовой отсрочкой платежей.",
      body: [
        "В течение следующего года коммерческие банки выделят фермерам и агрокластерам 4 трлн сумов льготных кредитов в рамках новой кредитной линии на водосберегающие технологии, сообщило министерство сельского хозяйства. Средства предназначены для капельного и дождевального орошения, лазерной планировки земель, строительства теплиц и небольших водоёмов. Заявки уже принимаются в филиалах девяти банков — участников программы.",
        "Ставка по кредитам составит 12 процентов годовых, что на два процентных пункта ниже основной ставки Центрального банка. Займы выдаются на срок до семи лет с годовым льготным периодом. Разница между рыночной и льготной ставками будет компенсироваться из государственного фонда поддержки сельского хозяйства. В первую очередь рассмотрят заявки фермеров из регионов с острой нехваткой воды — Каракалпакстана, Хорезмской и Бухарской областей.",
        "Банкиры отмечают, что спрос на такие кредиты резко вырос, после того как стали известны результаты первых хозяйств, перешедших на новые технологии. По данным одного из крупнейших банков, кредитующих аграриев, доля проблемных кредитов среди фермеров, установивших капельное орошение, составляет менее 2 процентов, тогда как по аграрному портфелю в целом — почти 5 процентов. Причина проста: более высокая урожайность облегчает выплаты.",
        "Чтобы упростить доступ к займам, банки будут принимать в залог само финансируемое оборудование и контракты на будущий урожай, а небольшие хозяйства площадью до 10 гектаров смогут подать заявку через мобильное приложение, не посещая филиал. В министерстве ожидают, что кредитная линия поможет перевести на водосберегающее орошение ещё 150 тысяч гектаров и экономить около 600 млн кубометров воды в год.",
      ],
    },
    en: {
      title: "Banks to lend 4 trillion soums to farmers for water-saving technology",
      lead: "The new credit line offers loans at 12 percent a year for up to seven years, with a one-year grace period on repayments.",
      body: [
        "Commercial banks will lend 4 trillion soums on preferential terms to farmers and agricultural clusters over the next year under a new credit line for water-saving technologies, the Ministry of Agriculture announced. The money is intended for drip and sprinkler irrigation, laser land levelling, greenhouses and small water reservoirs. Applications are already being accepted at branches of the nine participating banks.",
        "The loans carry an interest rate of 12 percent a year, two percentage points below the Central Bank's key rate, and can be taken for up to seven years with a one-year grace period. The difference between market and preferential rates will be covered by the state agricultural support fund. Applications from farmers in regions with acute water shortages — Karakalpakstan and the Khorezm and Bukhara regions — will be considered first.",
        "Bankers say demand for such loans has risen sharply as the results of early adopters have become known. According to one of the largest agricultural lenders, the share of non-performing loans among farmers who installed drip irrigation is below 2 percent, compared with almost 5 percent across the agricultural portfolio as a whole. The reason is simple: higher yields make repayments easier.",
        "To simplify access, banks will accept the financed equipment itself and contracts for future harvests as collateral, and small farms of up to 10 hectares will be able to apply through a mobile app without visiting a branch. The ministry expects the credit line to help convert another 150,000 hectares to water-saving irrigation and save around 600 million cubic metres of water a year.",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Economy · solar and wind energy
  {
    category: "economy",
    hoursAgo: 8,
    tags: ["energy", "bukhara", "climate"],
    source: { name: "Xabar", url: "https://example.uz/economy/buxoro-quyosh-elektr-stansiyasi" },
    uz: {
      title: "Buxoro viloyatida 500 megavattlik quyosh elektr stansiyasi ishga tushdi",
      lead: "Xorijiy investor qurgan stansiya yiliga qariyb 1,1 milliard kilovatt-soat elektr energiyasi ishlab chiqaradi, bu taxminan 400 ming xonadon uchun yetarli.",
      body: [
        "Buxoro viloyatining Jondor tumanidagi quvvati 500 megavatt boʻlgan quyosh elektr stansiyasi yagona energetika tizimiga elektr energiyasi yetkazib bera boshladi, deya xabar berdi Energetika vazirligi. 1000 gektar choʻl hududida joylashgan stansiya 900 mingdan ortiq fotoelektr paneldan iborat. U yiliga qariyb 1,1 milliard kilovatt-soat elektr energiyasi ishlab chiqarishi kutilmoqda. Bu taxminan 400 ming xonadonni taʼminlash uchun yetarli.",
        "Xorijiy investor obyektni davlat tarmoq kompaniyasi bilan tuzilgan 25 yillik elektr energiyasini xarid qilish shartnomasi asosida 19 oyda qurdi. Kompaniya elektr energiyasini kilovatt-soati uchun taxminan 3,9 AQSH senti miqdoridagi qatʼiy narxda sotib oladi. Investitsiyalarning umumiy hajmi 420 million dollarga baholanmoqda. Stansiya tarkibida sigʻimi 250 megavatt-soat boʻlgan energiya jamlash tizimi ham bor. U kunduzi ishlab chiqarilgan energiyaning bir qismini kechki tigʻiz soatlarda tarmoqqa uzatish imkonini beradi.",
        "Vazirlik maʼlumotiga koʻra, stansiya har yili issiqlik elektr stansiyalarida yoqiladigan qariyb 300 million kub metr tabiiy gazni tejash va karbonat angidrid chiqindilarini taxminan 500 ming tonnaga qisqartirish imkonini beradi. Hozir Oʻzbekistonning oʻrnatilgan ishlab chiqarish quvvatlarida qayta tiklanuvchi manbalar ulushi qariyb 18 foizni tashkil etadi. Hukumat oʻn yillik oxirigacha bu ulushni 40 foizga yetkazishni maqsad qilgan.",
        "Qurilish ishlarida Jondor va qoʻshni tumanlardan 1200 ga yaqin kishi band boʻldi, ulardan 80 nafari stansiyada doimiy ishlab qoladi. Investor, shuningdek, 14 kilometr mahalliy yoʻlni taʼmirladi va yaqin atrofdagi ikki qishloqqa suv quvuri tortdi. Panellar haftasiga bir marta juda kam suv sarflaydigan robotlashtirilgan tizim yordamida tozalanadi. Bu qurgʻoqchil hudud uchun ayniqsa muhim.",
      ],
    },
    ru: {
      title: "Солнечная электростанция мощностью 500 МВт заработала в Бухарской области",
      lead: "Станция, построенная иностранным инвестором, будет вырабатывать около 1,1 млрд киловатт-часов в год — этого хватит примерно для 400 тысяч домохозяйств.",
      body: [
        "Солнечная электростанция мощностью 500 мегаватт в Жондорском районе Бухарской области начала поставлять электроэнергию в единую энергосистему, сообщило министерство энергетики. Станция, занимающая 1000 гектаров пустынных земель, состоит из более чем 900 тысяч фотоэлектрических панелей. Ожидается, что она будет вырабатывать около 1,1 млрд киловатт-часов в год, чего достаточно для обеспечения примерно 400 тысяч домохозяйств.",
        "Иностранный инвестор построил объект за 19 месяцев в рамках 25-летнего соглашения о закупке электроэнергии с государственной сетевой компанией, которая будет покупать электричество по фиксированной цене около 3,9 цента США за киловатт-час. Общий объём инвестиций оценивается в 420 млн долларов. В состав станции входит также система накопления энергии ёмкостью 250 мегаватт-часов, которая позволяет отдавать часть дневной выработки в сеть в вечерний пик.",
        "По данным министерства, станция позволит ежегодно экономить около 300 млн кубометров природного газа, который иначе сжигался бы на тепловых электростанциях, и сократить выбросы углекислого газа примерно на 500 тысяч тонн. Сейчас на возобновляемые источники приходится около 18 процентов установленной генерирующей мощности Узбекистана, а правительство намерено к концу десятилетия довести эту долю до 40 процентов.",
        "На строительстве было занято около 1200 жителей Жондорского и соседних районов, 80 из них останутся работать на станции на постоянной основе. Инвестор также отремонтировал 14 километров местной дороги и проложил водопровод к двум близлежащим кишлакам. Раз в неделю панели очищает роботизированная система, которая расходует совсем немного воды, что особенно важно для засушливого региона.",
      ],
    },
    en: {
      title: "500-megawatt solar power plant starts supplying electricity in Bukhara region",
      lead: "The plant, built by a foreign investor, will produce about 1.1 billion kilowatt-hours a year, enough for roughly 400,000 households.",
      body: [
        "A 500-megawatt solar power plant in the Jondor district of the Bukhara region has started supplying electricity to the national grid, the Ministry of Energy reported. Spread over 1,000 hectares of desert land, the plant consists of more than 900,000 photovoltaic panels. It is expected to generate about 1.1 billion kilowatt-hours a year, enough to supply roughly 400,000 households.",
        "A foreign investor built the plant in 19 months under a 25-year power purchase agreement with the state grid company, which will buy its electricity at a fixed price of about 3.9 US cents per kilowatt-hour. Total investment is estimated at 420 million dollars. The plant also includes a battery storage system of 250 megawatt-hours, which allows part of the daytime output to be delivered to the grid during the evening peak.",
        "According to the ministry, the plant will save around 300 million cubic metres of natural gas a year that would otherwise be burned at thermal power stations, and cut carbon dioxide emissions by about 500,000 tonnes. Renewable sources now account for about 18 percent of Uzbekistan's installed generating capacity, and the government aims to raise this share to 40 percent by the end of the decade.",
        "About 1,200 people from Jondor and neighbouring districts worked on the construction, and 80 of them will stay on as permanent staff. The investor has also repaired 14 kilometres of local road and built a water pipeline to two nearby villages. Once a week, the panels are cleaned by a robotic system that uses very little water, which matters a great deal in this arid region.",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 35,
    tags: ["energy", "karakalpakstan", "climate"],
    uz: {
      title: "Qoraqalpogʻistonda 600 megavattlik shamol stansiyasining ilk turbinalari oʻrnatildi",
      lead: "Qoʻngʻirot yaqinidagi shamol elektr stansiyasi 100 ta turbinadan iborat boʻladi va taxminan ikki yildan soʻng toʻliq quvvat bilan ishlay boshlaydi.",
      body: [
        "Qoraqalpogʻistonning Qoʻngʻirot tumanida qurilayotgan quvvati 600 megavatt boʻlgan shamol elektr stansiyasida dastlabki sakkizta turbina oʻrnatildi, deya xabar berdi respublika energetika boshqarmasi. Loyiha yakunlangach, stansiya har birining quvvati 6 megavatt boʻlgan 100 ta turbinadan iborat boʻladi. Ularning minoralari balandligi 120 metr, parraklari uzunligi esa qariyb 80 metr. Toʻliq quvvatga taxminan ikki yilda chiqish kutilmoqda, ilk turbinalar esa kelgusi bahorda elektr energiyasi ishlab chiqara boshlaydi.",
        "Maydon uch yil davomida olib borilgan shamol oʻlchovlari natijasida tanlandi. Oʻlchovlar shamolning oʻrtacha tezligi sekundiga 7 metrdan oshishini koʻrsatdi, bu mamlakatdagi eng qulay sharoitlardan biri hisoblanadi. Quyosh stansiyalaridan farqli oʻlaroq, mintaqadagi shamol turbinalari energiyaning katta qismini tunda va qishda ishlab chiqaradi. Aynan shu paytda elektr energiyasiga talab yuqori, quyosh panellarining unumdorligi esa past boʻladi. Shu bois ikki texnologiya yagona energetika tizimida bir-birini toʻldiradi.",
        "Shamol stansiyasi kuchlanishi 220 kilovolt boʻlgan yangi podstansiya va uzunligi 90 kilometrlik elektr uzatish liniyasi orqali tarmoqqa ulanadi. Bu, shuningdek, qishda elektr taʼminotida tez-tez uzilishlar boʻlib turadigan Qoraqalpogʻiston shimolidagi tumanlarda energiya taʼminoti ishonchliligini oshiradi. Energetika boshqarmasi hisob-kitobiga koʻra, stansiya yiliga qariyb 2 milliard kilovatt-soat elektr energiyasi ishlab chiqaradi.",
        "Mahalliy hokimlik loyiha Orol dengizining qurishidan jiddiy zarar koʻrgan mintaqaga yangi ish oʻrinlari olib kelishiga umid qilmoqda. Hozir qurilish maydonida 700 ga yaqin kishi ishlamoqda, ularning yarmi Qoʻngʻirot va Moʻynoq aholisi. Nukusdagi oʻquv markazi turbinalarga xizmat koʻrsatadigan texniklarni tayyorlashni boshladi. Ornitologlar qushlarning migratsiya yoʻllarini kuzatib bormoqda: katta galalar yaqinlashganda turbinalar avtomatik ravishda toʻxtatilishi mumkin.",
      ],
    },
    ru: {
      title: "В Каракалпакстане установлены первые турбины ветровой электростанции на 600 МВт",
      lead: "Ветропарк под Кунградом будет состоять из 100 турбин и выйдет на полную мощность примерно через два года.",
      body: [
        "Строители установили первые восемь турбин на ветровой электростанции мощностью 600 мегаватт, которую возводят в Кунградском районе Каракалпакстана, сообщили в республиканском управлении энергетики. После завершения проекта ветропарк будет состоять из 100 турбин мощностью по 6 мегаватт с башнями высотой 120 метров и лопастями длиной почти 80 метров. Выход на полную мощность ожидается примерно через два года, а первые турбины начнут вырабатывать электроэнергию следующей весной.",
        "Площадку выбрали по итогам трёхлетних замеров ветра, которые показали среднюю скорость более 7 метров в секунду — это одни из лучших условий в стране. В отличие от солнечных станций, ветровые турбины в регионе вырабатывают значительную часть энергии ночью и зимой, когда спрос на электричество высок, а выработка солнечных панелей низка. Благодаря этому две технологии дополняют друг друга в единой энергосистеме.",
        "Ветропарк подключат к сети через новую подстанцию напряжением 220 киловольт и линию электропередачи протяжённостью 90 километров. Это также повысит надёжность электроснабжения районов на севере Каракалпакстана, где зимой часто случаются отключения. По оценке управления энергетики, станция будет вырабатывать около 2 млрд киловатт-часов в год.",
        "Местные власти надеются, что проект принесёт новые рабочие места в регион, сильно пострадавший от высыхания Аральского моря. Сейчас на площадке заняты около 700 человек, половина из них — жители Кунграда и Муйнака, а учебный центр в Нукусе начал готовить техников для обслуживания турбин. Орнитологи наблюдают за путями миграции птиц: при приближении больших стай турбины могут автоматически останавливаться.",
      ],
    },
    en: {
      title: "First turbines installed at a 600-megawatt wind farm in Karakalpakstan",
      lead: "The wind farm in the Kungrad district will consist of 100 turbines and is due to reach full capacity in about two years.",
      body: [
        "Engineers have installed the first eight turbines at a 600-megawatt wind farm under construction in the Kungrad district of Karakalpakstan, the republic's energy department said. When completed, the project will consist of 100 turbines of 6 megawatts each, with towers 120 metres high and blades almost 80 metres long. Full capacity is expected in about two years, and the first turbines should start generating electricity next spring.",
        "The site was chosen after three years of wind measurements, which showed average speeds of more than 7 metres per second — among the best conditions in the country. Unlike solar plants, wind turbines in the region produce much of their power at night and in winter, when demand for electricity is high and output from solar panels is low. This means the two technologies complement each other in the national grid.",
        "The wind farm will be connected to the grid through a new 220-kilovolt substation and a 90-kilometre transmission line. This will also make the power supply more reliable in the districts of northern Karakalpakstan, where outages are frequent in winter. The energy department estimates that the plant will produce about 2 billion kilowatt-hours a year.",
        "Local authorities hope the project will bring new jobs to a region hit hard by the shrinking of the Aral Sea. About 700 people currently work on the site, half of them from Kungrad and Muynak, and a training centre in Nukus has begun preparing technicians to maintain the turbines. Ornithologists are monitoring bird migration routes, and the turbines can be stopped automatically when large flocks approach.",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 100,
    tags: ["energy", "banking"],
    uz: {
      title: "Tomiga quyosh paneli oʻrnatayotgan xonadonlar soni ortmoqda",
      lead: "Hozir 48 mingdan ortiq xonadon ortiqcha elektr energiyasini tarmoqqa sotmoqda, koʻp qavatli uylar aholisi uchun esa yangi subsidiya bosqichi boshlanadi.",
      body: [
        "Tomdagi quyosh panellari ishlab chiqargan ortiqcha elektr energiyasini tarmoqqa sotayotgan xonadonlar soni 48 mingdan oshdi. Davlat elektr taʼminoti kompaniyasi maʼlumotiga koʻra, bu bir yil oldingiga qaraganda deyarli uch baravar koʻp. Qurilmalarning aksariyati 3 kilovattdan 10 kilovattgacha quvvatga ega boʻlib, Toshkent, Samarqand, Fargʻona va Qashqadaryo viloyatlaridagi xususiy uylarda oʻrnatilgan. Bu hududlarda yiliga qariyb 300 kun quyoshli boʻladi.",
        "Tarmoq hisobi tizimiga koʻra, xonadonlar tarmoqdan olgan va unga bergan elektr energiyasi oʻrtasidagi farq uchungina haq toʻlaydi. Agar uy bir oy davomida isteʼmol qilganidan koʻproq energiya ishlab chiqarsa, ortiqcha qismini taʼminot kompaniyasi xuddi shu tarif boʻyicha sotib oladi. Panel egalarining aytishicha, 5 kilovattlik odatiy tizim taxminan 35 million soʻm turadi va olti-yetti yilda oʻzini oqlaydi.",
        "Davlat xarajatlarning bir qismini ham qoplaydi: xonadonlar uskuna narxining 30 foizigacha miqdorida subsidiya oladi, banklar esa quyosh panellari uchun pasaytirilgan stavkalarda isteʼmol kreditlari taklif qilmoqda. Kelgusi oydan boshlab koʻp qavatli uylar aholisi xususiy uy-joy mulkdorlari shirkatlari orqali birgalikda ariza berib, umumiy tomga panel oʻrnatishi va bu elektr energiyasidan liftlar, yoritish va suv nasoslari uchun foydalanishi mumkin boʻladi.",
        "Energetika mutaxassislarining qayd etishicha, tomdagi panellar yozda, konditsionerlar sabab talab rekord darajaga chiqqan paytda mahalliy tarmoqlarga tushadigan yukni kamaytiradi. Biroq ular aholini faqat sertifikatlangan oʻrnatuvchilar xizmatidan foydalanishga chaqiradi: bu yil bir necha holatda notoʻgʻri ulangan invertorlar qoʻshni uylarda kuchlanish bilan bogʻliq muammolarga sabab boʻlgan. Sertifikatlangan kompaniyalar roʻyxati energiya taʼminoti kompaniyasining saytida eʼlon qilingan.",
      ],
    },
    en: {
      title: "More households install rooftop solar panels as net metering expands",
      lead: "Over 48,000 homes now sell surplus electricity to the grid, and a new round of subsidies opens for residents of apartment buildings.",
      body: [
        "The number of households selling surplus electricity from rooftop solar panels to the grid has passed 48,000, almost three times more than a year ago, according to the state electricity supply company. Most installations have a capacity of 3 to 10 kilowatts and are fitted on private houses in the Tashkent, Samarkand, Fergana and Kashkadarya regions, which enjoy about 300 sunny days a year.",
        "Under the net metering scheme, households pay only for the difference between the electricity they take from the grid and the electricity they supply to it. When a home produces more than it consumes in a month, the supply company buys the surplus at the same tariff. Owners say a typical 5-kilowatt system costs about 35 million soums and pays for itself in six to seven years.",
        "The state also covers part of the cost: households receive a subsidy of up to 30 percent of the price of the equipment, and banks offer consumer loans for solar panels at reduced rates. From next month, residents of apartment buildings will be able to apply jointly through their homeowners' associations to install panels on shared roofs and use the electricity for lifts, lighting and water pumps.",
        "Energy specialists note that rooftop panels ease the load on local networks in summer, when air conditioners push demand to record levels. However, they urge residents to use only certified installers: in several cases this year, badly connected inverters caused voltage problems in neighbouring homes. A list of certified companies is published on the website of the energy supply company.",
      ],
    },
  },
  // ---------------------------------------------------------------------------------------------
  // Economy · trade, exports and harvests
  {
    category: "economy",
    hoursAgo: 20,
    tags: ["trade", "tashkent"],
    source: { name: "Toshkent haqiqati" },
    ru: {
      title: "На промышленной ярмарке в Ташкенте подписаны сделки на 2,3 млрд долларов",
      lead: "В четырёхдневной выставке, завершившейся накануне, приняли участие более 900 компаний из 34 стран.",
      body: [
        "Международная промышленная ярмарка в Ташкенте завершилась вчера подписанием соглашений на общую сумму 2,3 млрд долларов, сообщили организаторы. За четыре дня более 900 компаний из 34 стран представили оборудование, строительные материалы, текстиль, продукты питания и электротехнику, а выставочные залы посетили около 45 тысяч человек. Крупнейшие иностранные делегации прибыли из Китая, Турции, России, Казахстана и Южной Кореи.",
        "На экспортные контракты пришлось около 1,4 млрд долларов. Крупнейшие сделки заключили узбекские производители медного кабеля, хлопковой пряжи, готовой одежды и переработанных фруктов — в основном с покупателями из соседних стран Центральной Азии, Афганистана и Восточной Европы. Остальные соглашения касаются импорта оборудования и совместных проектов, в том числе завода бытовой техники в Ташкентской области и фабрики упаковки в Джизаке.",
        "Впервые на ярмарке работал отдельный павильон для малого и среднего бизнеса из регионов, где 140 компаний выставлялись бесплатно. Производитель керамической плитки из Самаркандской области рассказал, что подписал свой первый экспортный контракт — с покупателем из Кыргызстана, — а также получил запросы от компаний из Азербайджана и Грузии.",
        "«Три года назад большинство посетителей приходили посмотреть, теперь они приходят подписывать, — сказал заместитель директора компании — организатора выставки Отабек Салимов. — Компании привозят юристов и специалистов по логистике, а банки открывают прямо на площадке стойки для оформления торгового финансирования. В следующем году мы планируем добавить павильон сельхозтехники и ирригационных технологий».",
      ],
    },
    en: {
      title: "Tashkent industrial fair closes with deals worth 2.3 billion dollars",
      lead: "More than 900 companies from 34 countries took part in the four-day exhibition, which ended yesterday.",
      body: [
        "The international industrial fair in Tashkent closed yesterday with agreements worth a total of 2.3 billion US dollars, the organisers said. Over four days, more than 900 companies from 34 countries presented machinery, building materials, textiles, food products and electrical equipment, and the exhibition halls received about 45,000 visitors. The largest foreign delegations came from China, Türkiye, Russia, Kazakhstan and South Korea.",
        "Export contracts accounted for about 1.4 billion dollars of the total. Uzbek producers of copper cable, cotton yarn, ready-made garments and processed fruit signed the largest deals, mainly with buyers from neighbouring Central Asian countries, Afghanistan and Eastern Europe. The remaining agreements cover imports of equipment and joint projects, including a household appliance plant in the Tashkent region and a packaging factory in Jizzakh.",
        "For the first time, the fair had a separate pavilion for small and medium-sized businesses from the regions, where 140 companies exhibited free of charge. A ceramic tile manufacturer from the Samarkand region said it had signed its first export contract, with a buyer from Kyrgyzstan, and had also received enquiries from companies in Azerbaijan and Georgia.",
        "“Three years ago most visitors came to look; now they come to sign,” said Otabek Salimov, deputy director of the company that organises the exhibition. “Companies bring their lawyers and logistics managers, and banks set up desks on site to arrange trade finance. Next year we plan to add a pavilion for agricultural machinery and irrigation technology.”",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 46,
    tags: ["trade", "agriculture"],
    source: { name: "Xabar", url: "https://example.uz/economy/meva-sabzavot-eksporti" },
    uz: {
      title: "Meva-sabzavot eksporti toʻqqiz oyda 22 foizga oshdi",
      lead: "Eksport hajmi 1,9 milliard dollarga yetdi, oʻsishni quritilgan mevalar, gilos va uzum hamda Fors koʻrfazi va Yevropadagi yangi bozorlar taʼminladi.",
      body: [
        "Milliy statistika qoʻmitasi maʼlumotlariga koʻra, yilning dastlabki toʻqqiz oyida Oʻzbekiston 1,9 milliard dollarlik meva-sabzavot mahsulotlarini eksport qildi. Bu oʻtgan yilning shu davriga nisbatan 22 foiz koʻp. Natural ifodada eksport 15 foizga oʻsib, 1,4 million tonnaga yetdi. Bu farq qimmatroq mahsulotlar — quritilgan mevalar, yongʻoqlar va aviareyslar orqali joʻnatiladigan yangi uzilgan gilos ulushi ortgani bilan izohlanadi.",
        "Uzum, gilos, oʻrik va piyoz asosiy eksport mahsulotlari boʻlib qoldi, quritilgan mevalar va yongʻoqlar esa qariyb 420 million dollar daromad keltirdi. Eng yirik xaridorlar Qozogʻiston, Rossiya, Xitoy va Qirgʻiziston boʻldi. Shu bilan birga, eksportchilar Birlashgan Arab Amirliklari, Germaniya va Polshaga sotuvlarni oshirdi. Bu mamlakatlarda supermarketlar tarmoqlari oʻzbek turshagi va mayizi bilan tobora koʻproq qiziqmoqda.",
        "Eksportchilarning aytishicha, logistika muammolari boʻlmaganida oʻsish bundan ham yuqori boʻlardi. Yozgi mavsum avjida ayrim chegara postlarida yuk mashinalari toʻrt sutkagacha navbat kutib turdi, refrijerator konteynerlar esa yetishmadi. Hukumat kelgusi yilda Samarqand va Fargʻona viloyatlarida sovitish omborlariga ega ikkita yangi agrologistika markazini ochish va refrijerator vagonlarda tashishni kengaytirishni vaʼda qildi.",
        "Fermerlar xorijiy bozorlarning qatʼiyroq talablariga ham moslashmoqda. Oʻtgan bir yil ichida 600 dan ortiq xoʻjalik yaxshi qishloq xoʻjaligi amaliyoti boʻyicha xalqaro sertifikatlarni oldi. Toshkent va Namangandagi laboratoriyalar esa mahsulotlarni Yevropa standartlari asosida pestitsid qoldiqlariga tekshirishni boshladi. Eksportchilar bu qadamlar Yevropa Ittifoqi chakana savdo tarmoqlariga yanada kengroq yoʻl ochishiga umid qilmoqda.",
      ],
    },
    ru: {
      title: "Экспорт плодоовощной продукции за девять месяцев вырос на 22 процента",
      lead: "Поставки достигли 1,9 млрд долларов; рост обеспечили сухофрукты, черешня и виноград, а также новые рынки в странах Персидского залива и Европы.",
      body: [
        "За первые девять месяцев года Узбекистан экспортировал плодоовощную продукцию на 1,9 млрд долларов, что на 22 процента больше, чем за тот же период прошлого года, сообщает национальный комитет по статистике. В натуральном выражении экспорт вырос на 15 процентов — до 1,4 млн тонн. Разница объясняется ростом доли более дорогой продукции: сухофруктов, орехов и свежей черешни, которую отправляют авиарейсами.",
        "Основными экспортными позициями остались виноград, черешня, абрикосы и лук, а сухофрукты и орехи принесли около 420 млн долларов. Крупнейшими покупателями стали Казахстан, Россия, Китай и Кыргызстан, однако экспортёры нарастили продажи в Объединённые Арабские Эмираты, Германию и Польшу, где сети супермаркетов проявляют растущий интерес к узбекской кураге и изюму.",
        "По словам экспортёров, рост мог бы быть больше, если бы не проблемы с логистикой. В разгар летнего сезона грузовики простаивали на некоторых пограничных переходах до четырёх суток, а рефрижераторных контейнеров не хватало. Правительство пообещало в следующем году открыть два новых агрологистических центра с холодильными складами в Самаркандской и Ферганской областях и расширить перевозки в вагонах-рефрижераторах.",
        "Фермеры также приспосабливаются к более строгим требованиям зарубежных рынков. За последний год более 600 хозяйств получили международные сертификаты надлежащей сельскохозяйственной практики, а лаборатории в Ташкенте и Намангане начали проверять продукцию на остатки пестицидов по европейским стандартам. Экспортёры рассчитывают, что эти шаги откроют им более широкий доступ к торговым сетям Европейского союза.",
      ],
    },
    en: {
      title: "Fruit and vegetable exports rise 22 percent in nine months",
      lead: "Shipments reached 1.9 billion dollars, driven by dried fruit, cherries and grapes and by new markets in the Gulf and Europe.",
      body: [
        "Uzbekistan exported fruit and vegetables worth 1.9 billion US dollars in the first nine months of the year, 22 percent more than in the same period last year, according to the national statistics committee. In physical terms, exports grew by 15 percent to 1.4 million tonnes. The difference reflects a growing share of higher-value products such as dried fruit, nuts and fresh cherries shipped by air.",
        "Grapes, cherries, apricots and onions remained the main export items, while dried fruit and nuts brought in about 420 million dollars. Kazakhstan, Russia, China and Kyrgyzstan were the largest buyers, but exporters increased their sales to the United Arab Emirates, Germany and Poland, where supermarket chains are showing growing interest in Uzbek dried apricots and raisins.",
        "Exporters say growth would have been even stronger without logistics problems. At the height of the summer season, lorries waited for up to four days at some border crossings, and refrigerated containers were in short supply. The government has promised to open two new agrologistics centres with cold storage in the Samarkand and Fergana regions next year and to expand transport in refrigerated rail wagons.",
        "Farmers are also adapting to stricter requirements in foreign markets. Over the past year, more than 600 farms have received international certificates of good agricultural practice, and laboratories in Tashkent and Namangan have begun testing produce for pesticide residues according to European standards. Exporters hope these steps will open wider access to retail chains in the European Union.",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 70,
    tags: ["agriculture", "water"],
    uz: {
      title: "Fermerlar 1,1 million gektar maydonda kuzgi bugʻdoy ekishni boshladi",
      lead: "Qishloq xoʻjaligi vazirligi kelgusi yilda qariyb 6,9 million tonna gʻalla hosili olishni kutmoqda, maydonlarning beshdan bir qismiga qurgʻoqchilikka chidamli yangi navlar ekiladi.",
      body: [
        "Oʻzbekiston boʻylab fermerlar kelgusi yil hosili uchun kuzgi bugʻdoy ekishga kirishdi, deya xabar berdi Qishloq xoʻjaligi vazirligi. Oy oxirigacha qariyb 1,1 million gektar maydonga, asosan, paxta terimidan boʻshagan dalalarga urugʻ qadaladi. Vazirlik taxminan 6,9 million tonna gʻalla yetishtirishni moʻljallamoqda. Bu joriy yilgidan biroz koʻp: bu yil hosildorlik gektariga oʻrtacha 6,1 tonnani tashkil etgan edi.",
        "Maydonlarning qariyb beshdan bir qismiga Qashqadaryo viloyatidagi ilmiy-tadqiqot institutida yaratilgan qurgʻoqchilikka chidamli yangi navlar ekiladi. Soʻnggi uch mavsumda oʻtkazilgan dala sinovlarida bu navlar odatdagidan bir-ikki marta kam sugʻorilganda ham barqaror hosil berdi. Suv omborlarida suv sathi past boʻlgan hozirgi sharoitda bu ayniqsa muhim. Urugʻchilik xoʻjaliklari 230 ming gektar uchun yetarli miqdorda sertifikatlangan urugʻ tayyorlanganini maʼlum qildi.",
        "Vazirlik fermerlarni ekish ishlarini oʻz vaqtida yakunlashga chaqirdi, chunki noyabr oʻrtalaridan keyin ekilgan bugʻdoy koʻpincha ildiz otib ulgurmasdan sovuqdan zarar koʻradi. Barcha tumanlarga tuproq tayyorlash va urugʻlarni dorilash ishlarini tekshiruvchi agronomlar yuborildi. Paxta terimi hali davom etayotgan joylarda vaqtni tejash uchun fermerlarga bugʻdoyni toʻgʻridan-toʻgʻri gʻoʻza qator oralariga ekishga ruxsat berilgan.",
        "Yoqilgʻi va oʻgʻit taʼminoti oldindan hal qilingan. Fermerlar dizel yoqilgʻisini elektron platforma orqali birja narxlarida sotib olishi mumkin, mineral oʻgʻitlar esa tumanlarga viloyat omborlari orqali yetkazib beriladi. Klasterlar bilan tuzilgan gʻalla shartnomalari boʻyicha banklar kelajakdagi hosil qiymatining 60 foizigacha miqdorida avans toʻlaydi. Bu fermerlarga kuzgi mavsum uchun zarur aylanma mablagʻni taqdim etadi.",
      ],
    },
    ru: {
      title: "Фермеры начали сев озимой пшеницы на 1,1 млн гектаров",
      lead: "Минсельхоз ожидает в следующем году урожай зерна около 6,9 млн тонн; новые засухоустойчивые сорта займут пятую часть площадей.",
      body: [
        "Фермеры по всему Узбекистану приступили к севу озимой пшеницы под урожай следующего года, сообщило министерство сельского хозяйства. До конца месяца предстоит засеять около 1,1 млн гектаров, в основном на полях, освободившихся после уборки хлопка. В министерстве рассчитывают получить около 6,9 млн тонн зерна — чуть больше, чем в этом году, когда урожайность составила в среднем 6,1 тонны с гектара.",
        "Около пятой части площадей засеют новыми засухоустойчивыми сортами, выведенными в научно-исследовательском институте в Кашкадарьинской области. В полевых испытаниях на протяжении последних трёх сезонов эти сорта давали стабильный урожай даже при одном-двух поливах меньше обычного, что особенно важно при нынешнем низком уровне воды в водохранилищах. Семеноводческие хозяйства сообщают, что подготовили достаточно сертифицированных семян для 230 тысяч гектаров.",
        "Министерство призвало фермеров завершить сев в срок, поскольку пшеница, посеянная после середины ноября, часто страдает от заморозков, не успев укорениться. Во все районы направлены агрономы, которые проверяют подготовку почвы и протравливание семян. Там, где уборка хлопка ещё продолжается, фермерам разрешено сеять пшеницу прямо в междурядья хлопчатника, чтобы сэкономить время.",
        "Поставки топлива и удобрений обеспечены заранее. Фермеры могут покупать дизельное топливо по биржевым ценам через электронную платформу, а минеральные удобрения будут доставляться в районы через областные склады. По зерновым контрактам с кластерами банки выплатят аванс в размере до 60 процентов стоимости будущего урожая, что даст фермерам необходимые оборотные средства на осенний сезон.",
      ],
    },
    en: {
      title: "Farmers begin sowing winter wheat on 1.1 million hectares",
      lead: "The Ministry of Agriculture expects a grain harvest of about 6.9 million tonnes next year, with new drought-tolerant varieties planted on a fifth of the area.",
      body: [
        "Farmers across Uzbekistan have begun sowing winter wheat for next year's harvest, the Ministry of Agriculture said. About 1.1 million hectares are to be sown by the end of the month, mostly on fields freed up after the cotton harvest. The ministry expects a grain harvest of about 6.9 million tonnes, slightly more than this year, when yields averaged 6.1 tonnes per hectare.",
        "About a fifth of the area will be planted with new drought-tolerant varieties developed at a research institute in the Kashkadarya region. In field trials over the past three seasons, these varieties gave stable yields even with one or two fewer irrigations than usual, which is especially important given today's low levels in reservoirs. Seed farms say they have prepared enough certified seed to cover 230,000 hectares.",
        "The ministry has urged farmers to finish sowing on time, since wheat planted after mid-November often suffers from frost before it can take root. Agronomists have been sent to every district to check soil preparation and seed treatment. Where the cotton harvest is still under way, farmers are allowed to sow wheat directly between the cotton rows to save time.",
        "Supplies of fuel and fertiliser have been secured in advance. Farmers can buy diesel at exchange prices through an electronic platform, and mineral fertilisers will be delivered to districts through regional warehouses. Under grain contracts with clusters, banks will pay advances of up to 60 percent of the value of the future harvest, giving farmers the working capital they need for the autumn season.",
      ],
    },
  },
  {
    category: "economy",
    hoursAgo: 115,
    tags: ["agriculture", "trade", "fergana"],
    uz: {
      title: "Vodiy klasterlari 1 million tonnadan ortiq paxta xomashyosi yigʻib oldi",
      lead: "Hosilning deyarli barchasi mamlakat ichida qayta ishlanadi, eksportda esa tayyor toʻqimachilik mahsulotlarining ulushi oʻsishda davom etmoqda.",
      body: [
        "Fargʻona, Andijon va Namangan viloyatlaridagi paxta-toʻqimachilik klasterlari terimning asosiy bosqichini yakunlab, 1 million tonnadan ortiq paxta xomashyosi yigʻib oldi. Toʻqimachilik mahsulotlari ishlab chiqaruvchilari uyushmasi maʼlumotiga koʻra, vodiyda oʻrtacha hosildorlik gektariga 38 sentnerni tashkil etdi, bu oʻtgan yilgidan 3 sentner koʻp. Hosilning 40 foizdan ortigʻi paxta terish mashinalari yordamida yigʻildi, holbuki besh yil oldin ularning ulushi 10 foizdan oshmagan edi.",
        "Yigʻib olingan paxtaning deyarli barchasi mahalliy korxonalarda qayta ishlanadi. Vodiyda 74 ta yigiruv va toʻquv fabrikasi hamda ip kalava, trikotaj mato, jinsi gazlama va tayyor kiyim ishlab chiqaradigan yuzlab tikuvchilik sexlari faoliyat yuritadi. Uyushma maʼlumotlariga koʻra, toʻqqiz oyda uch viloyatdan toʻqimachilik mahsulotlari eksporti 1,1 milliard dollardan oshdi. Bu summaning qariyb yarmi ip kalavaga emas, tayyor mahsulotlarga toʻgʻri keldi.",
        "Klasterlar barqaror ishlab chiqarish boʻyicha xalqaro standartlarga tobora faolroq oʻtmoqda. Bu mavsumda vodiydagi 19 ta korxona majburiy mehnat yoʻqligini hamda suv va kimyoviy moddalardan masʼuliyat bilan foydalanilishini tasdiqlovchi sertifikatlashdan oʻtdi. Bu ularga ilgari oʻzbek paxtasidan qochib kelgan yirik Yevropa kiyim-kechak brendlarining buyurtmalariga yoʻl ochadi.",
        "Shunga qaramay, soha qiyinchiliklarga ham duch kelmoqda. Ishlab chiqaruvchilar elektr energiyasi narxining oshishi hamda malakali texnologlar va tikuvchilar yetishmasligidan shikoyat qilmoqda. Kadrlar masalasini hal etish uchun klasterlar koʻmagida Fargʻona va Qoʻqonda ikkita oʻquv markazi ochildi. Ularda uch oy ichida tikuv uskunalari operatorlari tayyorlanadi, bitiruvchilarni esa ish bilan taʼminlash kafolatlanadi.",
      ],
    },
    ru: {
      title: "Кластеры Ферганской долины собрали более 1 млн тонн хлопка-сырца",
      lead: "Почти весь урожай будет переработан внутри страны, а доля готовой текстильной продукции в экспорте продолжает расти.",
      body: [
        "Хлопково-текстильные кластеры Ферганской, Андижанской и Наманганской областей завершили основной этап уборки, собрав более 1 млн тонн хлопка-сырца. Как сообщили в ассоциации производителей текстильной продукции, средняя урожайность в долине составила 38 центнеров с гектара — на 3 центнера больше, чем в прошлом году. Более 40 процентов урожая собрано хлопкоуборочными машинами, тогда как пять лет назад их доля не превышала 10 процентов.",
        "Почти весь собранный хлопок будет переработан на местных предприятиях. В долине работают 74 прядильные и ткацкие фабрики, а также сотни швейных цехов, которые производят пряжу, трикотажное полотно, джинсовую ткань и готовую одежду. По данным ассоциации, за девять месяцев экспорт текстильной продукции из трёх областей превысил 1,1 млрд долларов, причём почти половина этой суммы пришлась на готовые изделия, а не на пряжу.",
        "Кластеры всё активнее переходят на международные стандарты устойчивого производства. В этом сезоне 19 предприятий долины прошли сертификацию, подтверждающую отсутствие принудительного труда и ответственное использование воды и химикатов. Это открывает им доступ к заказам крупных европейских брендов одежды, которые раньше избегали узбекского хлопка.",
        "Вместе с тем отрасль сталкивается и с трудностями. Производители жалуются на рост стоимости электроэнергии и нехватку квалифицированных технологов и швей. Чтобы решить кадровый вопрос, при поддержке кластеров в Фергане и Коканде открылись два учебных центра, где за три месяца готовят операторов швейного оборудования, а выпускникам гарантируют трудоустройство.",
      ],
    },
  },
];
