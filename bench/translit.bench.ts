/**
 * `npm run bench:translit`: Uzbek Latin ⇄ Cyrillic throughput on 10 MB of text (UTF-8 bytes of
 * the input), both ways, plus the HTML variant. Goal: ≥ 20 MB/s each way.
 */
import { toCyrillic, toLatin, transliterateHtml } from "../src/lang/translit.js";

const SENTENCES = [
  "Toshkentda havo bugun iliq boʻladi, kechasi harorat 5 darajagacha pasayadi.",
  "Yangi maktab oʻquvchilar uchun eshiklarini ochdi va 1200 nafar bolani qabul qildi.",
  "Samarqand viloyatida paxta hosili yigʻib olindi, reja 104 foizga bajarildi.",
  "Ertaga ertalab yomgʻir yogʻishi kutilmoqda, shamol janubi-sharqdan esadi.",
  "Isʼhoq aka poyezdda Buxoroga ketdi; sayohat 3 soat 40 daqiqa davom etdi.",
  "Oʻzbekiston terma jamoasi gʻalaba qozondi va saralashda yetakchilikni saqladi!",
  "15 sentabrda Xalqaro festival boshlanadi, unda 30 dan ortiq mamlakat ishtirok etadi.",
  "Batafsil maʼlumot https://example.uz/yangiliklar sahifasida, savollar info@example.uz manziliga.",
  "Sunʼiy intellekt oʻzbek tilini oʻrganmoqda: model 2 milliard soʻzdan iborat matnda oʻqitildi.",
  "Yevropa va Osiyo oʻrtasidagi savdo yoʻli kengaydi, yuk tashish hajmi 18 foizga oshdi.",
  "Qishloq xoʻjaligi vazirligi suvni tejash boʻyicha yigʻilish oʻtkazdi.",
  "Shahar hokimligi yangi bogʻ qurishni rejalashtirmoqda; loyiha qiymati 45 mlrd soʻm.",
];

const TARGET_BYTES = 10 * 1024 * 1024;

function corpus(): string {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)] as string;
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence) + 1;
    if (random() < 0.15) parts.push("\n");
  }
  return parts.join(" ");
}

function measure(label: string, input: string, convert: (text: string) => string): string {
  const megabytes = Buffer.byteLength(input) / (1024 * 1024);
  convert(input.slice(0, 100_000)); // warm up
  const runs: number[] = [];
  let output = "";
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    output = convert(input);
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const best = Math.min(...runs);
  console.log(`${label.padEnd(28)} ${megabytes.toFixed(1)} MB in ${best.toFixed(3)} s  →  ${(megabytes / best).toFixed(1)} MB/s`);
  return output;
}

const latin = corpus();
const cyrillic = toCyrillic(latin);
const cyrillicInput = cyrillic.slice(0, Math.floor(cyrillic.length * (TARGET_BYTES / Buffer.byteLength(cyrillic))));
console.log(`Uzbek transliteration, node ${process.version}`);
measure("Latin → Cyrillic", latin, toCyrillic);
measure("Cyrillic → Latin", cyrillicInput, toLatin);
const html = latin.split("\n").map((p) => `<p>${p}<a href="https://example.uz">manba</a></p>`).join("\n");
measure("HTML Latin → Cyrillic", html, (text) => transliterateHtml(text, "cyrl"));
