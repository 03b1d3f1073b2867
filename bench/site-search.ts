/**
 * The search part of `npm run bench`: readers' queries on /{lc}/search?q= and /api/v1/search,
 * rotating over 62 queries (one and two words of the generated content's vocabularies in all
 * four locales, Uzbek Cyrillic included, a word no article has, and a hostile one), so no
 * answer repeats itself for long. Goal (issue 11): p99 < 20 ms at 10 connections on 100k articles.
 */
import { WORDS } from "../src/cli/bench-data/words.js";
import { toCyrillic } from "../src/lang/translit.js";
import type { Measured, Scenario } from "./site-load.js";
import type { Target } from "./site-servers.js";

export const GOAL_SEARCH_P99_MS = 20;
const PAGE_LABEL = "7 search page /{lc}/search?q=";
const API_LABEL = "7b search API /api/v1/search?q=&locale=";

/** Every `step`-th word (so the list spans the vocabulary), alone or with the next one. */
function pick(words: readonly string[], count: number, step: number, pairs: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const at = (i * step) % words.length;
    out.push(pairs ? `${words[at]} ${words[(at + 1) % words.length]}` : (words[at] ?? ""));
  }
  return out;
}

/** The queries: [locale, text]. */
export function benchQueries(): Array<[string, string]> {
  const queries: Array<[string, string]> = [];
  for (const [locale, words] of [
    ["uz", WORDS.uz],
    ["oz", WORDS.uz.map((w) => toCyrillic(w))],
    ["ru", WORDS.ru],
    ["en", WORDS.en],
  ] as const) {
    for (const q of pick(words, 10, 7, false)) queries.push([locale, q]);
    for (const q of pick(words, 5, 11, true)) queries.push([locale, q]);
  }
  queries.push(["en", "zebra"], ["uz", `"toshkent* NEAR( -OR ' 1=1`]);
  return queries;
}

export function searchScenarios(target: Target): Scenario[] {
  const queries = benchQueries();
  const page = queries.map(([locale, q]) => `/${locale}/search?q=${encodeURIComponent(q)}`);
  const api = queries.map(([locale, q]) => `/api/v1/search?q=${encodeURIComponent(q)}&locale=${locale}`);
  return [
    { label: `${PAGE_LABEL} (${page.length} queries, 4 locales)`, target, path: page[0] ?? "/", paths: page },
    { label: `${API_LABEL} (the same queries, JSON)`, target, path: api[0] ?? "/", paths: api },
  ];
}

/** The goal row of the report: the search page's p99 (what a reader waits for), the API's beside it. */
export function searchGoalRow(results: Measured[], verdict: (ok: boolean) => string): string[] | undefined {
  const page = results.find((r) => r.scenario.label.startsWith(PAGE_LABEL));
  const api = results.find((r) => r.scenario.label.startsWith(API_LABEL));
  if (!page) return undefined;
  // Answers that were not 200s (429s, 503s) cost less than a search: such a figure counts for nothing.
  const figure = (r: Measured) => (r.non2xx > 0 || r.errors > 0 ? `${r.p99} ms, ${r.non2xx + r.errors} failed` : `${r.p99} ms`);
  const clean = page.non2xx === 0 && page.errors === 0;
  return [
    "search p99 at 10 connections (page; API in brackets)",
    `${figure(page)}${api ? ` (${figure(api)})` : ""}`,
    `< ${GOAL_SEARCH_P99_MS} ms`,
    clean ? verdict(page.p99 < GOAL_SEARCH_P99_MS) : "MISSED (failed answers)",
  ];
}
