/**
 * The account commands as an operator runs them (a child process on a SQLite DATA_DIR), and the
 * first admin from ADMIN_EMAIL + ADMIN_PASSWORD on a start with no users.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { start } from "../src/app/start.js";
import { loadConfig } from "../src/config.js";
import { openSqlite } from "../src/db/database.js";
import { AccountService } from "../src/newsroom/accounts.service.js";

const dir = mkdtempSync(join(tmpdir(), "xabar-users-"));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `xabar <args>` from the sources, with `stdin` on its standard input. */
function xabar(
  args: string[],
  stdin = "",
  siteUrl: string | null = "https://news.example.uz",
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir, LOG_LEVEL: "silent", PORT: "3977" };
  if (siteUrl) env.SITE_URL = siteUrl;
  else delete env.SITE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "test/xabar.ts", ...args], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

async function withAccounts<T>(work: (accounts: AccountService) => Promise<T>): Promise<T> {
  const handle = openSqlite(join(dir, "xabar.sqlite"));
  try {
    return await work(new AccountService(handle.db));
  } finally {
    await handle.close();
  }
}

describe("xabar create-user and reset-password", () => {
  it("creates a translator with a password from stdin", async () => {
    const run = await xabar(
      ["create-user", "--email", "tarjimon@example.uz", "--name", "Lola", "--role", "translator", "--locales", "ru,en", "--password-stdin"],
      "Buxoro-kechasi-2026\n",
    );
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^Created translator tarjimon@example\.uz \(id \d+\)\n$/);
    const signedIn = await withAccounts((accounts) => accounts.login("tarjimon@example.uz", "Buxoro-kechasi-2026", { address: "127.0.0.1" }));
    expect(signedIn.user).toMatchObject({ role: "translator", locales: ["ru", "en"] });
  });

  it("prints a one-time link when no password is given, and reset-password prints another", async () => {
    const created = await xabar(["create-user", "--email", "muharrir@example.uz", "--name", "Jasur", "--role", "editor"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/https:\/\/news\.example\.uz\/admin\/set-password#token=[A-Za-z0-9_-]{20,}/);
    const reset = await xabar(["reset-password", "--email", "muharrir@example.uz"]);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(reset.stdout)?.[1] ?? "";
    expect([reset.code, token.length > 20]).toEqual([0, true]);
    // Only the newest link works: the one create-user printed is spent by the new one.
    const first = /#token=([A-Za-z0-9_-]+)/.exec(created.stdout)?.[1] ?? "";
    await expect(withAccounts((accounts) => accounts.setPassword(first, "Xiva-darvozasi-1999"))).rejects.toMatchObject({ code: "XABAR_INVALID_TOKEN" });
    const user = await withAccounts((accounts) => accounts.setPassword(token, "Xiva-darvozasi-1999"));
    expect(user.email).toBe("muharrir@example.uz");
    expect(created.stdout).not.toContain("SITE_URL");
  });

  it("says the link's address is a guess when SITE_URL is not set, and gives the path to open on the site", async () => {
    const reset = await xabar(["reset-password", "--email", "muharrir@example.uz"], "", null);
    const lines = reset.stdout.split("\n");
    expect(lines[1]).toMatch(/^ {2}http:\/\/localhost:3977\/admin\/set-password#token=[A-Za-z0-9_-]{20,}$/);
    expect(lines[2]).toMatch(
      /^SITE_URL is not set, so http:\/\/localhost:3977 is a guess: on the site's own address, open \/admin\/set-password#token=[A-Za-z0-9_-]{20,} there/,
    );
  });

  it("lists the accounts, one line each, with their state", async () => {
    const run = await xabar(["users"]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => line.split(/ {2,}/));
    expect(lines).toEqual([
      ["tarjimon@example.uz", "translator", "Lola", "ru,en", "active"],
      ["muharrir@example.uz", "editor", "Jasur", "all languages", "active"],
    ]);
  });

  it("prints a command's usage for --help", async () => {
    const help = await xabar(["create-user", "--help"]);
    expect([help.code, help.stdout.split("\n")[0], help.stdout.split("\n")[1]]).toEqual([
      0,
      "Usage:",
      expect.stringMatching(/^ {2}xabar create-user --email E /),
    ]);
  });

  it("refuses bad input with a message and a non-zero exit", async () => {
    const badRole = await xabar(["create-user", "--email", "x@example.uz", "--name", "X", "--role", "chief"]);
    expect([badRole.code, badRole.stderr]).toEqual([2, "xabar create-user: --role must be one of admin, editor, author, translator\n"]);
    const weak = await xabar(["create-user", "--email", "y@example.uz", "--name", "Y", "--role", "author", "--password-stdin"], "qwertyuiop\n");
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^xabar create-user: .+\n {2}password: .+\n$/);
    const unknown = await xabar(["reset-password", "--email", "nobody@example.uz"]);
    expect(unknown.code).toBe(1);
  });
});

describe("ADMIN_EMAIL and ADMIN_PASSWORD", () => {
  it("create the first admin on a start with no users, and nothing once there are users", async () => {
    const fresh = mkdtempSync(join(tmpdir(), "xabar-first-admin-"));
    const env = {
      DATA_DIR: fresh,
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_DEMO: "0",
      LOG_LEVEL: "silent",
      WEATHER_API_URL: "http://127.0.0.1:9/",
      CBU_API_URL: "http://127.0.0.1:9/json/",
    };
    try {
      const first = await start(loadConfig({ ...env, ADMIN_EMAIL: "boss@example.uz", ADMIN_PASSWORD: "Registon-maydoni-7" }));
      const signIn = (email: string, password: string) =>
        first.xabar.app.inject({ method: "POST", url: "/api/admin/session", payload: { email, password } }).then((res) => res.statusCode);
      expect(await signIn("boss@example.uz", "Registon-maydoni-7")).toBe(200);
      await first.stop();

      const second = await start(loadConfig({ ...env, ADMIN_EMAIL: "other@example.uz", ADMIN_PASSWORD: "Chorsu-bozori-88" }));
      const res = await second.xabar.app.inject({
        method: "POST",
        url: "/api/admin/session",
        payload: { email: "other@example.uz", password: "Chorsu-bozori-88" },
      });
      await second.stop();
      expect(res.statusCode).toBe(401);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("must come together", () => {
    expect(() => loadConfig({ ADMIN_EMAIL: "boss@example.uz" })).toThrow(/ADMIN_PASSWORD: set both or neither/);
  });
});
