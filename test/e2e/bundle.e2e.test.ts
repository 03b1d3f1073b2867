/**
 * The server bundle (src/app/bundle.ts), built here from the sources into a folder of its own (so
 * a stale dist/server proves nothing), started as `npm run serve` starts dist/server/main.js: on
 * a fresh DATA_DIR it migrates, seeds the demo in its child process (seed-child.js beside it),
 * serves pages, API and assets; restarted on that database, it has loaded nothing from outside
 * the bundle but Node's and the external packages, and none of the chunks that only rare routes,
 * commands or optional settings need. What finds files from `import.meta.url` breaks here first.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transform, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveArgs } from "../../bench/site-servers.js";
import { SERVER_BUNDLE_DIR, bundleServer } from "../../src/app/bundle.js";
import { projectRoot } from "../../src/site/assets.js";

const root = projectRoot();
mkdirSync(join(root, "dist"), { recursive: true });
// Inside the project: the bundle finds package.json and node_modules above itself, as dist/server does.
const outdir = mkdtempSync(join(root, "dist", "bundle-test-"));
const dataDir = mkdtempSync(join(tmpdir(), "xabar-bundle-"));
const modulesFile = join(dataDir, "modules.json");
let metafile: Metafile;
let firstStart: Started;
let restart: Started;

interface Answer {
  status: number;
  body: string;
}

interface Started {
  log: string;
  loaded: string[];
  /** What was asked for, by name. */
  answers: Record<string, Answer>;
}

/** The server's environment: the given DATA_DIR, loopback, no outside calls, nothing optional (Redis, metrics, PostgreSQL). */
function serverEnv(): Record<string, string> {
  const optional = new Set(["REDIS_URL", "METRICS_TOKEN", "DATABASE_URL", "NODE_OPTIONS"]);
  return {
    ...(Object.fromEntries(Object.entries(process.env).filter(([name]) => !optional.has(name))) as Record<string, string>),
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    SEED_DEMO: "1",
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    WEATHER_API_URL: "http://127.0.0.1:9/",
    CBU_API_URL: "http://127.0.0.1:9/json/",
    XABAR_MODULES_FILE: modulesFile,
  };
}

function serving(server: ChildProcess, exited: Promise<number | null>, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", () => {
      const match = /Xabar is serving (http:\/\/[^"\s]+)/.exec(output());
      if (match?.[1]) resolve(match[1].replace(/\/$/, ""));
    });
    void exited.then((code) => reject(new Error(`the bundled server exited with ${code}: ${output()}`)));
  });
}

type Get = (name: string, path: string) => Promise<string>;

/** Starts the bundle as `npm run serve` would (plus the module recorder), asks for what `ask` names, stops it. */
async function serve(ask: (get: Get) => Promise<void>): Promise<Started> {
  // `npm run serve`'s flags (serveArgs refuses a script that is not `node [flags] entry`), with this bundle's entry.
  const flags = serveArgs().slice(0, -1);
  const server = spawn(process.execPath, [...flags, "--import", pathToFileURL(join(outdir, "record-modules.mjs")).href, join(outdir, "main.js")], {
    env: serverEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  try {
    const baseUrl = await serving(server, exited, () => log);
    const answers: Record<string, Answer> = {};
    await ask(async (name, path) => {
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      answers[name] = { status: response.status, body: await response.text() };
      return answers[name].body;
    });
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    return { log, loaded: JSON.parse(readFileSync(modulesFile, "utf8")) as string[], answers };
  } finally {
    server.kill("SIGKILL");
  }
}

beforeAll(async () => {
  metafile = await bundleServer(outdir);
  // The recorder of test/start-modules.test.ts, as plain JavaScript: the server runs without tsx.
  const recorder = await transform(readFileSync(join(root, "test", "record-modules.ts"), "utf8"), { loader: "ts", format: "esm" });
  writeFileSync(join(outdir, "record-modules.mjs"), recorder.code);

  firstStart = await serve(async (get) => {
    await get("health", "/healthz");
    const home = await get("home", "/en/");
    await get("stylesheet", /href="(\/assets\/site\.[^"]+\.css)"/.exec(home)?.[1] ?? "/assets/no-stylesheet");
    await get("script", /src="(\/assets\/site\.[^"]+\.js)"/.exec(home)?.[1] ?? "/assets/no-script");
    const list = JSON.parse(await get("api", "/api/v1/articles?locale=en&limit=1")) as { articles: { url: string }[] };
    await get("article", new URL(list.articles[0]?.url ?? "http://localhost/en/no-article").pathname);
  });
  // On the database it has just made: nothing to migrate, nothing to seed.
  restart = await serve(async (get) => {
    await get("health", "/healthz");
    await get("home", "/en/");
  });
}, 120_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the server bundle", () => {
  it("is what npm run serve runs", () => {
    expect(serveArgs().at(-1)).toBe(join(SERVER_BUNDLE_DIR, "main.js"));
  });

  it("seeds the demo on a fresh DATA_DIR in its child process, then serves it", () => {
    expect(firstStart.log).toMatch(/demo content: \d+ stories, \d+ articles/);
    const statuses = Object.fromEntries(Object.entries(firstStart.answers).map(([name, answer]) => [name, answer.status]));
    expect(statuses).toEqual({ health: 200, home: 200, stylesheet: 200, script: 200, api: 200, article: 200 });
  });

  it("renders the pages with their content, and the assets built into it", () => {
    const { home, article, stylesheet, script } = firstStart.answers;
    expect(home?.body).toContain('<h2 id="top-title">');
    expect(article?.body).toContain('"@type":"NewsArticle"');
    expect(article?.body).toMatch(/<h1[^>]*>[^<]+/);
    expect(stylesheet?.body).toMatch(/^[^<]*\{[^}]*\}/);
    expect(script?.body.length).toBeGreaterThan(1000);
  });

  it("restarts on that database without migrating or seeding again", () => {
    expect(Object.values(restart.answers).map((answer) => answer.status)).toEqual([200, 200]);
    expect(restart.log).not.toMatch(/seeding demo content/);
  });

  it("loads nothing of the project from outside the bundle", () => {
    const project = pathToFileURL(root).href;
    const ours = [...firstStart.loaded, ...restart.loaded]
      .map((file) => (file.startsWith("/") ? pathToFileURL(file).href : file))
      .filter((url) => url.startsWith(`${project}/`) && !url.includes("/node_modules/"));
    expect(ours).toContain(pathToFileURL(join(outdir, "main.js")).href);
    expect(ours.filter((url) => !url.startsWith(`${pathToFileURL(outdir).href}/`))).toEqual([]);
  });

  it("still loads on first use only what rare routes, commands or optional settings need", () => {
    const chunkOf = (pattern: RegExp) =>
      Object.entries(metafile.outputs)
        .filter(([, output]) => output.entryPoint !== undefined && pattern.test(output.entryPoint))
        .map(([file]) => file.replace(/^.*\//, ""));
    const lazy = [
      /src\/server\/metrics-registry\.ts$/,
      /src\/content\/sanitize\.ts$/,
      /src\/media\/(sniff|variants)\.ts$/,
      /src\/cli\/demo\/seed\.ts$/,
      /src\/db\/dialects\/postgres\.ts$/,
      /src\/db\/migrations\//,
      /node_modules\/(feedsmith|diff)\//,
    ].flatMap(chunkOf);
    expect(lazy.length).toBeGreaterThan(15);
    const loadedFiles = new Set(restart.loaded.map((file) => file.replace(/^.*\//, "")));
    expect(lazy.filter((file) => loadedFiles.has(file))).toEqual([]);
    const packages = new Set(restart.loaded.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]));
    const external = ["@node-rs/argon2", "ioredis", "sharp", "esbuild", "@fastify/ajv-compiler", "@fastify/fast-json-stringify-compiler", "pg"];
    expect(external.filter((name) => packages.has(name))).toEqual([]);
  });
});
