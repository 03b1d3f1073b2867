/** The editor's transliteration exceptions, applied to the whole process before anything derives Cyrillic. */
import { ConfigError } from "../config.js";
import { defaultDictionary } from "../lang/translit-dictionary.js";
import { readExceptionsFile } from "../lang/translit-files.js";

/** The whole process derives Cyrillic (UI messages, the city's name, articles) with the editor's exceptions. */
export async function applyTranslitExceptions(file: string | undefined): Promise<void> {
  if (!file) return;
  const exceptions = await readExceptionsFile(file).catch((error: Error) => {
    throw new ConfigError(`XABAR_TRANSLIT_EXCEPTIONS: ${error.message}`);
  });
  defaultDictionary.extend(exceptions);
}
