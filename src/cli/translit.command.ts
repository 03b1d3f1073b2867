import { once } from "node:events";
import { StringDecoder } from "node:string_decoder";
import { transliterate, transliterateHtml, type Script } from "../lang/translit.js";
import { type TranslitDictionary, createDictionary, defaultDictionary } from "../lang/translit-dictionary.js";
import { readExceptionsFile } from "../lang/translit-files.js";
import { LATIN_PROFILES, type LatinProfile, isLatinProfile } from "../lang/translit-profile.js";
import { UsageError, parseArgs } from "./args.js";
import type { Command } from "./command.js";

const TARGETS: Record<string, Script> = {
  cyrl: "cyrl",
  cyr: "cyrl",
  cyrillic: "cyrl",
  "uz-cyrl": "cyrl",
  oz: "cyrl",
  latn: "latn",
  lat: "latn",
  latin: "latn",
  "uz-latn": "latn",
  uz: "latn",
};

async function loadDictionary(files: string[]): Promise<TranslitDictionary> {
  if (files.length === 0) return defaultDictionary;
  return createDictionary(...(await Promise.all(files.map(readExceptionsFile))));
}

/**
 * Streams stdin to stdout line by line: one output line per input line (line endings kept as
 * they came, \n or \r\n), nothing else on stdout.
 */
async function convertStream(convertLine: (line: string) => string): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  const write = async (text: string): Promise<void> => {
    // events.once removes its listeners when it settles: none pile up on a slow reader.
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  };
  const flushLines = async (text: string): Promise<void> => {
    const lastBreak = text.lastIndexOf("\n");
    if (lastBreak === -1) {
      pending = text;
      return;
    }
    pending = text.slice(lastBreak + 1);
    const lines = text.slice(0, lastBreak).split("\n");
    let out = "";
    for (const line of lines) {
      const cr = line.endsWith("\r");
      out += convertLine(cr ? line.slice(0, -1) : line) + (cr ? "\r\n" : "\n");
    }
    await write(out);
  };
  for await (const chunk of process.stdin) {
    await flushLines(pending + decoder.write(chunk as Buffer));
  }
  const rest = pending + decoder.end();
  if (rest) await write(convertLine(rest) + "\n");
}

export const translitCommand: Command = {
  summary: "Uzbek Latin ⇄ Cyrillic, line by line from stdin to stdout",
  async run(argv) {
    let to: Script;
    let html: boolean;
    let files: string[];
    let profile: LatinProfile;
    try {
      const { options, positional } = parseArgs(argv, { values: ["to", "exceptions", "profile"], flags: ["html"] });
      if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}"`);
      const target = options.get("to");
      if (typeof target !== "string") throw new UsageError("missing --to cyrl|latn");
      const script = TARGETS[target.toLowerCase()];
      if (!script) throw new UsageError(`unknown --to "${target}": use cyrl (Cyrillic) or latn (Latin)`);
      to = script;
      html = options.get("html") === true;
      const chosen = options.get("profile") ?? (process.env.TRANSLIT_PROFILE || "1995");
      if (!isLatinProfile(chosen)) throw new UsageError(`unknown --profile "${String(chosen)}": use ${LATIN_PROFILES.join(" or ")}`);
      profile = chosen;
      const extra = process.env.XABAR_TRANSLIT_EXCEPTIONS;
      const exceptions = options.get("exceptions");
      files = [extra, typeof exceptions === "string" ? exceptions : undefined].filter((f): f is string => !!f);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`xabar translit: ${error.message}\nUsage: xabar translit --to cyrl|latn [--profile 1995|reform] [--html] [--exceptions FILE]\n`);
      return 2;
    }
    let dictionary: TranslitDictionary;
    try {
      dictionary = await loadDictionary(files);
    } catch (error) {
      process.stderr.write(`xabar translit: cannot load exceptions: ${(error as Error).message}\n`);
      return 2;
    }
    // The profile is the alphabet of the Latin side: what --to latn writes, what --to cyrl reads.
    const convert = html
      ? (line: string) => transliterateHtml(line, to, { dictionary, profile })
      : (line: string) => transliterate(line, to, { dictionary, profile });
    await convertStream(convert);
    return 0;
  },
};
