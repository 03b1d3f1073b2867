/** The load of `npm run bench`: the scenarios, one autocannon run each after a warm-up, and a probe of what they get. */
import autocannon from "autocannon";
import type { Target } from "./site-servers.js";

export const CONNECTIONS = 10;
export const PIPELINING = 1;
export const WARMUP_SECONDS = 1;
/** Without a user agent the API treats the caller as a bot and counts nothing. */
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 xabar-bench";

export interface Scenario {
  label: string;
  target: Target;
  path: string;
  /** Paths to send in turn instead of `path` alone (search queries). */
  paths?: readonly string[];
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface Measured {
  scenario: Scenario;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  probe: string;
}

/** What the scenarios need to know of the servers and the content. */
export interface Subjects {
  bare: Target;
  cached: Target;
  uncached: Target;
  articlePath: string;
  articleId: string;
  deepPage: number;
  /** The deep page as the pager links it (with its cursor). */
  deepPath: string;
  /** One visitor's signed id (`xv=…`) as the server issued it: every view is that visitor's, and dedups. */
  visitorCookie: string;
}

/** The `xv=…` cookie the server issues to a new visitor on its first call (views count only from an issued id). */
export async function issuedVisitorCookie(target: Target, articleId: string): Promise<string> {
  const response = await fetch(`${target.url}/api/v1/articles/${articleId}/stats`, {
    headers: { "user-agent": BROWSER_UA },
    signal: AbortSignal.timeout(5_000),
  });
  await response.arrayBuffer();
  const cookie = (response.headers.get("set-cookie") ?? "").split(";", 1)[0] ?? "";
  if (!cookie.startsWith("xv=")) throw new Error(`no visitor id from ${target.url} (status ${response.status})`);
  return cookie;
}

export function siteScenarios({ bare, cached, uncached, articlePath, articleId, deepPage, deepPath, visitorCookie }: Subjects): Scenario[] {
  const viewHeaders = { "content-type": "application/json", cookie: visitorCookie, "user-agent": BROWSER_UA };
  return [
    { label: "1 bare Fastify route (reference)", target: bare, path: "/" },
    { label: "2 article, cache on", target: cached, path: articlePath },
    { label: "3 article, cache off", target: uncached, path: articlePath },
    { label: "4a home /en/, cache on", target: cached, path: "/en/" },
    { label: "4b home /en/, cache off", target: uncached, path: "/en/" },
    { label: "5 category /en/world/, cache off", target: uncached, path: "/en/world/" },
    { label: `5b deep category, page ${deepPage} by the pager's link, cache off`, target: uncached, path: deepPath },
    { label: `5c deep category /en/world/?page=${deepPage} typed, cache off`, target: uncached, path: `/en/world/?page=${deepPage}` },
    {
      label: `6 POST views (article ${articleId})`,
      target: uncached,
      path: `/api/v1/articles/${articleId}/views`,
      method: "POST",
      headers: viewHeaders,
      body: "{}",
    },
  ];
}

/** One request as the load sends it: status, and the x-cache header when there is one. */
async function probe(s: Scenario): Promise<string> {
  const response = await fetch(`${s.target.url}${s.path}`, {
    method: s.method ?? "GET",
    headers: s.headers,
    body: s.body,
    redirect: "manual",
    signal: AbortSignal.timeout(5_000),
  });
  await response.arrayBuffer();
  const cache = response.headers.get("x-cache");
  return cache ? `${response.status} ${cache}` : String(response.status);
}

async function load(s: Scenario, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${s.target.url}${s.path}`,
    method: s.method ?? "GET",
    headers: s.headers,
    body: s.body,
    connections: CONNECTIONS,
    pipelining: PIPELINING,
    duration,
    timeout: 10,
    title: s.label,
    ...(s.paths ? { requests: [{ setupRequest: rotate(s.paths) }] } : {}),
  });
}

/** Each request takes the next path of the list, round and round. */
function rotate(paths: readonly string[]): (request: { path: string }) => { path: string } {
  let next = 0;
  return (request) => ({ ...request, path: paths[next++ % paths.length] ?? request.path });
}

export async function measure(s: Scenario, duration: number): Promise<Measured> {
  process.stderr.write(`  ${s.label} …\n`);
  await load(s, WARMUP_SECONDS);
  const state = await probe(s);
  const result = await load(s, duration);
  return {
    scenario: s,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    probe: state,
  };
}
