export * from "./apostrophes.js";
export * from "./format.js";
export * from "./locales.js";
export * from "./messages.js";
export * from "./search-key.js";
export * from "./slug.js";
export * from "./translit.js";
export { TranslitDictionary, createDictionary, defaultDictionary, parseExceptionsFile, type ExceptionsFile } from "./translit-dictionary.js";
export * from "./detect-script.js";
