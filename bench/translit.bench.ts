/**
 * `npm run bench:translit`: Uzbek Latin ⇄ Cyrillic throughput on 10 MB of text (UTF-8 bytes of
 * the input), both ways, with the word memo (as the product runs) and without it (the letter
 * rules alone), plus the HTML variant. Goal: ≥ 20 MB/s each way. The text is the demo stories'
 * Uzbek (titles, leads, paragraphs) in a seeded random order, with URLs and numbers mixed in.
 */
import { DEMO_STORIES } from "../src/cli/demo/seed.js";
import { toCyrillic, toLatin, transliterateHtml } from "../src/lang/translit.js";

const TARGET_BYTES = 10 * 1024 * 1024;

function corpus(): string {
  const paragraphs = DEMO_STORIES.flatMap((story) => (story.uz ? [story.uz.title, story.uz.lead, ...story.uz.body] : []));
  paragraphs.push("Batafsil: https://example.uz/yangiliklar/2026/11/25, savollar uchun info@example.uz, @xabar_uz.");
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)] ?? "";
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 1;
  }
  return parts.join("\n");
}

function measure(label: string, input: string, convert: (text: string) => string): void {
  const megabytes = Buffer.byteLength(input) / (1024 * 1024);
  convert(input.slice(0, 100_000)); // warm up
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    convert(input);
    runs.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  const best = Math.min(...runs);
  console.log(`${label.padEnd(36)} ${megabytes.toFixed(1)} MB in ${best.toFixed(3)} s  →  ${(megabytes / best).toFixed(1)} MB/s`);
}

const latin = corpus();
const cyrillic = toCyrillic(latin);
const cyrillicInput = cyrillic.slice(0, Math.floor(cyrillic.length * (TARGET_BYTES / Buffer.byteLength(cyrillic))));
const words = new Set(latin.split(/[^\p{L}\u02BB\u02BC]+/u)).size;
console.log(`Uzbek transliteration, node ${process.version}; text: demo stories' Uzbek, ${words.toLocaleString("en")} distinct words`);
measure("Latin → Cyrillic", latin, (text) => toCyrillic(text));
measure("Cyrillic → Latin", cyrillicInput, (text) => toLatin(text));
measure("Latin → Cyrillic, no word memo", latin, (text) => toCyrillic(text, { memo: false }));
measure("Cyrillic → Latin, no word memo", cyrillicInput, (text) => toLatin(text, { memo: false }));
const html = latin
  .split("\n")
  .map((p) => `<p>${p} <a href="https://example.uz">manba</a></p>`)
  .join("\n");
measure("HTML Latin → Cyrillic", html, (text) => transliterateHtml(text, "cyrl"));
