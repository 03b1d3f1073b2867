import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { ArticleCard } from "../../content/article.repository.js";
import type { MostReadLists } from "../most-read.js";
import { MostReadBox } from "./most-read.js";

function card(id: number, title: string, publishedAt: string, views: number): ArticleCard {
  return {
    id,
    storyId: id,
    locale: "en",
    title,
    slug: `story-${id}`,
    lead: "",
    bodyStart: "",
    categoryId: 1,
    categorySlug: "world",
    categoryName: "World",
    publishedAt,
    cover: null,
    views,
  };
}

const ctx = (now: string) => ({ locale: "en" as const, now: new Date(now), timeZone: "Asia/Tashkent" });
const box = (lists: MostReadLists, now: string, className?: string) =>
  renderToString(<MostReadBox lists={lists} ctx={ctx(now)} {...(className ? { class: className } : {})} />);

describe("the most-read box, rendered once per lists snapshot and day", () => {
  const lists: MostReadLists = { today: [card(1, "Alpha", "2026-12-01T05:00:00Z", 1500)], week: [card(2, "Bravo", "2026-11-28T05:00:00Z", 40)] };

  it("shows the same HTML again for the same lists and day, in either wrapper", () => {
    const first = box(lists, "2026-12-01T08:00:00Z");
    expect(first).toContain("Alpha");
    expect(first).toContain("Today, 10:00");
    expect(first).toContain("1,500");
    expect(box(lists, "2026-12-01T12:00:00Z")).toBe(first);
    const wide = box(lists, "2026-12-01T12:00:00Z", "most-read most-read-wide");
    expect(wide).toBe(first.replace('class="most-read"', 'class="most-read most-read-wide"'));
  });

  it("renders again when the day turns (the cards' times are relative to it)", () => {
    // 20:00 UTC is 01:00 the next day in Tashkent.
    expect(box(lists, "2026-12-01T20:00:00Z")).toContain("Yesterday, 10:00");
  });

  it("renders a new snapshot of the lists, not the old one", () => {
    box(lists, "2026-12-01T08:00:00Z");
    const next: MostReadLists = { today: [card(3, "Charlie", "2026-12-01T06:00:00Z", 7)], week: [] };
    const html = box(next, "2026-12-01T08:00:00Z");
    expect(html).toContain("Charlie");
    expect(html).not.toContain("Alpha");
    expect(html).not.toContain('id="most-read-week"');
  });
});
