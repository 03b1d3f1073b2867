/**
 * Stems and Uzbek suffix chains for the exceptions dictionary: a word matches a stem when it is
 * the stem followed by any chain of Uzbek suffixes (film, filmlar, filmlarimizda). Both are tries
 * walked over character codes, so a word is looked up without allocating, however long the lists.
 */

/** Uzbek suffixes, [Latin, Cyrillic]: plural, possessive, case, and the common derivational ones and particles. */
export const UZBEK_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  // plural and possessive (after a consonant and after a vowel)
  ["lar", "лар"],
  ["im", "им"],
  ["m", "м"],
  ["ing", "инг"],
  ["ng", "нг"],
  ["i", "и"],
  ["si", "си"],
  ["imiz", "имиз"],
  ["miz", "миз"],
  ["ingiz", "ингиз"],
  ["ngiz", "нгиз"],
  // case
  ["ning", "нинг"],
  ["ni", "ни"],
  ["ga", "га"],
  ["ka", "ка"],
  ["qa", "қа"],
  ["da", "да"],
  ["dan", "дан"],
  ["gacha", "гача"],
  ["kacha", "кача"],
  ["qacha", "қача"],
  ["gi", "ги"],
  ["ki", "ки"],
  // derivation, comparison, particles, the copula and personal endings
  ["lik", "лик"],
  ["li", "ли"],
  ["siz", "сиз"],
  ["chi", "чи"],
  ["cha", "ча"],
  ["dek", "дек"],
  ["day", "дай"],
  ["mi", "ми"],
  ["ku", "ку"],
  ["gina", "гина"],
  ["kina", "кина"],
  ["qina", "қина"],
  ["dir", "дир"],
  ["man", "ман"],
  ["san", "сан"],
  // verbs made of loanwords (kompyuterlashtirish); not -gan, -di…: mergan is not мэр + -ган
  ["lash", "лаш"],
  ["tir", "тир"],
  ["ish", "иш"],
];

/** The lowercase code of a Latin or Cyrillic letter (basic and extended blocks); other codes unchanged. */
export function lowerCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x460 && c <= 0x4ff && (c & 1) === 0) return c + 1;
  return c;
}

interface Node<T> {
  next: Map<number, Node<T>> | undefined;
  value: T | undefined;
}

function node<T>(): Node<T> {
  return { next: undefined, value: undefined };
}

function insert<T>(root: Node<T>, key: string, value: T): void {
  let at = root;
  for (let i = 0; i < key.length; i++) {
    const c = lowerCode(key.charCodeAt(i));
    at.next ??= new Map();
    let child = at.next.get(c);
    if (!child) {
      child = node();
      at.next.set(c, child);
    }
    at = child;
  }
  at.value = value;
}

/** Rests longer than this are not suffix chains (the longest real ones are about 20 letters). */
const MAX_CHAIN = 31;

/** Chains of suffixes: whether the rest of a word is zero or more of them, one after another. */
export class SuffixChains {
  private readonly root = node<true>();

  constructor(suffixes: Iterable<string>) {
    for (const suffix of suffixes) if (suffix) insert(this.root, suffix, true);
  }

  /** Whether `word` from `from` to its end is a chain (case does not matter). */
  matches(word: string, from: number): boolean {
    const length = word.length - from;
    if (length === 0) return true;
    if (length > MAX_CHAIN) return false;
    // Bit k: a chain ends k letters after `from`.
    let reachable = 1;
    for (let start = 0; start < length; start++) {
      if ((reachable & (1 << start)) === 0) continue;
      let at: Node<true> | undefined = this.root;
      for (let i = from + start; i < word.length; i++) {
        at = at.next?.get(lowerCode(word.charCodeAt(i)));
        if (!at) break;
        if (at.value) reachable |= 1 << (i + 1 - from);
      }
    }
    return (reachable & (1 << length)) !== 0;
  }
}

export interface StemMatch {
  /** The replacement for the matched stem, lowercase. */
  replacement: string;
  /** Length of the matched stem in the source word. */
  stemLength: number;
}

/** The most stems one word can begin with: "sent", "sentabr"… Plenty. */
const MAX_CANDIDATES = 8;

/** A lookup of stems that also matches when the word goes on with Uzbek suffixes only. */
export class StemTable {
  private readonly root = node<string>();
  private readonly ends = new Int32Array(MAX_CANDIDATES);
  private readonly found: Array<string | undefined> = new Array<string | undefined>(MAX_CANDIDATES);
  private size = 0;

  constructor(private readonly suffixes: SuffixChains) {}

  get stemCount(): number {
    return this.size;
  }

  add(stem: string, replacement: string): void {
    if (!stem) return;
    this.size++;
    insert(this.root, stem, replacement);
  }

  /**
   * The longest stem that `word` begins with and whose rest is a suffix chain. `ignoreBeforeSuffix`
   * is a character skipped between stem and suffix (a soft sign: сентябрь, сентябрьда). Case does
   * not matter.
   */
  match(word: string, ignoreBeforeSuffix = ""): StemMatch | undefined {
    const ignore = ignoreBeforeSuffix ? ignoreBeforeSuffix.charCodeAt(0) : -1;
    let count = 0;
    let at: Node<string> | undefined = this.root;
    for (let i = 0; i < word.length && count < MAX_CANDIDATES; i++) {
      at = at.next?.get(lowerCode(word.charCodeAt(i)));
      if (!at) break;
      if (at.value !== undefined) {
        this.ends[count] = i + 1;
        this.found[count++] = at.value;
      }
    }
    for (let k = count - 1; k >= 0; k--) {
      const stemLength = this.ends[k];
      const rest = lowerCode(word.charCodeAt(stemLength)) === ignore ? stemLength + 1 : stemLength;
      const replacement = this.found[k];
      if (replacement !== undefined && this.suffixes.matches(word, rest)) return { replacement, stemLength };
    }
    return undefined;
  }
}
