/**
 * Validation of sitemaps against the official XSDs in test/fixtures/xsd (sitemaps.org's sitemap
 * and index, Google's image and news extensions, W3C's XHTML 1.0 Strict for `xhtml:link`), with
 * xmllint compiled to WebAssembly. The sitemaps.org schema takes other namespaces' elements with
 * processContents="strict", so every extension element must be declared by its own schema.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const DIR = fileURLToPath(new URL("./fixtures/xsd/", import.meta.url));
const FILES = ["sitemap.xsd", "siteindex.xsd", "sitemap-image.xsd", "sitemap-news.xsd", "xhtml1-strict.xsd", "xml.xsd"] as const;

/** The schema files, with the one remote import (W3C's xml.xsd) pointed at its local copy: no network in tests. */
const preload = FILES.map((fileName) => ({
  fileName,
  contents: readFileSync(join(DIR, fileName), "utf8").replace('schemaLocation="http://www.w3.org/2001/xml.xsd"', 'schemaLocation="xml.xsd"'),
}));

/** A sitemap (urlset) may carry any of the extensions: one schema importing them all. */
const URLSET_SCHEMA = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/>
  <xs:import namespace="http://www.google.com/schemas/sitemap-image/1.1" schemaLocation="sitemap-image.xsd"/>
  <xs:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="sitemap-news.xsd"/>
  <xs:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml1-strict.xsd"/>
</xs:schema>`;

export type SitemapKind = "urlset" | "index";

/** The validator's error messages; empty when `xml` is valid. */
export async function sitemapErrors(xml: string, kind: SitemapKind): Promise<string[]> {
  const schema = kind === "index" ? (preload.find((f) => f.fileName === "siteindex.xsd") ?? preload[0]) : { fileName: "urlset.xsd", contents: URLSET_SCHEMA };
  const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema: [schema], preload });
  if (result.valid) return [];
  return result.errors.length ? result.errors.map((e) => e.message) : [result.rawOutput || "invalid"];
}
