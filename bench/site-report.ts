/** The report of `npm run bench` on stdout: what ran, a table of the runs, and the goals from the issue. */
import { cpus } from "node:os";
import { CONNECTIONS, type Measured, PIPELINING, WARMUP_SECONDS } from "./site-load.js";
import { searchGoalRow } from "./site-search.js";
import type { Memory, Target } from "./site-servers.js";

const GOAL_RATIO = 0.5;
const GOAL_UNCACHED_RPS = 2_000;
const GOAL_RSS_MB = 120;
/** Render budgets (issue 13): the uncached article and home against the same-bytes bare route, in the same run. */
const GOAL_UNCACHED_ARTICLE_RATIO = 0.15;
const GOAL_UNCACHED_HOME_RATIO = 0.1;
/** Cold start to the first 200 with 100k articles (issue 13). */
const GOAL_COLD_START_MS = 500;

export const int = (n: number) => Math.round(n).toLocaleString("en-US");
/** autocannon records latency in whole milliseconds (its mean too), so 0 means under 1 ms. */
export const ms = (n: number) => (n < 1 ? "<1" : n.toFixed(0));
const mb = (n: number) => `${n.toFixed(1)} MB`;
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");

export function table(headers: string[], rows: string[][], right: boolean[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => ((right[i] ?? false) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export interface Setting {
  spawn: boolean;
  duration: number;
  db: string;
  contentSummary: string;
  articlePath: string;
  articleBytes: number;
}

export function printSetting(s: Setting): void {
  const cpu = cpus();
  console.log(`Xabar site benchmark — node ${process.version}, ${cpu.length} CPU × ${cpu[0]?.model.trim() ?? "unknown"}`);
  console.log(
    `mode: ${s.spawn ? "spawn (each server is its own process; autocannon runs here)" : "in-process (servers, bare route and autocannon share ONE process and thread)"}`,
  );
  console.log(`load: autocannon, ${CONNECTIONS} connections, pipelining ${PIPELINING}, ${WARMUP_SECONDS} s warm-up + ${s.duration} s per run, loopback`);
  console.log(`database: ${s.db}; content: ${s.contentSummary.replace(/\n/g, "\n  ")}`);
  console.log(`article: ${s.articlePath} (${int(s.articleBytes)} bytes; the bare route serves the same bytes)`);
  console.log("");
}

export function printRuns(results: Measured[]): void {
  console.log(
    table(
      ["scenario", "req/s (mean)", "p50 ms", "p99 ms", "errors", "non-2xx", "probe"],
      results.map((r) => [r.scenario.label, int(r.rps), ms(r.p50), ms(r.p99), String(r.errors), String(r.non2xx), r.probe]),
      [false, true, true, true, true, true, false],
    ),
  );
  console.log("(p50/p99: autocannon's resolution is 1 ms; errors: connection errors and timeouts;");
  console.log(" probe: status and x-cache of one request after the warm-up)");
  console.log("");
}

/** A measured server's memory after the load; the reference has no goal. */
export interface TargetMemory {
  target: Target;
  memory: Memory | undefined;
  reference: boolean;
}

/**
 * The goals: cached article against the bare route, uncached article (in req/s and against the
 * bare route), uncached home against the bare route, and RSS per Xabar
 * server when each is its own process (`servers`); in-process only the whole process's RSS.
 */
export function printGoals(results: Measured[], servers: TargetMemory[] | undefined, ownRss: number, coldStart?: { articles: number; ms: number }): void {
  const rps = (label: string) => results.find((r) => r.scenario.label.startsWith(label))?.rps ?? Number.NaN;
  const ratio = rps("2 ") / rps("1 ");
  const uncachedArticle = rps("3 ");
  const budget = (label: string, scenario: string, goal: number): string[] => {
    const share = rps(scenario) / rps("1 ");
    return [label, `${(share * 100).toFixed(1)} %`, `≥ ${goal * 100} %`, verdict(share >= goal)];
  };
  const goals: string[][] = [
    ["cached article / bare route", `${(ratio * 100).toFixed(1)} %`, `≥ ${GOAL_RATIO * 100} %`, verdict(ratio >= GOAL_RATIO)],
    ["uncached article", `${int(uncachedArticle)} req/s`, `≥ ${int(GOAL_UNCACHED_RPS)} req/s`, verdict(uncachedArticle >= GOAL_UNCACHED_RPS)],
    budget("uncached article / bare route", "3 ", GOAL_UNCACHED_ARTICLE_RATIO),
    budget("uncached home / bare route", "4b ", GOAL_UNCACHED_HOME_RATIO),
    ...[searchGoalRow(results, verdict)].filter((row) => row !== undefined),
    ...(servers
      ? servers.map(rssGoal)
      : [
          [
            "RSS after load, whole process: autocannon + 2 Xabar + bare route, ALL IN ONE PROCESS",
            mb(ownRss),
            `< ${GOAL_RSS_MB} MB`,
            "not comparable (use --spawn)",
          ],
        ]),
    ...(coldStart
      ? [
          [
            `cold start with ${int(coldStart.articles)} articles (spawn → first 200 on /healthz)`,
            `${int(coldStart.ms)} ms`,
            `< ${int(GOAL_COLD_START_MS)} ms`,
            verdict(coldStart.ms < GOAL_COLD_START_MS),
          ],
        ]
      : []),
  ];
  console.log(table(["goal (from the issue)", "figure", "goal", "verdict"], goals, [false, true, false, false]));
  if (servers) console.log(`(benchmark process itself, autocannon only: ${mb(ownRss)} RSS)`);
}

function rssGoal({ target, memory: m, reference }: TargetMemory): string[] {
  return [
    `RSS after load, ${target.name} (pid ${target.pid ?? "?"}; peak ${m ? mb(m.peak) : "n/a"})`,
    m ? mb(m.rss) : "n/a (no /proc)",
    reference ? "(reference)" : `< ${GOAL_RSS_MB} MB`,
    !reference && m ? verdict(m.rss < GOAL_RSS_MB) : "",
  ];
}
