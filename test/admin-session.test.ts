/**
 * Signing in to the newsroom through the admin API: the session cookie, the same answer for a
 * wrong email and a wrong password, CSRF and origin checks on every state change, throttling,
 * and a new password ending every session. On SQLite and PostgreSQL.
 */
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountService } from "../src/newsroom/accounts.service.js";
import { type TestApp, createTestApp } from "./app.js";

let x: TestApp;
let accounts: AccountService;
const PASSWORD = "kumush-tong-2026";
const anyNumber: unknown = expect.any(Number);
const anyString: unknown = expect.any(String);
const aToken: unknown = expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/);

beforeAll(async () => {
  x = await createTestApp({ SITE_URL: "http://news.example.uz" });
  accounts = new AccountService(x.db);
  await accounts.createUser({ email: "Editor@Example.uz", name: "Dilnoza", role: "editor", password: PASSWORD });
  await accounts.createUser({ email: "translator@example.uz", name: "Sergey", role: "translator", locales: ["ru"], password: PASSWORD });
});

afterAll(async () => {
  await x.close();
});

function login(email: string, password: string, headers: Record<string, string> = {}, address = "203.0.113.7") {
  return x.app.inject({ method: "POST", url: "/api/admin/session", payload: { email, password }, headers, remoteAddress: address });
}

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
/** The error code of an answer. */
const codeOf = (response: LightMyRequestResponse): string => response.json<ErrorBody>().error.code;

/** The session cookie a response set, as a Cookie header. */
function cookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "xabar_session");
  return `xabar_session=${cookie?.value ?? ""}`;
}

describe("signing in", () => {
  it("answers the user and a CSRF token, with an httpOnly SameSite=Lax session cookie", async () => {
    const res = await login("editor@example.uz", PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    const body = res.json<{ user: object; csrfToken: string }>();
    expect(body).toEqual({
      user: { id: anyNumber, email: "editor@example.uz", name: "Dilnoza", role: "editor", locales: [] },
      csrfToken: aToken,
    });
    const cookie = res.cookies.find((c) => c.name === "xabar_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/admin" });
    expect(cookie?.secure).toBeUndefined();

    const again = await x.app.inject({ url: "/api/admin/session", headers: { cookie: cookieOf(res) } });
    // The app's boot read: the newsroom's time zone too (times are shown and typed in it).
    expect([again.statusCode, again.json<object>()]).toEqual([200, { ...body, timeZone: x.config.timeZone }]);
  });

  it("gives a wrong password and an unknown email the same answer", async () => {
    const wrongPassword = await login("translator@example.uz", "not-the-password", {}, "198.51.100.1");
    const unknownEmail = await login("nobody@example.uz", PASSWORD, {}, "198.51.100.2");
    expect([wrongPassword.statusCode, wrongPassword.json<ErrorBody>()]).toEqual([
      401,
      { error: { code: "XABAR_LOGIN_FAILED", message: "Wrong email or password" } },
    ]);
    expect([unknownEmail.statusCode, unknownEmail.json<ErrorBody>()]).toEqual([wrongPassword.statusCode, wrongPassword.json<ErrorBody>()]);
    expect(wrongPassword.cookies).toEqual([]);
  });

  it("names the invalid fields of a malformed body", async () => {
    const res = await x.app.inject({ method: "POST", url: "/api/admin/session", payload: { email: "" } });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorBody>()).toMatchObject({ error: { code: "XABAR_INVALID", fields: { email: anyString, password: anyString } } });
  });

  it("is unauthenticated without a session", async () => {
    const res = await x.app.inject({ url: "/api/admin/session", headers: { cookie: "xabar_session=made-up" } });
    expect([res.statusCode, codeOf(res)]).toEqual([401, "XABAR_UNAUTHENTICATED"]);
  });

  it("marks the cookie Secure when the site is https", async () => {
    const https = await createTestApp({ SITE_URL: "https://news.example.uz" });
    try {
      await new AccountService(https.db).createUser({ email: "chief@example.uz", name: "Aziz", role: "admin", password: PASSWORD });
      const res = await https.app.inject({ method: "POST", url: "/api/admin/session", payload: { email: "chief@example.uz", password: PASSWORD } });
      expect(res.cookies.find((c) => c.name === "xabar_session")?.secure).toBe(true);
    } finally {
      await https.close();
    }
  });
});

describe("state changes", () => {
  it("need the session's x-csrf-token", async () => {
    const res = await login("editor@example.uz", PASSWORD);
    const cookie = cookieOf(res);
    const { csrfToken } = res.json<{ csrfToken: string }>();
    const without = await x.app.inject({ method: "DELETE", url: "/api/admin/session", headers: { cookie } });
    const wrong = await x.app.inject({ method: "DELETE", url: "/api/admin/session", headers: { cookie, "x-csrf-token": "nope" } });
    expect([without.statusCode, codeOf(without), wrong.statusCode, codeOf(wrong)]).toEqual([403, "XABAR_CSRF", 403, "XABAR_CSRF"]);

    const out = await x.app.inject({ method: "DELETE", url: "/api/admin/session", headers: { cookie, "x-csrf-token": csrfToken } });
    expect(out.statusCode).toBe(204);
    expect((await x.app.inject({ url: "/api/admin/session", headers: { cookie } })).statusCode).toBe(401);
  });

  it("from the server's own origin are taken, whatever SITE_URL names (127.0.0.1 for localhost)", async () => {
    const res = await login("editor@example.uz", PASSWORD, { origin: "http://127.0.0.1:3999", host: "127.0.0.1:3999" });
    expect(res.statusCode).toBe(200);
  });

  it("from another origin are refused, signing in included", async () => {
    const res = await login("editor@example.uz", PASSWORD, { origin: "https://evil.example" });
    const fetched = await login("editor@example.uz", PASSWORD, { "sec-fetch-site": "cross-site" });
    expect([res.statusCode, codeOf(res), fetched.statusCode, codeOf(fetched)]).toEqual([403, "XABAR_CSRF", 403, "XABAR_CSRF"]);
    expect((await login("editor@example.uz", PASSWORD, { origin: "http://news.example.uz" })).statusCode).toBe(200);
    // A script sends no Origin at all: that is not a browser on another site.
    expect((await login("editor@example.uz", PASSWORD)).statusCode).toBe(200);
  });

  it("take JSON only, so a forged HTML form cannot sign anybody in", async () => {
    const form = await x.app.inject({
      method: "POST",
      url: "/api/admin/session",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `email=editor%40example.uz&password=${PASSWORD}`,
    });
    expect([form.statusCode, codeOf(form)]).toEqual([415, "XABAR_UNSUPPORTED_MEDIA_TYPE"]);
  });

  it("without a session are refused before any route runs", async () => {
    const out = await x.app.inject({ method: "DELETE", url: "/api/admin/session", headers: { "x-csrf-token": "anything" } });
    const create = await x.app.inject({ method: "POST", url: "/api/admin/users", payload: { email: "a@example.uz", name: "A", role: "admin" } });
    expect([out.statusCode, codeOf(out), create.statusCode, codeOf(create)]).toEqual([401, "XABAR_UNAUTHENTICATED", 401, "XABAR_UNAUTHENTICATED"]);
  });
});

describe("throttling", () => {
  it("stops an account after 5 failures, even with the right password, and says when to retry", async () => {
    await accounts.createUser({ email: "author@example.uz", name: "Kamola", role: "author", password: PASSWORD });
    const failures = [];
    for (let i = 0; i < 5; i++) failures.push((await login("author@example.uz", "wrong-password-1", {}, `192.0.2.${i + 1}`)).statusCode);
    expect(failures).toEqual([401, 401, 401, 401, 401]);
    const blocked = await login("author@example.uz", PASSWORD, {}, "192.0.2.99");
    expect([blocked.statusCode, codeOf(blocked)]).toEqual([429, "XABAR_RATE_LIMITED"]);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    // In the body too, for the sign-in page to say how long.
    expect(blocked.json<{ error: { retryAfter: number } }>().error.retryAfter).toBe(Number(blocked.headers["retry-after"]));
  });

  it("counts guesses sent in parallel against each other: a burst gets no more checks than the limit", async () => {
    await accounts.createUser({ email: "burst@example.uz", name: "Umid", role: "author", password: PASSWORD });
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => login("burst@example.uz", `wrong-guess-${i}`, {}, `192.0.2.${100 + i}`)));
    const statuses = burst.map((res) => res.statusCode);
    const checked = statuses.filter((status) => status === 401).length;
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    // However the burst interleaved, the window holds five checked guesses in all, no more.
    const after = [];
    for (let i = 0; i < 6; i++) after.push((await login("burst@example.uz", `late-guess-${i}`, {}, `192.0.2.${200 + i}`)).statusCode);
    expect(after).toEqual(Array.from({ length: 6 }, (_, i) => (i < 5 - checked ? 401 : 429)));
  });

  it("stops an address after 20 failures, whichever accounts it tries", async () => {
    const address = "198.51.100.200";
    const failures = [];
    for (let i = 0; i < 20; i++) failures.push((await login(`guess${i}@example.uz`, "wrong-password-2", {}, address)).statusCode);
    expect(failures).toEqual(Array.from({ length: 20 }, () => 401));
    expect((await login("editor@example.uz", PASSWORD, {}, address)).statusCode).toBe(429);
    expect((await login("editor@example.uz", PASSWORD, {}, "198.51.100.201")).statusCode).toBe(200);
  });
});

describe("setting a password from a one-time link", () => {
  it("sets it once, ends every session of the account, and refuses weak ones", async () => {
    await accounts.createUser({ email: "reset@example.uz", name: "Bobur", role: "author", password: PASSWORD });
    const session = cookieOf(await login("reset@example.uz", PASSWORD, {}, "203.0.113.50"));
    const token = await accounts.issuePasswordToken("reset@example.uz");

    const weak = await x.app.inject({ method: "POST", url: "/api/admin/password", payload: { token, password: "password123" } });
    expect([weak.statusCode, codeOf(weak), Object.keys(weak.json<ErrorBody>().error.fields ?? {})]).toEqual([400, "XABAR_INVALID", ["password"]]);

    const set = await x.app.inject({ method: "POST", url: "/api/admin/password", payload: { token, password: "yangi-parol-samarqand" } });
    expect([set.statusCode, set.json<{ user: { email: string } }>().user.email]).toEqual([200, "reset@example.uz"]);
    expect((await x.app.inject({ url: "/api/admin/session", headers: { cookie: session } })).statusCode).toBe(401);

    const reused = await x.app.inject({ method: "POST", url: "/api/admin/password", payload: { token, password: "boshqa-parol-buxoro" } });
    expect([reused.statusCode, codeOf(reused)]).toEqual([400, "XABAR_INVALID_TOKEN"]);
    expect((await login("reset@example.uz", "yangi-parol-samarqand", {}, "203.0.113.51")).statusCode).toBe(200);
  });
});
