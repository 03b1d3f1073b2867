/**
 * The exceptions dictionary of the Uzbek transliterator: words whose Latin and Cyrillic spellings
 * differ by more than the letter rules (mostly Russian loanwords: сентябрь ⇄ sentabr, цирк ⇄ sirk)
 * and Latin brand names that stay Latin in Cyrillic text. The data lives in
 * translit-exceptions.json; editors extend it with files of the same shape.
 */
import { z } from "zod";
import defaults from "./translit-exceptions.json" with { type: "json" };

export interface ExceptionsFile {
  pairs?: Array<[string, string]>;
  keepLatin?: string[];
}

export interface StemMatch {
  /** The replacement for the matched stem, lowercase. */
  replacement: string;
  /** Length of the matched stem in the source word. */
  stemLength: number;
}

const LATIN_SUFFIXES = [
  "lar",
  "lari",
  "larning",
  "ning",
  "ni",
  "ga",
  "ka",
  "qa",
  "da",
  "dan",
  "dagi",
  "gacha",
  "i",
  "si",
  "im",
  "ing",
  "imiz",
  "ingiz",
  "dir",
  "mi",
  "day",
  "dek",
  "ki",
  "cha",
  "chi",
  "siz",
  "li",
];
const CYRILLIC_SUFFIXES = [
  "лар",
  "лари",
  "ларнинг",
  "нинг",
  "ни",
  "га",
  "ка",
  "қа",
  "да",
  "дан",
  "даги",
  "гача",
  "и",
  "си",
  "им",
  "инг",
  "имиз",
  "ингиз",
  "дир",
  "ми",
  "дай",
  "дек",
  "ки",
  "ча",
  "чи",
  "сиз",
  "ли",
];

function suffixChain(suffixes: string[]): RegExp {
  const sorted = [...suffixes].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${sorted.join("|")})*$`);
}

/** The lowercase code of a Latin or Cyrillic letter, for cheap first-letter checks. */
function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x460 && c <= 0x4ff && (c & 1) === 0) return c + 1;
  return c;
}

function headOf(word: string): number {
  return lowerCode(word.charCodeAt(0)) * 0x10000 + lowerCode(word.charCodeAt(1));
}

/** A lookup of stems that also matches when the word goes on with Uzbek suffixes only. */
class StemTable {
  private readonly stems = new Map<string, string>();
  /** The first two letters of every stem: most words are ruled out without allocating. */
  private readonly heads = new Set<number>();
  private shortest = Infinity;

  constructor(private readonly suffixes: RegExp) {}

  add(stem: string, replacement: string): void {
    this.stems.set(stem, replacement);
    this.heads.add(headOf(stem));
    this.shortest = Math.min(this.shortest, stem.length);
  }

  /** `ignoreBeforeSuffix` is a character dropped between stem and suffix. Case does not matter. */
  match(word: string, ignoreBeforeSuffix = ""): StemMatch | undefined {
    if (word.length < this.shortest || !this.heads.has(headOf(word))) return undefined;
    const lower = word.toLowerCase();
    for (let length = lower.length; length >= this.shortest; length--) {
      const replacement = this.stems.get(lower.slice(0, length));
      if (replacement === undefined) continue;
      let rest = lower.slice(length);
      if (ignoreBeforeSuffix && rest.startsWith(ignoreBeforeSuffix)) rest = rest.slice(1);
      if (this.suffixes.test(rest)) return { replacement, stemLength: length };
    }
    return undefined;
  }
}

export class TranslitDictionary {
  /** Latin stem → Cyrillic spelling. */
  readonly latinStems = new StemTable(suffixChain(LATIN_SUFFIXES));
  /** Cyrillic stem (without a final ь) → Latin spelling. */
  readonly cyrillicStems = new StemTable(suffixChain(CYRILLIC_SUFFIXES));
  /** Latin words that stay Latin inside Cyrillic text (brand names). */
  readonly keepLatin = new StemTable(suffixChain(LATIN_SUFFIXES));

  /** Goes up with every extension: words converted before it are converted again. */
  revision = 0;

  constructor(file?: ExceptionsFile) {
    if (file) this.extend(file);
  }

  /**
   * Adds a file's entries over what is there. Within one file, when several Latin spellings share
   * a Cyrillic one (sentabr, sentyabr → сентябрь), the first is the one Cyrillic converts back to.
   */
  extend(file: ExceptionsFile): this {
    this.revision++;
    const reversed = new Set<string>();
    for (const [latin, cyrillic] of file.pairs ?? []) {
      const lat = latin.toLowerCase();
      const cyr = cyrillic.toLowerCase();
      if (!lat || !cyr) continue;
      this.latinStems.add(lat, cyr);
      const stem = cyr.endsWith("ь") ? cyr.slice(0, -1) : cyr;
      if (reversed.has(stem)) continue;
      reversed.add(stem);
      this.cyrillicStems.add(stem, lat);
    }
    for (const word of file.keepLatin ?? []) {
      if (word) this.keepLatin.add(word.toLowerCase(), word);
    }
    return this;
  }
}

const exceptionsFileSchema = z.object({
  pairs: z.array(z.tuple([z.string(), z.string()])).optional(),
  keepLatin: z.array(z.string()).optional(),
});

/** Validates an exceptions file read from disk (an editor's extension); throws a readable error. */
export function parseExceptionsFile(value: unknown): ExceptionsFile {
  const parsed = exceptionsFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid transliteration exceptions file at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return parsed.data;
}

const defaultFile = parseExceptionsFile(defaults);

/** The shipped dictionary extended with an editor's files. */
export function createDictionary(...extensions: ExceptionsFile[]): TranslitDictionary {
  const dictionary = new TranslitDictionary(defaultFile);
  for (const extension of extensions) dictionary.extend(extension);
  return dictionary;
}

export const defaultDictionary = createDictionary();
