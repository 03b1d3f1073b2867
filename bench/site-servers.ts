/**
 * The servers `npm run bench` measures: Xabar and the bare reference route, as child processes or
 * inside the benchmark; readiness, stopping, and their memory from /proc.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import Fastify from "fastify";
import { projectRoot } from "../src/site/assets.js";

export const HOST = "127.0.0.1";
export const READY_TIMEOUT_MS = 120_000;
/** The project's package.json, found from wherever this runs (dist/bench/ or the sources). */
const PACKAGE_JSON = join(projectRoot(), "package.json");

export interface Target {
  name: string;
  url: string;
  /** The child's pid; undefined when the server runs in this process. */
  pid: number | undefined;
  /** Spawned: ms from spawning to the first 200 on the ready path (the cold start). */
  readyMs?: number;
  stop(): Promise<void>;
}

/** Every child still running, so a failure or Ctrl-C can kill them all. */
export const children = new Set<ChildProcess>();

export function killChildren(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

/** The bare reference: one route, the given bytes as HTML. */
export async function serveBare(body: Buffer, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({ logger: false });
  app.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(body));
  const url = await app.listen({ host: HOST, port });
  return { url, close: () => app.close() };
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      if (address === null || typeof address === "string") return reject(new Error("no port"));
      server.close(() => resolvePort(address.port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

async function waitReady(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited during start-up (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`${name} not ready after ${READY_TIMEOUT_MS / 1000} s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

/**
 * Node's arguments as `npm run serve` (what `npm start` runs) gives them: its flags, then its entry
 * (the server bundle, dist/server/main.js) as an absolute path, so the benchmark measures the same
 * process whatever the script says.
 */
export function serveArgs(): string[] {
  const pkg = JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { scripts?: Record<string, string> };
  const [node, ...args] = (pkg.scripts?.serve ?? "").split(/\s+/).filter(Boolean);
  const entry = args.pop();
  if (node !== "node" || entry === undefined || entry.startsWith("-")) throw new Error(`npm run serve is not "node [flags] entry": ${pkg.scripts?.serve}`);
  return [...args, resolve(dirname(PACKAGE_JSON), entry)];
}

/** The script `npm run serve` runs (absolute). */
export function serveEntry(): string {
  return serveArgs().at(-1) ?? "";
}

export async function spawnServer(name: string, args: string[], env: Record<string, string>, readyPath: string, port: number): Promise<Target> {
  // The child's log lines go to our stderr, so stdout stays the report.
  const spawned = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", 2, 2] });
  children.add(child);
  const url = `http://${HOST}:${port}`;
  await waitReady(`${url}${readyPath}`, child, name);
  return { name, url, pid: child.pid, readyMs: performance.now() - spawned, stop: () => stopChild(child) };
}

/** Environment for a Xabar server: loopback, quiet, no outside calls. */
export function xabarEnv(dataDir: string, port: number, extra: Record<string, string>): Record<string, string> {
  return {
    HOST,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    SEED_DEMO: "1",
    WEATHER_API_URL: "http://127.0.0.1:9/",
    CBU_API_URL: "http://127.0.0.1:9/json/",
    WEATHER_TIMEOUT_MS: "500",
    ...extra,
  };
}

/** The bare route serving `body`: spawned as `node <spawnScript> --bare-server FILE --port N` (the benchmark's own script), or in this process when there is none. */
export async function startBare(spawnScript: string | undefined, body: Buffer, dir: string): Promise<Target> {
  if (spawnScript !== undefined) {
    const file = join(dir, "bare.html");
    await writeFile(file, body);
    const port = await freePort();
    return spawnServer("bare Fastify", [spawnScript, "--bare-server", file, "--port", String(port)], {}, "/", port);
  }
  const bare = await serveBare(body, 0);
  return { name: "bare Fastify", url: bare.url, pid: undefined, stop: () => bare.close() };
}

/** The child side of startBare: serves the file until SIGTERM or SIGINT. */
export async function bareServerMain(file: string, port: number): Promise<void> {
  const body = await readFile(file);
  const bare = await serveBare(body, port);
  const shutdown = () => {
    bare.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

export interface Memory {
  rss: number;
  peak: number;
}

/** VmRSS and VmHWM (peak) of a process, in MB; undefined without /proc. */
export async function memoryOf(pid: number): Promise<Memory | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}
