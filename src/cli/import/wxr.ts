/**
 * A WordPress export (WXR: RSS 2.0 with the `wp:`, `content:`, `excerpt:` and `dc:` elements)
 * read as a stream with saxes, so a 100 MB export never sits in memory whole: the channel's
 * authors and terms, then one item at a time (posts, pages, attachments), each as plain fields.
 */
import { createReadStream } from "node:fs";
import { SaxesParser } from "saxes";

export interface WxrCategory {
  domain: string;
  nicename: string;
  name: string;
}

export interface WxrItem {
  /** The item's own elements by name (`title`, `wp:post_id`, `content:encoded` …), text content. */
  fields: Map<string, string>;
  categories: WxrCategory[];
  meta: Map<string, string>;
}

export interface WxrTerm {
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
  parent: string;
}

export interface WxrAuthor {
  login: string;
  displayName: string;
}

export type WxrEntry =
  | { kind: "channel"; fields: Map<string, string> }
  | { kind: "author"; author: WxrAuthor }
  | { kind: "term"; term: WxrTerm }
  | { kind: "item"; item: WxrItem };

/** Top-level channel elements whose children are one record each. */
const RECORDS = new Set(["wp:author", "wp:category", "wp:tag", "wp:term", "item"]);

function termOf(name: string, f: Map<string, string>): WxrTerm {
  if (name === "wp:category")
    return { taxonomy: "category", slug: f.get("wp:category_nicename") ?? "", name: f.get("wp:cat_name") ?? "", description: f.get("wp:category_description") ?? "", parent: f.get("wp:category_parent") ?? "" };
  if (name === "wp:tag") return { taxonomy: "post_tag", slug: f.get("wp:tag_slug") ?? "", name: f.get("wp:tag_name") ?? "", description: f.get("wp:tag_description") ?? "", parent: "" };
  return {
    taxonomy: f.get("wp:term_taxonomy") ?? "",
    slug: f.get("wp:term_slug") ?? "",
    name: f.get("wp:term_name") ?? "",
    description: f.get("wp:term_description") ?? "",
    parent: f.get("wp:term_parent") ?? "",
  };
}

export class WxrFormatError extends Error {}

/** The entries of the export at `file`, in document order. */
export async function* readWxr(file: string): AsyncGenerator<WxrEntry> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const ready: WxrEntry[] = [];
  const stack: string[] = [];
  let record: { name: string; fields: Map<string, string>; categories: WxrCategory[]; meta: Map<string, string> } | undefined;
  const channel = new Map<string, string>();
  let channelSent = false;
  let text = "";
  let category: { domain: string; nicename: string } | undefined;
  let meta: { key: string; value: string } | undefined;
  let sawRss = false;

  parser.on("opentag", (tag) => {
    if (stack.length === 0 && tag.name === "rss") sawRss = true;
    stack.push(tag.name);
    text = "";
    if (stack.length === 3 && RECORDS.has(tag.name)) {
      if (!channelSent) {
        ready.push({ kind: "channel", fields: new Map(channel) });
        channelSent = true;
      }
      record = { name: tag.name, fields: new Map(), categories: [], meta: new Map() };
    } else if (record && stack.length === 4 && tag.name === "category") {
      const attr = (n: string) => {
        const v = tag.attributes[n];
        return typeof v === "string" ? v : "";
      };
      category = { domain: attr("domain"), nicename: attr("nicename") };
    } else if (record && stack.length === 4 && tag.name === "wp:postmeta") {
      meta = { key: "", value: "" };
    }
  });
  const onText = (t: string) => {
    text += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const depth = stack.length;
    stack.pop();
    if (!record) {
      if (depth === 3) channel.set(tag.name, text.trim());
      text = "";
      return;
    }
    if (depth === 3) {
      const done = record;
      record = undefined;
      if (done.name === "item") ready.push({ kind: "item", item: { fields: done.fields, categories: done.categories, meta: done.meta } });
      else if (done.name === "wp:author")
        ready.push({ kind: "author", author: { login: done.fields.get("wp:author_login") ?? "", displayName: done.fields.get("wp:author_display_name") ?? "" } });
      else ready.push({ kind: "term", term: termOf(done.name, done.fields) });
    } else if (depth === 4) {
      if (tag.name === "category" && category) {
        record.categories.push({ ...category, name: text.trim() });
        category = undefined;
      } else if (tag.name === "wp:postmeta" && meta) {
        record.meta.set(meta.key, meta.value);
        meta = undefined;
      } else if (!record.fields.has(tag.name)) record.fields.set(tag.name, text);
    } else if (depth === 5 && meta) {
      if (tag.name === "wp:meta_key") meta.key = text.trim();
      else if (tag.name === "wp:meta_value") meta.value = text;
    }
    text = "";
  });

  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      try {
        parser.write(chunk as string);
      } catch (error) {
        throw new WxrFormatError(`${file}: not well-formed XML: ${(error as Error).message}`);
      }
      if (!sawRss && stack.length > 0) throw new WxrFormatError(`${file}: not a WordPress export (no <rss> root)`);
      yield* ready.splice(0);
    }
    try {
      parser.close();
    } catch (error) {
      throw new WxrFormatError(`${file}: not well-formed XML: ${(error as Error).message}`);
    }
    if (!sawRss) throw new WxrFormatError(`${file}: not a WordPress export (no <rss> root)`);
    if (!channelSent) ready.push({ kind: "channel", fields: new Map(channel) });
    yield* ready.splice(0);
  } finally {
    stream.destroy();
  }
}
