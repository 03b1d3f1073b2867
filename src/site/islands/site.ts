/**
 * The one script of the public site. Pages are cached for everybody, so what is per visitor
 * happens here: remember the language, count the view, show live counts and my reaction.
 * The stats call comes first: a new visitor is given its id there, and views count from an id
 * the server issued.
 */
import { type ReactionKind as Reaction, isReaction } from "../../engagement/reactions.js";
import { isLocale, localeFromAcceptLanguage } from "../../lang/locales.js";
import { numberFormatter } from "../../lang/numbers.js";
import { LANGUAGE_COOKIE, engagementUrls } from "../urls.js";
import { startConverter } from "./converter.js";

interface Stats {
  views: number;
  reactions: Record<Reaction, number>;
  mine: Reaction | null;
}

const lang = document.documentElement.getAttribute("lang") ?? "";
const prefix = location.pathname.split("/")[1] ?? "";
if (isLocale(prefix)) {
  document.cookie = `${LANGUAGE_COOKIE}=${prefix}; path=/; max-age=31536000; samesite=lax`;
}
// The page's lang is a language tag as Accept-Language has them: uz-Latn, uz-Cyrl, ru, en.
const pageLocale = localeFromAcceptLanguage(lang);
// As the server writes them, also where the browser has no data for the page's language.
const numberFormat = pageLocale ? numberFormatter(pageLocale) : new Intl.NumberFormat();

async function call<T>(url: string, method: "GET" | "POST", body?: unknown): Promise<T | undefined> {
  try {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

function setCount(root: Element | null, value: number): void {
  const count = root?.querySelector(".count");
  if (count) count.textContent = numberFormat.format(value);
}

function showStats(form: HTMLFormElement, stats: Stats): void {
  for (const button of Array.from(form.querySelectorAll<HTMLButtonElement>("button[data-reaction]"))) {
    const kind = button.dataset.reaction;
    if (!isReaction(kind)) continue;
    setCount(button, stats.reactions[kind] ?? 0);
    button.setAttribute("aria-pressed", String(stats.mine === kind));
  }
}

const viewsElement = document.querySelector<HTMLElement>('[data-xabar="views"]');
const form = document.querySelector<HTMLFormElement>('form[data-xabar="reactions"]');
const articleId = viewsElement?.dataset.articleId ?? form?.dataset.articleId;

if (articleId) {
  const api = engagementUrls(articleId);
  // The stats call gives a new visitor its id (a signed cookie), so the view call after it counts.
  void call<Stats>(api.stats, "GET").then(async (stats) => {
    if (stats && form) showStats(form, stats);
    const counted = await call<{ views: number }>(api.views, "POST");
    if (counted) setCount(viewsElement, counted.views);
  });
  form?.addEventListener("submit", (event) => {
    event.preventDefault();
    const button = event.submitter as HTMLButtonElement | null;
    const kind = button?.dataset.reaction;
    if (!isReaction(kind)) return;
    const reaction = button?.getAttribute("aria-pressed") === "true" ? null : kind;
    // Once more when refused: a visitor whose cookie went missing is given an id on the first answer.
    const react = () => call<Stats>(api.reactions, "POST", { reaction });
    void react()
      .then((stats) => stats ?? react())
      .then((stats) => {
        if (stats) showStats(form, stats);
      });
  });
}

const converter = document.querySelector<HTMLElement>('[data-xabar="converter"]');
if (converter) startConverter(converter, pageLocale);
