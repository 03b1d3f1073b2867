/**
 * The browser half of the stored-XSS test: one Chromium context whose every page and frame has a
 * marker (`__xss(id)`, reported to Node through a binding) and trapped dialogs (`alert`, `confirm`,
 * `prompt`, `print`), with dialogs, page errors and navigations watched as well. A visit loads a
 * page, lets it settle, pokes it (scroll, hover, focus, synthetic mouse events, a click on every
 * link whose URL is not http(s)/mailto), probes for clobbered names, and checks the raw HTML it was
 * sent for executable markup — without relying on any Content-Security-Policy (the context bypasses
 * CSP, and the raw check does not look at headers).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface Hit {
  /** The vector's number (or what fired, for a dialog or error). */
  marker: string;
  how: "marker" | "dialog" | "page error" | "clobbering" | "navigation";
  url: string;
}

export interface Visit {
  url: string;
  status: number;
  /** What the raw HTML holds that could run: elements, attributes and URLs outside the page's vocabulary. */
  findings: string[];
  csp: string | undefined;
}

/** Elements the site's own templates render (home, lists, articles, errors), beside what bodies may hold. */
const PAGE_TAGS = ["html", "head", "meta", "title", "link", "script", "body", "header", "footer", "main", "nav", "section", "article", "aside", "div", "span"];
const PAGE_TAGS_MORE = [
  "time",
  "abbr",
  "form",
  "input",
  "button",
  "picture",
  "source",
  "img",
  "a",
  "p",
  "h1",
  "h2",
  "h3",
  "ul",
  "ol",
  "li",
  "strong",
  "figure",
];
/** What content/sanitize.ts lets through (written out again here: the test is the oracle, not a copy of the code), plus the `<picture>` rewrite of library images. */
const BODY_TAGS = [
  "p",
  "h2",
  "h3",
  "h4",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "br",
  "hr",
  "figure",
  "figcaption",
  "img",
  "sub",
  "sup",
  "code",
  "pre",
];
const BODY_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "title", "rel", "target"],
  // referrerpolicy: "no-referrer" on another site's image (content/sanitize.ts).
  img: ["src", "alt", "width", "height", "loading", "srcset", "sizes", "decoding", "referrerpolicy"],
  source: ["type", "srcset", "sizes"],
  // An embed's provider (youtube, telegram, x): a figure around a plain link, shown as a link card.
  figure: ["data-embed"],
};
export const RULES = {
  pageTags: [...new Set([...PAGE_TAGS, ...PAGE_TAGS_MORE, ...BODY_TAGS])],
  bodyTags: [...BODY_TAGS, "picture", "source"],
  bodyAttributes: BODY_ATTRIBUTES,
  urlAttributes: [
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "lowsrc",
    "dynsrc",
    "code",
    "codebase",
    "cite",
    "srcset",
    "xlink:href",
  ],
};
type Rules = typeof RULES;

const INIT_SCRIPT = `(() => {
  const hit = (what) => { try { window.__xssHit(String(what)); } catch (e) {} };
  window.__xss = (id) => hit(id);
  for (const name of ["alert", "confirm", "prompt", "print"]) window[name] = (id) => { hit(name + ":" + String(id)); return name === "confirm" ? false : null; };
})();`;

/** The DOM check of raw HTML, run in the page on a DOMParser document (which runs nothing). */
function analyse([html, rules]: [string, Rules]): string[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const findings: string[] = [];
  const show = (element: Element) => element.outerHTML.slice(0, 160);
  const inBody = new Set(Array.from(doc.querySelectorAll("div.body *")));
  const parsesAsJson = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  for (const element of Array.from(doc.querySelectorAll("*"))) {
    const tag = element.localName;
    const body = inBody.has(element);
    if (!(body ? rules.bodyTags : rules.pageTags).includes(tag)) findings.push(`element <${tag}>${body ? " in the body" : ""}: ${show(element)}`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) findings.push(`handler ${name}: ${show(element)}`);
      if (body && !(rules.bodyAttributes[tag] ?? []).includes(name)) findings.push(`attribute ${name} in the body: ${show(element)}`);
      if (name === "style" && /expression|javascript|vbscript|url\s*\(|behavior|binding|\\/i.test(attribute.value)) findings.push(`style: ${show(element)}`);
      if (/^__xssc/.test(attribute.value) && (name === "id" || name === "name")) findings.push(`clobbering ${name}: ${show(element)}`);
      if (name === "srcdoc") findings.push(`srcdoc: ${show(element)}`);
      if (rules.urlAttributes.includes(name) || name.endsWith(":href")) {
        const urls = name === "srcset" ? attribute.value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [attribute.value];
        // eslint-disable-next-line no-control-regex -- what a browser strips from a URL before reading its scheme
        const schemes = urls.map((u) => u.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase());
        if (schemes.some((u) => /^(javascript|vbscript|livescript|data):/.test(u))) findings.push(`script URL in ${name}: ${show(element)}`);
      }
    }
    if (tag === "script") {
      const src = element.getAttribute("src");
      const island = src !== null && src.startsWith("/assets/") && element.textContent === "";
      const jsonLd = src === null && element.getAttribute("type") === "application/ld+json" && parsesAsJson(element.textContent ?? "");
      if (!island && !jsonLd) findings.push(`script: ${show(element)}`);
    }
    if (tag === "meta" && element.hasAttribute("http-equiv")) findings.push(`meta http-equiv: ${show(element)}`);
    if (tag === "link") {
      // Our own files (the stylesheet, the icons, the web manifest) come from this site's paths; canonical and alternates name pages.
      const rel = element.getAttribute("rel") ?? "";
      const ownFile = ["stylesheet", "icon", "apple-touch-icon", "manifest"].includes(rel) && /^\/[^/\\]/.test(element.getAttribute("href") ?? "");
      if (!ownFile && !["canonical", "alternate"].includes(rel)) findings.push(`link: ${show(element)}`);
    }
    const reactions = element.closest('form[data-xabar="reactions"]');
    if (tag === "form" && !(reactions === element && (element.getAttribute("action") ?? "").startsWith("/api/v1/"))) findings.push(`form: ${show(element)}`);
    if ((tag === "input" || tag === "button") && !reactions) findings.push(`control outside the reactions form: ${show(element)}`);
  }
  return findings;
}

/** The same question asked of the text, without a parser: every `<script` is one of ours, no tag carries an on… attribute. */
export function analyseText(html: string): string[] {
  const findings: string[] = [];
  const scripts = html.match(/<script\b/gi) ?? [];
  const ours = html.match(/<script src="\/assets\/[^"]+" defer><\/script>|<script type="application\/ld\+json">/g) ?? [];
  if (scripts.length !== ours.length) findings.push(`${scripts.length} <script> where the templates write ${ours.length}`);
  for (const [tag] of html.matchAll(/<[a-zA-Z][a-zA-Z0-9:-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
    const unquoted = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/[\s/"']on[a-z]+\s*=/i.test(unquoted)) findings.push(`handler in the text: ${tag.slice(0, 160)}`);
  }
  return findings;
}

/** In the page: scroll, hover, focus, synthetic mouse events, clicks on script links; then the clobbering probe. */
function poke(): string[] {
  window.scrollTo(0, document.body.scrollHeight);
  window.scrollTo(0, 0);
  const elements = Array.from(document.querySelectorAll("body *"));
  for (const element of elements) {
    for (const type of ["mouseover", "mouseenter", "pointerover", "mousemove"]) element.dispatchEvent(new MouseEvent(type, { bubbles: false }));
    if (!element.closest("a, area, button, form, label, summary, select, input, textarea")) element.dispatchEvent(new MouseEvent("click", { bubbles: false }));
  }
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>("a[href], area[href]"))) {
    if (!["http:", "https:", "mailto:"].includes(link.protocol)) link.click();
  }
  for (const element of Array.from(document.querySelectorAll<HTMLElement>("[tabindex], [contenteditable], input, select, textarea, button, a[href]"))) {
    element.focus();
    element.blur();
  }
  const clobbered: string[] = [];
  if (typeof document.cookie !== "string") clobbered.push("document.cookie");
  if (typeof document.getElementById !== "function") clobbered.push("document.getElementById");
  for (const element of Array.from(document.querySelectorAll('[id^="__xssc"], [name^="__xssc"]')))
    clobbered.push(element.id || (element.getAttribute("name") ?? ""));
  return clobbered;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const digits = (text: string): string => /\d+/.exec(text)?.[0] ?? text;

export class XssHarness {
  readonly hits: Hit[] = [];
  /**
   * The HTML a path was served as, when the browser no longer has it (a vector navigated away
   * before the body could be read): the server's answer by default, the fake page in a control.
   */
  raw: (path: string) => Promise<string> = async (path) => (await fetch(new URL(path, this.base))).text();

  private constructor(
    readonly context: BrowserContext,
    private readonly base: string,
  ) {}

  static async create(browser: Browser, base: string): Promise<XssHarness> {
    const context = await browser.newContext({ baseURL: base, bypassCSP: true, locale: "uz-UZ" });
    const harness = new XssHarness(context, base);
    await context.exposeBinding("__xssHit", (source, what: string) => {
      harness.hits.push({ marker: digits(what), how: "marker", url: source.page.url() });
    });
    await context.addInitScript(INIT_SCRIPT);
    return harness;
  }

  private watch(page: Page): void {
    page.on("dialog", (dialog) => {
      this.hits.push({ marker: digits(dialog.message()), how: "dialog", url: page.url() });
      void dialog.dismiss().catch(() => undefined);
    });
    page.on("pageerror", (error) => {
      if (/__xss|Blocked a frame/.test(error.message)) this.hits.push({ marker: digits(error.message), how: "page error", url: page.url() });
    });
  }

  /** Loads `path`, settles, pokes, and checks the HTML that was sent. */
  async visit(page: Page, path: string): Promise<Visit> {
    const response = await page.goto(path, { waitUntil: "load" });
    const html = (await response?.text().catch(() => undefined)) ?? (await this.raw(path));
    // Load, error, toggle, animation and marquee events arrive after `load`.
    await sleep(120);
    await page.mouse.move(200, 200);
    await page.mouse.move(600, 400);
    const clobbered = await page.evaluate(poke);
    for (const name of clobbered) this.hits.push({ marker: digits(name), how: "clobbering", url: page.url() });
    await sleep(60);
    const wanted = new URL(path, this.base);
    const now = new URL(page.url());
    if (now.pathname + now.search !== wanted.pathname + wanted.search) this.hits.push({ marker: now.href, how: "navigation", url: wanted.href });
    const findings = [...(await page.evaluate(analyse, [html, RULES] as [string, Rules])), ...analyseText(html)];
    return { url: path, status: response?.status() ?? 0, findings, csp: response?.headers()["content-security-policy"] };
  }

  /** Visits every path, `concurrency` pages at a time. */
  async visitAll(paths: readonly string[], concurrency = 8): Promise<Visit[]> {
    const visits: Visit[] = [];
    let next = 0;
    const worker = async () => {
      const page = await this.context.newPage();
      this.watch(page);
      for (let i = next++; i < paths.length; i = next++) visits.push(await this.visit(page, paths[i] ?? "/"));
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
    return visits;
  }

  /** Hits whose page is one of `paths` (or any, without). */
  hitsOn(paths?: readonly string[]): Hit[] {
    if (!paths) return this.hits;
    const wanted = new Set(paths.map((p) => new URL(p, this.base).pathname));
    return this.hits.filter((hit) => wanted.has(new URL(hit.url).pathname));
  }
}
