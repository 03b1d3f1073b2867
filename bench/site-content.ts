/** What `npm run bench` serves: a throw-away PostgreSQL database, generated content, and the pages it measures. */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { children } from "./site-servers.js";

/** This file runs from dist/bench/, two levels under the package. */
const XABAR_BIN = resolve(dirname(fileURLToPath(import.meta.url)), "../../bin/xabar.js");

/** A fresh PostgreSQL database next to `baseUrl`'s, and how to drop it. */
export async function createPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import("pg");
  const name = `xabar_bench_${randomBytes(5).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** `xabar bench-data --articles N` into the servers' database; its summary lines come back. */
export async function generateContent(articles: number, env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [XABAR_BIN, "bench-data", "--articles", String(articles)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", 2],
  });
  children.add(child);
  let out = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  const code = await new Promise<number | null>((done) => child.once("exit", (c) => done(c)));
  children.delete(child);
  if (code !== 0) throw new Error(`xabar bench-data exited with ${code}`);
  return out.trim();
}

export interface Article {
  path: string;
  id: string;
  /** The page as the cache serves it: what the bare route serves too. */
  bytes: Buffer;
}

/** The first article the English home links to, and its page. */
export async function firstArticle(baseUrl: string): Promise<Article> {
  const home = await fetch(`${baseUrl}/en/`, { signal: AbortSignal.timeout(10_000) });
  const homeHtml = await home.text();
  if (!home.ok) throw new Error(`GET /en/ answered ${home.status}`);
  const link = /href="(\/en\/[a-z0-9-]+\/(\d{1,12})(?:-[a-z0-9-]*)?)"/.exec(homeHtml);
  const path = link?.[1];
  const id = link?.[2];
  if (path === undefined || id === undefined) throw new Error("no article link on /en/");
  const article = await fetch(`${baseUrl}${path}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
  const bytes = Buffer.from(await article.arrayBuffer());
  if (article.status !== 200) throw new Error(`GET ${path} answered ${article.status}`);
  return { path, id, bytes };
}

/** The deepest page of a list up to `wanted`, found by halving (a missing page answers 404). */
export async function deepestPage(baseUrl: string, path: string, wanted: number): Promise<number> {
  const exists = async (page: number) => {
    const response = await fetch(`${baseUrl}${path}?page=${page}`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status === 200;
  };
  if (await exists(wanted)) return wanted;
  let low = 1;
  let high = wanted;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await exists(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * The URL a reader reaches page `page` by: the pager's "older" link on the page before, which
 * carries a keyset cursor (a bare `?page=N` walks the index to the start instead).
 */
export async function pagerUrl(baseUrl: string, path: string, page: number): Promise<string> {
  if (page <= 1) return path;
  const before = await fetch(`${baseUrl}${path}${page > 2 ? `?page=${page - 1}` : ""}`, { signal: AbortSignal.timeout(30_000) });
  const next = /rel="next" href="([^"]+)"/.exec(await before.text())?.[1];
  return next ? next.replace(/&amp;/g, "&") : `${path}?page=${page}`;
}
