/** What stories are filed under, loaded once per screen: categories and their names per locale. */
import { useEffect, useState } from "react";
import { get } from "./api.js";
import { type Locale, type MessageKey, UZ_LATN_MONTHS } from "./messages.js";

export interface Named {
  id: number;
  slug: string;
  names: Partial<Record<Locale, string>>;
}

export interface Taxonomy {
  categories: Named[];
  /** The bylines a story can carry. */
  authors: Named[];
}

export function useTaxonomy(): Taxonomy {
  const [taxonomy, setTaxonomy] = useState<Taxonomy>({ categories: [], authors: [] });
  useEffect(() => {
    get<Taxonomy>("/api/admin/taxonomy")
      .then((answer) => setTaxonomy({ categories: answer.categories, authors: answer.authors }))
      .catch(() => setTaxonomy({ categories: [], authors: [] }));
  }, []);
  return taxonomy;
}

export const useCategories = (): Named[] => useTaxonomy().categories;

export const nameIn = (named: Named, locale: Locale): string => named.names[locale] ?? named.names.uz ?? named.slug;

export const STATUSES = ["draft", "review", "scheduled", "published", "unpublished", "archived"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<Status, MessageKey> = {
  draft: "statusDraft",
  review: "statusReview",
  scheduled: "statusScheduled",
  published: "statusPublished",
  unpublished: "statusUnpublished",
  archived: "statusArchived",
};

export const MOVE_LABEL: Record<Status, MessageKey> = {
  draft: "toDraft",
  review: "toReview",
  scheduled: "toScheduled",
  published: "toPublished",
  unpublished: "toUnpublished",
  archived: "toArchived",
};

/** The newsroom's time zone (the server's TIME_ZONE, given with the session): every time shown and typed is in it. */
let newsroomZone = "Asia/Tashkent";

export function setNewsroomZone(zone: string): void {
  newsroomZone = zone;
}

export const newsroomTimeZone = (): string => newsroomZone;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** What the newsroom's clocks showed at `at`. */
function wallClock(at: Date): WallClock {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: newsroomZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Browsers without Uzbek Latin dates (Chromium's own data has none) print "2026 M12 2": the date is then written out here. */
let uzbekLatinDates: boolean | undefined;
// Asked of the output: Chromium resolves "uz-Latn" to "uz" and still prints the month as "M12".
const speaksUzbekLatin = () =>
  (uzbekLatinDates ??= /dek/i.test(new Intl.DateTimeFormat("uz-Latn", { dateStyle: "medium" }).format(new Date(Date.UTC(2026, 11, 15)))));

/** A time in the newsroom's zone and the interface's language. */
export function formatTime(iso: string, localeTag: string): string {
  const at = new Date(iso);
  if (localeTag === "uz-Latn" && !speaksUzbekLatin()) {
    const w = wallClock(at);
    return `${w.day}-${UZ_LATN_MONTHS[w.month - 1] ?? ""} ${w.year}, ${pad(w.hour)}:${pad(w.minute)}`;
  }
  return new Intl.DateTimeFormat(localeTag, { dateStyle: "medium", timeStyle: "short", timeZone: newsroomZone }).format(at);
}

/** A `datetime-local` value for `iso`: the newsroom's wall clock, whatever the browser's zone. */
export function toZonedInput(iso: string): string {
  const w = wallClock(new Date(iso));
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant a `datetime-local` value names on the newsroom's wall clock (twice round, for a change of offset in between). */
export function fromZonedInput(local: string): Date {
  const [date = "", time = ""] = local.split("T");
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const [h = 0, min = 0] = time.split(":").map(Number);
  const wanted = Date.UTC(y, m - 1, d, h, min);
  const offsetAt = (at: number) => {
    const w = wallClock(new Date(at));
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - at;
  };
  let at = wanted - offsetAt(wanted);
  at = wanted - offsetAt(at);
  return new Date(at);
}
