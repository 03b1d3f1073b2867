/** Editors' exceptions files: JSON of the same shape as translit-exceptions.json. */
import { readFile } from "node:fs/promises";
import { type ExceptionsFile, parseExceptionsFile } from "./translit-dictionary.js";

/** Reads and validates one file; throws a readable error for a missing or malformed one. */
export async function readExceptionsFile(path: string): Promise<ExceptionsFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read transliteration exceptions ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  try {
    return parseExceptionsFile(JSON.parse(text));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}
