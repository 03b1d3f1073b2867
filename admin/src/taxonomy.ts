/** What stories are filed under, loaded once per screen: categories and their names per locale. */
import { useEffect, useState } from "react";
import { get } from "./api.js";
import type { Locale, MessageKey } from "./messages.js";

export interface Named {
  id: number;
  slug: string;
  names: Partial<Record<Locale, string>>;
}

export function useCategories(): Named[] {
  const [categories, setCategories] = useState<Named[]>([]);
  useEffect(() => {
    get<{ categories: Named[] }>("/api/admin/taxonomy")
      .then((answer) => setCategories(answer.categories))
      .catch(() => setCategories([]));
  }, []);
  return categories;
}

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

/** A time in the newsroom's zone and the interface's language. */
export function formatTime(iso: string, localeTag: string): string {
  return new Intl.DateTimeFormat(localeTag, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Tashkent" }).format(new Date(iso));
}
