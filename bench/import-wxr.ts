/**
 * A generated WordPress export of N posts (no images) for the import benchmark and the
 * interruption test: Polylang translation groups (uz + ru + en, some uz only, some with an oz
 * post), categories and tags, Gutenberg block comments, a [caption] now and then, drafts.
 * Words from the bench-data word lists, deterministic from the seed. Written as a stream.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { Draws, cyrillic, drawWords, render } from "../src/cli/bench-data/text.js";
import type { BenchWrittenLocale } from "../src/cli/bench-data/words.js";

const CATEGORIES = ["jamiyat", "iqtisod", "sport", "madaniyat", "dunyo"];
const TAGS = ["toshkent", "samarqand", "buxoro", "xorazm", "fargona", "namangan", "andijon", "navoiy"];

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

function item(id: number, locale: "uz" | "oz" | "ru" | "en", group: string | undefined, draw: Draws, date: Date, status: string): string {
  const lang: BenchWrittenLocale = locale === "oz" ? "uz" : locale;
  const r = render(drawWords(draw, lang), locale === "oz" ? cyrillic : (w) => w);
  const paragraphs = r.bodyHtml.split("\n").map((p) => `<!-- wp:paragraph -->\n${p}\n<!-- /wp:paragraph -->`);
  if (draw.next() < 0.1)
    paragraphs.splice(
      1,
      0,
      `[caption id="attachment_1" align="aligncenter" width="640"]<img src="http://bench.example.uz/wp-content/uploads/2026/01/photo-${id}.jpg" alt="" width="640" height="427" /> ${r.lead}[/caption]`,
    );
  const gmt = date.toISOString().replace("T", " ").slice(0, 19);
  const slug = `post-${id}`;
  return `
	<item>
		<title>${cdata(r.title)}</title>
		<link>http://bench.example.uz/${locale}/${gmt.slice(0, 10).replace(/-/g, "/")}/${slug}/</link>
		<pubDate>${date.toUTCString()}</pubDate>
		<dc:creator>${cdata(`author${id % 7}`)}</dc:creator>
		<guid isPermaLink="false">http://bench.example.uz/?p=${id}</guid>
		<description></description>
		<content:encoded>${cdata(paragraphs.join("\n\n"))}</content:encoded>
		<excerpt:encoded>${cdata(r.lead)}</excerpt:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date>${cdata(gmt)}</wp:post_date>
		<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
		<wp:post_modified_gmt>${cdata(gmt)}</wp:post_modified_gmt>
		<wp:post_name>${cdata(slug)}</wp:post_name>
		<wp:status>${cdata(status)}</wp:status>
		<wp:post_type>${cdata("post")}</wp:post_type>
		<category domain="category" nicename="${draw.pick(CATEGORIES)}">${cdata("Rukn")}</category>
		<category domain="post_tag" nicename="${draw.pick(TAGS)}">${cdata(draw.pick(TAGS))}</category>
		<category domain="language" nicename="${locale}">${cdata(locale)}</category>${group ? `\n		<category domain="post_translations" nicename="${group}">${cdata(group)}</category>` : ""}
	</item>`;
}

/** Writes an export of `posts` posts to `file`. */
export async function writeBenchWxr(file: string, posts: number, seed = 20261203): Promise<void> {
  const out = createWriteStream(file, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Bench</title>
	<link>http://bench.example.uz</link>
	<wp:base_site_url>http://bench.example.uz</wp:base_site_url>
	<wp:base_blog_url>http://bench.example.uz</wp:base_blog_url>
${Array.from({ length: 7 }, (_, i) => `	<wp:author><wp:author_login>${cdata(`author${i}`)}</wp:author_login><wp:author_display_name>${cdata(`Muallif ${i}`)}</wp:author_display_name></wp:author>`).join("\n")}
`);
  const draw = new Draws(seed);
  const start = Date.parse("2024-01-01T00:00:00Z");
  let id = 1;
  let groupNo = 0;
  while (id <= posts) {
    const left = posts - id + 1;
    const shape = draw.next();
    const locales: Array<"uz" | "oz" | "ru" | "en"> =
      shape < 0.3 ? ["uz"] : shape < 0.7 ? ["uz", "ru"] : shape < 0.9 ? ["uz", "ru", "en"] : ["uz", "oz", "ru", "en"];
    const group = locales.length > 1 && left >= locales.length ? `pll_bench${++groupNo}` : undefined;
    const date = new Date(start + id * 600_000);
    const status = draw.next() < 0.05 ? "draft" : "publish";
    for (const locale of group ? locales : ["uz" as const]) {
      await write(item(id, locale, group, draw, date, status));
      id++;
    }
  }
  await write("\n</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}
