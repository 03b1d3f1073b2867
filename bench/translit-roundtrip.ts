/**
 * `npm run bench:roundtrip`: how many Uzbek words come back letter for letter, by class. The list
 * is ours (bench/translit-roundtrip-words.ts, the shipped exceptions, the demo stories):
 *
 * - native: every distinct word of the demo stories' Uzbek (Latin, as we wrote it): Latin →
 *   Cyrillic → Latin, and Cyrillic (derived) → Latin → Cyrillic;
 * - suffixed exceptions: each stem of translit-exceptions.json, alone and with every suffix chain
 *   of the word list, lowercase and capitalised;
 * - loanwords and names, by class, the same way, split into stems the shipped dictionaries list
 *   and stems kept out of them (HELD_OUT: only the letter rules can get these right).
 *
 * "round trip" is the issue's measure: Cyrillic → Latin → Cyrillic gives the same letters.
 * "exact" is stricter: both directions give exactly the spelling we wrote.
 */
import defaults from "../src/lang/translit-exceptions.json" with { type: "json" };
import { DEMO_STORIES } from "../src/cli/demo/seed.js";
import { toCyrillic, toLatin } from "../src/lang/translit.js";
import { defaultDictionary } from "../src/lang/translit-dictionary.js";
import { CONSONANT_CHAINS, HELD_OUT, LOANWORD_CLASSES, type Pair, VOWEL_CHAINS } from "./translit-roundtrip-words.js";

const VOWELS = /[aeiouаеёиоуэюяўʻ]$/i;

/** The forms of a stem: alone, then with each suffix chain (-ga after k/q is -ka/-qa; a final ь goes). */
export function formsOf([latin, cyrillic]: Pair): Pair[] {
  const chains = VOWELS.test(cyrillic.replace(/ь$/, "")) ? VOWEL_CHAINS : CONSONANT_CHAINS;
  const stem = cyrillic.replace(/ь$/, "");
  const forms: Pair[] = [[latin, cyrillic]];
  for (const [lat, cyr] of chains) {
    let [l, c] = [lat, cyr];
    if (l.startsWith("ga") && /[kq]$/i.test(latin))
      [l, c] = [`${latin.slice(-1).toLowerCase() === "k" ? "k" : "q"}${l.slice(1)}`, `${/к$/i.test(stem) ? "к" : "қ"}${c.slice(1)}`];
    forms.push([latin + l, stem + c]);
  }
  return forms;
}

function capitalised(pair: Pair): Pair {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [cap(pair[0]), cap(pair[1])];
}

interface Tally {
  total: number;
  roundTrip: number;
  exact: number;
}

/** `--failures` lists every word that does not come back, with what it became. */
const SHOW_FAILURES = process.argv.includes("--failures");

function tally(pairs: Pair[]): Tally {
  const result = { total: 0, roundTrip: 0, exact: 0 };
  for (const [latin, cyrillic] of pairs) {
    result.total++;
    const back = toLatin(cyrillic);
    if (toCyrillic(back) === cyrillic) result.roundTrip++;
    if (back === latin && toCyrillic(latin) === cyrillic) result.exact++;
    else if (SHOW_FAILURES) console.log(`  ${cyrillic} → ${back} → ${toCyrillic(back)};  ${latin} → ${toCyrillic(latin)}`);
  }
  return result;
}

function inDictionary([, cyrillic]: Pair): boolean {
  const stem = cyrillic.toLowerCase().replace(/ь$/, "");
  return defaultDictionary.cyrillicStems.match(stem, "ь")?.stemLength === stem.length;
}
const listed = (pair: Pair) => !HELD_OUT.has(pair[0]);

function nativeWords(): string[] {
  const words = new Set<string>();
  for (const story of DEMO_STORIES) {
    if (!story.uz) continue;
    for (const text of [story.uz.title, story.uz.lead, ...story.uz.body]) {
      for (const word of text.match(/[\p{L}\u02BB\u02BC]+/gu) ?? []) words.add(word.replace(/^[\u02BB\u02BC]+|\u02BC+$/g, ""));
    }
  }
  return [...words].filter((word) => /[a-z]/i.test(word));
}

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(1)} %`);
function row(label: string, t: Tally): string {
  return `${label.padEnd(34)} ${String(t.total).padStart(6)}   round trip ${pct(t.roundTrip, t.total).padStart(7)}   exact ${pct(t.exact, t.total).padStart(7)}`;
}

function main(): void {
  const native = nativeWords();
  const latinBack = native.filter((word) => toLatin(toCyrillic(word)) === word).length;
  const cyrillicBack = native.filter((word) => toCyrillic(toLatin(toCyrillic(word))) === toCyrillic(word)).length;
  console.log(`Uzbek transliteration round trips, node ${process.version}`);
  console.log(
    `${"native (demo stories)".padEnd(34)} ${String(native.length).padStart(6)}   Latin→Cyrillic→Latin ${pct(latinBack, native.length)}   Cyrillic→Latin→Cyrillic ${pct(cyrillicBack, native.length)}`,
  );

  const seen = new Set<string>();
  const exceptionStems = (defaults.pairs as Array<[string, string]>).filter(([, cyr]) => !seen.has(cyr) && seen.add(cyr));
  const exceptionForms = exceptionStems.flatMap((pair) => formsOf(pair)).flatMap((pair) => [pair, capitalised(pair)]);
  console.log(row("suffixed exceptions", tally(exceptionForms)));

  const all = Object.values(LOANWORD_CLASSES).flat();
  const misfiled = [...all.filter((pair) => listed(pair) && !inDictionary(pair)), ...all.filter((pair) => !listed(pair) && inDictionary(pair))];
  if (misfiled.length > 0) console.log(`not where the split says (listed ⇄ held out): ${misfiled.map(([latin]) => latin).join(", ")}`);
  for (const [name, pairs] of Object.entries(LOANWORD_CLASSES)) {
    for (const [label, part] of [
      ["listed", pairs.filter(listed)],
      ["held out", pairs.filter((pair) => !listed(pair))],
    ] as const) {
      const stems = tally(part);
      const forms = tally(part.flatMap((pair) => formsOf(pair)));
      console.log(row(`${name}, ${label}: stems`, stems));
      console.log(row(`${name}, ${label}: stems + forms`, forms));
    }
  }
}

if (process.argv[1]?.endsWith("translit-roundtrip.ts") || process.argv[1]?.endsWith("translit-roundtrip.js")) main();
