/**
 * `xabar import` as an operator runs it (a child process on a SQLite DATA_DIR): the report on
 * stdout, usage errors, and an import killed half way (SIGKILL) that a second run finishes with
 * every post once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBenchWxr } from "../bench/import-wxr.js";
import { openSqlite } from "../src/db/database.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-import-cli-"));
const POSTS = 2_000;

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "test/xabar.ts", ...args], {
    env: { ...process.env, DATA_DIR: join(dir, "data"), SEED_DEMO: "false", LOG_LEVEL: "silent" },
  });
}

function xabar(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = start(args);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function imported(): Promise<{ items: number; guids: number; articles: number }> {
  const handle = openSqlite(join(dir, "data", "xabar.sqlite"));
  try {
    const one = async (q: Promise<{ n: number | string | bigint } | undefined>) => Number((await q)?.n ?? 0);
    return {
      items: await one(
        handle.db
          .selectFrom("import_items")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("kind", "=", "post")
          .executeTakeFirst(),
      ),
      guids: await one(
        handle.db
          .selectFrom("import_items")
          .select((eb) => eb.fn.count<number>("guid").distinct().as("n"))
          .executeTakeFirst(),
      ),
      articles: await one(
        handle.db
          .selectFrom("articles")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirst(),
      ),
    };
  } catch {
    return { items: 0, guids: 0, articles: 0 };
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  await writeBenchWxr(join(dir, "export.xml"), POSTS);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("xabar import (command line)", { timeout: 120_000 }, () => {
  it("refuses bad usage with exit 2 and says why", async () => {
    const runs = await Promise.all([
      xabar(["import"]),
      xabar(["import", "joomla", "x.xml"]),
      xabar(["import", "rss", "feed.xml"]),
      xabar(["import", "rss", "feed.xml", "--locale", "fr", "--category", "world"]),
      xabar(["import", "wordpress", "x.xml", "--uploads", join(dir, "nowhere")]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs.map((r) => r.stderr.split("\n")[0])).toEqual([
      "xabar import: which source: wordpress or rss?",
      'xabar import: unknown source "joomla" (wordpress, rss)',
      "xabar import: --locale L is required (uz, oz, ru, en)",
      'xabar import: unknown locale "fr" (uz, oz, ru, en)',
      `xabar import: --uploads ${join(dir, "nowhere")}: no such folder`,
    ]);
    const missing = await xabar(["import", "wordpress", join(dir, "missing.xml")]);
    expect([missing.code, missing.stderr]).toEqual([1, `xabar import: ${join(dir, "missing.xml")}: no such file\n`]);
    const folder = await xabar(["import", "wordpress", dir]);
    expect([folder.code, folder.stderr]).toEqual([1, `xabar import: ${dir}: is a folder, not a file\n`]);
  });

  it("previews with --dry-run and writes nothing", async () => {
    const run = await xabar(["import", "wordpress", "test/fixtures/import/polylang.xml", "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^dry run \(nothing written\): would import 9, updated 0, unchanged 0/);
    expect((await imported()).articles).toBe(0);
  });

  it("finishes an import that was killed half way: every post once, as if it had run through", async () => {
    const child = start(["import", "wordpress", join(dir, "export.xml"), "--quiet"]);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Kill it once some batches are in, well before the end.
    for (let i = 0; i < 600; i++) {
      const now = await imported();
      if (now.items > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill("SIGKILL");
    await exited;
    const half = await imported();
    expect(half.items).toBeGreaterThan(0);
    expect(half.items).toBeLessThan(POSTS);

    const rest = await xabar(["import", "wordpress", join(dir, "export.xml"), "--json"]);
    expect(rest.code).toBe(0);
    const report = JSON.parse(rest.stdout) as { imported: number; unchanged: number; updated: number };
    expect(report.imported + report.unchanged).toBe(POSTS);
    expect(report.unchanged).toBe(half.items);
    const done = await imported();
    expect([done.items, done.guids]).toEqual([POSTS, POSTS]);

    const again = await xabar(["import", "wordpress", join(dir, "export.xml")]);
    expect(again.stdout).toMatch(new RegExp(`^imported 0, updated 0, unchanged ${POSTS.toLocaleString("en-US")} \\(already imported\\)`));
    expect((await imported()).articles).toBe(done.articles);
  });
});
