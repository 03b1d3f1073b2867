/**
 * `npm run bench:feeds`: how long the feeds and sitemaps take to render, uncached, at scale.
 *
 * A fresh temporary DATA_DIR (SQLite) filled by `xabar bench-data --articles N` (default 100,000),
 * one Xabar in this process with PAGE_CACHE=0, and each document asked for `--repeat` times
 * (default 20) through app.inject, one after the other: a locale feed (RSS, Atom, JSON; full text
 * and not), a category feed, the sitemap index, the largest month file and the Google News
 * sitemap. Prints the median and the slowest time per render, the size and the URL count.
 * Nothing leaves the machine (weather points at a closed local port).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateContent } from "./site-content.js";
import { xabarEnv } from "./site-servers.js";

const { values } = parseArgs({
  options: { articles: { type: "string", default: "100000" }, repeat: { type: "string", default: "20" } },
});
const ARTICLES = Number(values.articles);
const REPEAT = Number(values.repeat);

interface Row {
  what: string;
  path: string;
  medianMs: number;
  maxMs: number;
  kb: number;
  items: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "xabar-feeds-bench-"));
  try {
    const started = Date.now();
    const env = { ...xabarEnv(dir, 0, { SEED_DEMO: "0" }), SITE_URL: "https://bench.example" };
    console.log(await generateContent(ARTICLES, env));
    console.log(`bench-data: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const rows: Row[] = [];
    for (const fullText of [false, true]) {
      const [{ start }, { loadConfig }] = await Promise.all([import("../src/app/start.js"), import("../src/config.js")]);
      const running = await start(loadConfig({ ...env, PAGE_CACHE: "0", FEED_FULL_TEXT: fullText ? "1" : "0", LOG_LEVEL: "warn" }));
      try {
        const app = running.xabar.app;
        const measure = async (what: string, path: string, count: (body: string) => number) => {
          const times: number[] = [];
          let body = "";
          for (let i = 0; i < REPEAT; i++) {
            const t0 = performance.now();
            const response = await app.inject({ url: path });
            times.push(performance.now() - t0);
            if (response.statusCode !== 200) throw new Error(`${path} answered ${response.statusCode}`);
            body = response.body;
          }
          rows.push({ what, path, medianMs: median(times), maxMs: Math.max(...times), kb: Buffer.byteLength(body) / 1024, items: count(body) });
          return body;
        };
        const xmlItems = (tag: string) => (body: string) => body.split(`<${tag}>`).length - 1;
        const label = fullText ? "full text" : "excerpt";
        await measure(`locale feed RSS (${label})`, "/uz/rss.xml", xmlItems("item"));
        await measure(`locale feed Atom (${label})`, "/ru/atom.xml", xmlItems("entry"));
        await measure(`locale feed JSON (${label})`, "/en/feed.json", (body) => (JSON.parse(body) as { items: unknown[] }).items.length);
        await measure(`category feed RSS (${label})`, "/uz/sport/rss.xml", xmlItems("item"));
        if (fullText) continue;
        const index = await measure("sitemap index", "/sitemap.xml", xmlItems("sitemap"));
        // The largest month: the one whose second part exists, else any; part 1 is always full-size then.
        const months = [...index.matchAll(/<loc>https:\/\/bench\.example(\/sitemaps\/articles-[\d-]+\.xml)<\/loc>/g)].map((m) => m[1] ?? "");
        const split = months.find((m) => /-\d{4}-\d{2}-2\.xml$/.test(m));
        const biggest = split ? split.replace(/-2\.xml$/, ".xml") : (months.at(-2) ?? months[0] ?? "");
        await measure(`month sitemap ${biggest.slice("/sitemaps/".length)}`, biggest, xmlItems("url"));
        await measure("Google News sitemap", "/sitemap-news.xml", xmlItems("url"));
      } finally {
        await running.stop();
      }
    }
    console.log(`\n${ARTICLES.toLocaleString("en")} articles, SQLite, uncached (PAGE_CACHE=0), ${REPEAT} renders each, through app.inject\n`);
    console.log(`${"document".padEnd(44)} ${"median ms".padStart(10)} ${"max ms".padStart(8)} ${"KB".padStart(8)} ${"entries".padStart(8)}`);
    for (const r of rows) {
      console.log(
        `${r.what.padEnd(44)} ${r.medianMs.toFixed(1).padStart(10)} ${r.maxMs.toFixed(1).padStart(8)} ${r.kb.toFixed(0).padStart(8)} ${String(r.items).padStart(8)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
