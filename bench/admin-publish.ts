/**
 * Publish-to-visible for `npm run bench:admin`: an editor signs in, creates a story (uz, which
 * brings its derived oz) through the admin API and publishes it; from the moment the publish
 * request is sent, readers poll, back to back, until each page answers 200 with the new article:
 * the uz article, the oz article, and the uz home (from the page cache, warmed before, so what is
 * measured is its invalidation). On a second instance the same pages show when Redis pub/sub
 * has told it.
 */
import type { Target } from "./site-servers.js";

export interface Session {
  cookie: string;
  csrfToken: string;
  origin: string;
}

export async function signIn(target: Target, email: string, password: string, origin: string): Promise<Session> {
  const response = await fetch(`${target.url}/api/admin/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  const cookie = /xabar_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0];
  if (!response.ok || !cookie || !body.csrfToken) throw new Error(`signing in answered ${response.status}`);
  return { cookie, csrfToken: body.csrfToken, origin };
}

async function adminCall<T>(target: Target, session: Session, method: "GET" | "POST", path: string, body?: object): Promise<T> {
  const response = await fetch(`${target.url}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(method === "GET" ? {} : { "x-csrf-token": session.csrfToken, origin: session.origin, "content-type": "application/json" }),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/**
 * Until the server takes requests again: under-pressure answers 503 while its event loop lags
 * (after a q= scan under load, or during a similar-news refresh).
 */
export async function settled(target: Target, session: Session): Promise<void> {
  const deadline = performance.now() + 300_000;
  for (;;) {
    const response = await fetch(`${target.url}/api/admin/articles?limit=1`, { headers: { cookie: session.cookie }, signal: AbortSignal.timeout(300_000) });
    await response.arrayBuffer();
    if (response.ok) return;
    if (performance.now() > deadline) throw new Error(`the server still answers ${response.status} after 5 minutes`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

export const adminGet = <T>(target: Target, session: Session, path: string) => adminCall<T>(target, session, "GET", path);

/** A page as a reader fetches it: status and text. */
async function page(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(120_000) });
  return { status: response.status, text: await response.text() };
}

/** GET `url` back to back until `ok` holds; ms since `t0`, and how many requests it took. */
async function pollUntil(
  url: string,
  ok: (p: { status: number; text: string }) => boolean,
  t0: number,
  deadlineMs: number,
): Promise<{ ms: number; polls: number }> {
  let polls = 0;
  for (;;) {
    polls++;
    const p = await page(url);
    const now = performance.now();
    if (ok(p)) return { ms: now - t0, polls };
    if (now - t0 > deadlineMs) throw new Error(`${url} still not showing the publication after ${deadlineMs} ms (last status ${p.status})`);
  }
}

export interface Watch {
  label: string;
  target: Target;
  /** What the page is, from the story's article URLs. */
  path: (urls: { uz: string; oz: string }) => string;
  /** The page shows the publication. */
  shows: (p: { status: number; text: string }, s: { title: string; uzId: number }) => boolean;
}

/** The pages polled after each publication: on the instance that published, and on a second one when there is one. */
export function watches(a: Target, b: Target | undefined): Watch[] {
  const on = (target: Target, tag: string): Watch[] => [
    { label: `uz article${tag}`, target, path: (u) => u.uz, shows: (p, s) => p.status === 200 && p.text.includes(s.title) },
    { label: `oz article (derived)${tag}`, target, path: (u) => u.oz, shows: (p) => p.status === 200 },
    { label: `uz home /uz/, page cache${tag}`, target, path: () => "/uz/", shows: (p, s) => p.status === 200 && p.text.includes(`/${s.uzId}-`) },
  ];
  return [...on(a, a === b || !b ? "" : ", instance A"), ...(b ? on(b, ", instance B (Redis)") : [])];
}

export interface PublishRun {
  /** The publish request's own round trip. */
  requestMs: number[];
  /** Per watch label: ms from sending the publish request until the page showed it. */
  visibleMs: Map<string, number[]>;
  polls: Map<string, number[]>;
}

interface Created {
  articles: Array<{ id: number; locale: string; url: string }>;
}

/**
 * `repeats` publications on `a`, each watched on every page of `list`. Before each, the watched
 * home pages are fetched twice (the second answer comes from the page cache) and the article
 * URLs answer 404.
 */
export async function publishToVisible(a: Target, session: Session, category: string, list: Watch[], repeats: number, runId: string): Promise<PublishRun> {
  const run: PublishRun = { requestMs: [], visibleMs: new Map(), polls: new Map() };
  for (let i = 0; i < repeats; i++) {
    const title = `Bench nashr ${runId} ${i + 1}`;
    await settled(a, session);
    const created = await adminCall<Created>(a, session, "POST", "/api/admin/stories", {
      category,
      renditions: { uz: { title, lead: "Tezlik sinovi", body: "<p>Nashrdan saytgacha qancha vaqt ketadi.</p>" } },
    });
    const uz = created.articles.find((x) => x.locale === "uz");
    const oz = created.articles.find((x) => x.locale === "oz");
    if (!uz || !oz) throw new Error("the story did not bring its uz and oz articles");
    const urls = { uz: uz.url, oz: oz.url };
    for (const w of list) {
      const url = `${w.target.url}${w.path(urls)}`;
      if (w.path(urls) === "/uz/") await page(url);
      const before = await page(url);
      if (w.shows(before, { title, uzId: uz.id })) throw new Error(`${w.label} shows the article before it is published`);
    }
    const t0 = performance.now();
    const publish = adminCall(a, session, "POST", `/api/admin/articles/${uz.id}/transitions`, { to: "published" }).then(() => performance.now() - t0);
    const polled = list.map((w) => pollUntil(`${w.target.url}${w.path(urls)}`, (p) => w.shows(p, { title, uzId: uz.id }), t0, 180_000));
    // Awaited together: a poller that gives up must not leave the others' failures unhandled.
    const [requestMs, ...results] = await Promise.all([publish, ...polled]);
    run.requestMs.push(requestMs);
    list.forEach((w, k) => {
      const r = results[k];
      if (!r) return;
      run.visibleMs.set(w.label, [...(run.visibleMs.get(w.label) ?? []), r.ms]);
      run.polls.set(w.label, [...(run.polls.get(w.label) ?? []), r.polls]);
    });
    await new Promise((done) => setTimeout(done, 100));
  }
  return run;
}

/** The q-quantile of `values` (nearest rank). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
