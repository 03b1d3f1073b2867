/**
 * The exceptions dictionary of the Uzbek transliterator: words whose Latin and Cyrillic spellings
 * differ by more than the letter rules (mostly Russian loanwords: сентябрь ⇄ sentabr, цирк ⇄ sirk)
 * and Latin brand names that stay Latin in Cyrillic text. Every entry is a stem: it also holds for
 * the stem followed by any chain of Uzbek suffixes (translit-stems.ts). The data lives in
 * translit-exceptions.json and translit-loanwords.json (names and loanwords, by the letters that
 * trouble the rules); editors extend it with files of the same shape.
 */
import * as z from "zod";
import defaults from "./translit-exceptions.json" with { type: "json" };
import loanwords from "./translit-loanwords.json" with { type: "json" };
import { StemTable, SuffixChains, UZBEK_SUFFIXES } from "./translit-stems.js";

export type { StemMatch } from "./translit-stems.js";

const LATIN_CHAINS = new SuffixChains(UZBEK_SUFFIXES.map(([latin]) => latin));
const CYRILLIC_CHAINS = new SuffixChains(UZBEK_SUFFIXES.map(([, cyrillic]) => cyrillic));

export interface ExceptionsFile {
  pairs?: Array<[string, string]>;
  keepLatin?: string[];
}

export class TranslitDictionary {
  /** Latin stem → Cyrillic spelling. */
  readonly latinStems = new StemTable(LATIN_CHAINS);
  /** Cyrillic stem (without a final ь) → Latin spelling. */
  readonly cyrillicStems = new StemTable(CYRILLIC_CHAINS);
  /** Latin words that stay Latin inside Cyrillic text (brand names). */
  readonly keepLatin = new StemTable(LATIN_CHAINS);

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
const loanwordsFile = parseExceptionsFile(loanwords);

/** The shipped dictionaries (exceptions, then loanwords and names) extended with an editor's files. */
export function createDictionary(...extensions: ExceptionsFile[]): TranslitDictionary {
  const dictionary = new TranslitDictionary(defaultFile).extend(loanwordsFile);
  for (const extension of extensions) dictionary.extend(extension);
  return dictionary;
}

export const defaultDictionary = createDictionary();
