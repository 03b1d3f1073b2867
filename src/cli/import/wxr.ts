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
  { kind: "channel"; fields: Map<string, string> } | { kind: "author"; author: WxrAuthor } | { kind: "term"; term: WxrTerm } | { kind: "item"; item: WxrItem };

/** Top-level channel elements whose children are one record each. */
const RECORDS = new Set(["wp:author", "wp:category", "wp:tag", "wp:term", "item"]);

function termOf(name: string, f: Map<string, string>): WxrTerm {
  if (name === "wp:category")
    return {
      taxonomy: "category",
      slug: f.get("wp:category_nicename") ?? "",
      name: f.get("wp:cat_name") ?? "",
      description: f.get("wp:category_description") ?? "",
      parent: f.get("wp:category_parent") ?? "",
    };
  if (name === "wp:tag")
    return {
      taxonomy: "post_tag",
      slug: f.get("wp:tag_slug") ?? "",
      name: f.get("wp:tag_name") ?? "",
      description: f.get("wp:tag_description") ?? "",
      parent: "",
    };
  return {
    taxonomy: f.get("wp:term_taxonomy") ?? "",
    slug: f.get("wp:term_slug") ?? "",
    name: f.get("wp:term_name") ?? "",
    description: f.get("wp:term_description") ?? "",
    parent: f.get("wp:term_parent") ?? "",
  };
}

export class WxrFormatError extends Error {}

interface OpenRecord {
  name: string;
  fields: Map<string, string>;
  categories: WxrCategory[];
  meta: Map<string, string>;
}

/** Turns the parser's events into entries: `ready` holds those complete so far. */
class WxrCollector {
  readonly ready: WxrEntry[] = [];
  readonly stack: string[] = [];
  sawRss = false;
  channelSent = false;
  private readonly channel = new Map<string, string>();
  private record: OpenRecord | undefined;
  private text = "";
  private category: { domain: string; nicename: string } | undefined;
  private meta: { key: string; value: string } | undefined;

  constructor(parser: SaxesParser) {
    parser.on("opentag", (tag) => this.open(tag.name, tag.attributes));
    parser.on("text", (t) => (this.text += t));
    parser.on("cdata", (t) => (this.text += t));
    parser.on("closetag", (tag) => this.close(tag.name));
  }

  /** The channel's own elements, before its first record (or at the end of an export without any). */
  sendChannel(): void {
    if (this.channelSent) return;
    this.ready.push({ kind: "channel", fields: new Map(this.channel) });
    this.channelSent = true;
  }

  private open(name: string, attributes: Record<string, unknown>): void {
    if (this.stack.length === 0 && name === "rss") this.sawRss = true;
    this.stack.push(name);
    this.text = "";
    const depth = this.stack.length;
    if (depth === 3 && RECORDS.has(name)) {
      this.sendChannel();
      this.record = { name, fields: new Map(), categories: [], meta: new Map() };
    } else if (this.record && depth === 4 && name === "category") {
      const attr = (n: string) => (typeof attributes[n] === "string" ? attributes[n] : "");
      this.category = { domain: attr("domain"), nicename: attr("nicename") };
    } else if (this.record && depth === 4 && name === "wp:postmeta") this.meta = { key: "", value: "" };
  }

  private close(name: string): void {
    const depth = this.stack.length;
    this.stack.pop();
    const text = this.text;
    this.text = "";
    const record = this.record;
    if (!record) {
      if (depth === 3) this.channel.set(name, text.trim());
    } else if (depth === 3) this.finish(record);
    else if (depth === 4) this.field(record, name, text);
    else if (depth === 5 && this.meta) {
      if (name === "wp:meta_key") this.meta.key = text.trim();
      else if (name === "wp:meta_value") this.meta.value = text;
    }
  }

  private field(record: OpenRecord, name: string, text: string): void {
    if (name === "category" && this.category) {
      record.categories.push({ ...this.category, name: text.trim() });
      this.category = undefined;
    } else if (name === "wp:postmeta" && this.meta) {
      record.meta.set(this.meta.key, this.meta.value);
      this.meta = undefined;
    } else if (!record.fields.has(name)) record.fields.set(name, text);
  }

  private finish(done: OpenRecord): void {
    this.record = undefined;
    if (done.name === "item") this.ready.push({ kind: "item", item: { fields: done.fields, categories: done.categories, meta: done.meta } });
    else if (done.name === "wp:author")
      this.ready.push({
        kind: "author",
        author: { login: done.fields.get("wp:author_login") ?? "", displayName: done.fields.get("wp:author_display_name") ?? "" },
      });
    else this.ready.push({ kind: "term", term: termOf(done.name, done.fields) });
  }
}

/** The parser's errors as the import reports them. */
function parsing(file: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    throw new WxrFormatError(`${file}: not well-formed XML: ${(error as Error).message}`);
  }
}

/** The entries of the export at `file`, in document order. */
export async function* readWxr(file: string): AsyncGenerator<WxrEntry> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const collector = new WxrCollector(parser);
  const notWxr = () => new WxrFormatError(`${file}: not a WordPress export (no <rss> root)`);
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parsing(file, () => parser.write(chunk as string));
      if (!collector.sawRss && collector.stack.length > 0) throw notWxr();
      yield* collector.ready.splice(0);
    }
    parsing(file, () => parser.close());
    if (!collector.sawRss) throw notWxr();
    collector.sendChannel();
    yield* collector.ready.splice(0);
  } finally {
    stream.destroy();
  }
}
