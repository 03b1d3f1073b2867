import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../lang/locales.js";
import type { Chrome, HeadInfo } from "../view-models.js";
import { Layout } from "./layout.js";

const categories = [
  { id: 1, slug: "world", name: "World" },
  { id: 2, slug: "sport", name: "Sport" },
];

function page(locale: Locale, currentCategory: string | undefined, list = categories): string {
  const chrome: Chrome = { locale, siteUrl: "https://example.test", assets: { css: "/a.css", js: "" }, categories: list, currentCategory, year: 2026 };
  const head: HeadInfo = { title: "T", description: "D", canonical: `/${locale}/`, alternates: [], ogType: "website" };
  return renderToString(
    <Layout chrome={chrome} head={head}>
      <p>body</p>
    </Layout>,
  );
}

const nav = (html: string) => /<nav class="wrap cats"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";

describe("the categories' links, rendered once per list and current category", () => {
  it("marks the current category on each page, whatever was rendered before", () => {
    expect(nav(page("en", "world"))).toContain('<a href="/en/world/" aria-current="page">World</a>');
    const sport = nav(page("en", "sport"));
    expect(sport).toContain('<a href="/en/sport/" aria-current="page">Sport</a>');
    expect(sport).toContain('<a href="/en/world/">World</a>');
    expect(nav(page("en", undefined))).not.toContain("aria-current");
    expect(nav(page("en", "latest"))).toMatch(/<a href="\/en\/latest\/?" aria-current="page">/);
  });

  it("follows the locale and a new list of categories", () => {
    expect(nav(page("ru", "world"))).toContain('<a href="/ru/world/" aria-current="page">World</a>');
    const renamed = nav(page("en", "world", [{ id: 1, slug: "world", name: "Abroad" }]));
    expect(renamed).toContain(">Abroad</a>");
    expect(renamed).not.toContain("Sport");
  });
});
