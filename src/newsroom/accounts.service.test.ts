import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TEST_PASSWORD, buildUser, createTestDb, testAccounts, type TestDb } from "../../test/factories.js";
import { AppError } from "../errors.js";
import { AccountRepository } from "./accounts.repository.js";
import { type AccountService, tokenHash } from "./accounts.service.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const CLIENT = { address: "203.0.113.7", userAgent: "vitest" };

let t: TestDb;
let clock: Date;
let accounts: AccountService;
beforeEach(async () => {
  clock = new Date("2026-12-01T09:00:00.000Z");
  t = await createTestDb(() => clock);
  // Never purges unless a test says so: the rows a test looks at stay put.
  accounts = testAccounts(t.db, { now: () => clock, random: () => 1 });
});
afterEach(async () => {
  await t.close();
});

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const attempts = () => t.db.selectFrom("login_attempts").selectAll().orderBy("id").execute();
const userRow = (email: string) => t.db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe("createUser", () => {
  it("stores a lower-cased email and an argon2id hash, and answers exactly the public fields", async () => {
    const { user, setPasswordToken } = await accounts.createUser({
      email: "  Sergey@Example.UZ ",
      name: "Sergey",
      role: "translator",
      locales: ["ru", "en", "ru"],
      password: TEST_PASSWORD,
    });
    expect(setPasswordToken).toBeUndefined();
    expect(user).toStrictEqual({ id: user.id, email: "sergey@example.uz", name: "Sergey", role: "translator", locales: ["ru", "en"] });
    const row = await userRow("sergey@example.uz");
    expect(row.password_hash?.startsWith("$argon2id$")).toBe(true);
    expect([row.password_changed_at, row.created_at, row.disabled, row.locales]).toEqual([clock.toISOString(), clock.toISOString(), 0, '["ru","en"]']);
    expect(await accounts.count()).toBe(1);
  });

  it("refuses a second user with the same email in another case: XABAR_CONFLICT, nothing written", async () => {
    await buildUser(accounts, { email: "aziz@example.uz" });
    const error = await failure(buildUser(accounts, { email: "AZIZ@example.uz" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "XABAR_CONFLICT", details: { fields: { email: "already in use" } } });
    expect(await accounts.count()).toBe(1);
  });

  it("names every invalid field", async () => {
    const error = await failure(
      accounts.createUser({
        email: "not-an-email",
        name: " ",
        role: "owner" as "admin",
        locales: ["de" as "en"],
        password: "short",
      }),
    );
    expect(error).toMatchObject({ code: "XABAR_INVALID" });
    expect(Object.keys((error as AppError).details.fields ?? {}).sort()).toEqual(["email", "locales", "name", "password", "role"]);
    expect((error as AppError).details.fields?.password).toBe("at least 10 characters");
    expect(await accounts.count()).toBe(0);
  });

  it("refuses common passwords and the user's own email or name", async () => {
    const base = { email: "kamola@example.uz", name: "Kamola Yusupova", role: "author" as const };
    for (const password of ["Basketball", "qwerty12345", "kamola@example.uz", "Kamola Yusupova"]) {
      await expect(accounts.createUser({ ...base, password })).rejects.toMatchObject({
        code: "XABAR_INVALID",
        details: { fields: { password: expect.any(String) as string } },
      });
    }
    expect(await accounts.count()).toBe(0);
  });
});

describe("login", () => {
  it("opens a session: the token and CSRF token are random, only the token's hash is stored", async () => {
    const user = await buildUser(accounts, { email: "editor@example.uz", role: "editor" });
    const signedIn = await accounts.login("Editor@Example.uz", TEST_PASSWORD, CLIENT);
    expect(signedIn.user).toStrictEqual(user);
    expect(signedIn.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signedIn.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signedIn.csrfToken).not.toBe(signedIn.token);
    const sessions = await t.db.selectFrom("sessions").selectAll().execute();
    expect(sessions).toEqual([
      {
        token_hash: tokenHash(signedIn.token),
        user_id: user.id,
        csrf_token: signedIn.csrfToken,
        created_at: clock.toISOString(),
        last_seen_at: clock.toISOString(),
        user_agent: "vitest",
        address: CLIENT.address,
      },
    ]);
    expect(await accounts.session(signedIn.token)).toStrictEqual({ user, csrfToken: signedIn.csrfToken });
  });

  it("answers every failure alike (a disabled account says so only to the right password), and counts each one", async () => {
    await buildUser(accounts, { email: "known@example.uz" });
    await accounts.createUser({ email: "nopassword@example.uz", name: "No Password", role: "author" });
    await buildUser(accounts, { email: "disabled@example.uz" });
    await accounts.setDisabled("disabled@example.uz", true);
    const errors = await Promise.all([
      failure(accounts.login("known@example.uz", "wrong password here", CLIENT)),
      failure(accounts.login("unknown@example.uz", TEST_PASSWORD, CLIENT)),
      failure(accounts.login("nopassword@example.uz", TEST_PASSWORD, CLIENT)),
      failure(accounts.login("disabled@example.uz", TEST_PASSWORD, CLIENT)),
    ]);
    expect(errors.map((error) => [(error as AppError).code, (error as AppError).message])).toEqual([
      ...Array<string[]>(3).fill(["XABAR_LOGIN_FAILED", "Wrong email or password"]),
      ["XABAR_ACCOUNT_DISABLED", "This account is disabled: an administrator can enable it"],
    ]);
    expect(await failure(accounts.login("disabled@example.uz", "wrong password here", CLIENT))).toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    expect((await attempts()).map((a) => a.account).sort()).toEqual([
      "disabled@example.uz",
      "disabled@example.uz",
      "known@example.uz",
      "nopassword@example.uz",
      "unknown@example.uz",
    ]);
    expect(await t.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
  });

  it("stops an account after 5 failures in 15 minutes, even with the right password, until the oldest leaves the window", async () => {
    await buildUser(accounts, { email: "target@example.uz" });
    for (let i = 0; i < 5; i++) {
      await expect(accounts.login("target@example.uz", `guess number ${i}`, { address: `198.51.100.${i}` })).rejects.toMatchObject({
        code: "XABAR_LOGIN_FAILED",
      });
      advance(MINUTE);
    }
    // Five minutes after the first failure: ten more until it leaves the window.
    const limited = await failure(accounts.login("target@example.uz", TEST_PASSWORD, CLIENT));
    expect(limited).toMatchObject({ code: "XABAR_RATE_LIMITED", status: 429, details: { retryAfter: 600 } });
    expect(await attempts()).toHaveLength(5);

    advance(10 * MINUTE - 500);
    await expect(accounts.login("TARGET@example.uz", TEST_PASSWORD, CLIENT)).rejects.toMatchObject({ details: { retryAfter: 1 } });
    advance(500);
    await expect(accounts.login("target@example.uz", TEST_PASSWORD, CLIENT)).resolves.toMatchObject({ user: { email: "target@example.uz" } });

    // A success is not a failure, but it does not wipe the four still in the window.
    await expect(accounts.login("target@example.uz", "one more guess", CLIENT)).rejects.toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    await expect(accounts.login("target@example.uz", TEST_PASSWORD, CLIENT)).rejects.toMatchObject({ code: "XABAR_RATE_LIMITED" });
  });

  it("stops an address after 20 failures, whichever accounts it tries; other addresses go on", async () => {
    await buildUser(accounts, { email: "victim@example.uz" });
    for (let i = 0; i < 20; i++) {
      await expect(accounts.login(`user${i % 5}@example.uz`, "guessing away", CLIENT)).rejects.toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    }
    advance(MINUTE);
    await expect(accounts.login("victim@example.uz", TEST_PASSWORD, CLIENT)).rejects.toMatchObject({
      code: "XABAR_RATE_LIMITED",
      details: { retryAfter: 14 * 60 },
    });
    await expect(accounts.login("victim@example.uz", TEST_PASSWORD, { address: "192.0.2.1" })).resolves.toMatchObject({ user: { email: "victim@example.uz" } });
    advance(14 * MINUTE);
    await expect(accounts.login("victim@example.uz", TEST_PASSWORD, CLIENT)).resolves.toMatchObject({ user: { email: "victim@example.uz" } });
  });

  it("now and then purges attempts older than a day, idle sessions and spent links", async () => {
    const purging = testAccounts(t.db, { now: () => clock, random: () => 0 });
    await buildUser(accounts, { email: "old@example.uz" });
    await expect(accounts.login("old@example.uz", "an old failure", CLIENT)).rejects.toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    const { token } = await accounts.login("old@example.uz", TEST_PASSWORD, CLIENT);
    advance(8 * DAY);
    await expect(purging.login("old@example.uz", "a new failure", CLIENT)).rejects.toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    expect((await attempts()).map((a) => a.at)).toEqual([clock.toISOString()]);
    expect(await t.db.selectFrom("sessions").select("token_hash").execute()).toEqual([]);
    expect(await accounts.session(token)).toBeUndefined();
  });
});

describe("sessions", () => {
  it("ends after more than 7 days unused; use keeps it alive", async () => {
    await buildUser(accounts, { email: "reader@example.uz" });
    const kept = await accounts.login("reader@example.uz", TEST_PASSWORD, CLIENT);
    const left = await accounts.login("reader@example.uz", TEST_PASSWORD, CLIENT);
    advance(6 * DAY);
    expect(await accounts.session(kept.token)).toBeDefined();
    advance(DAY + 1);
    expect(await accounts.session(left.token)).toBeUndefined();
    expect(await accounts.session(kept.token)).toMatchObject({ user: { email: "reader@example.uz" }, csrfToken: kept.csrfToken });
    advance(7 * DAY + 1);
    expect(await accounts.session(kept.token)).toBeUndefined();
  });

  it("ends 30 days after signing in however often it is used", async () => {
    await buildUser(accounts, { email: "daily@example.uz" });
    const { token } = await accounts.login("daily@example.uz", TEST_PASSWORD, CLIENT);
    const answers = [];
    for (let day = 1; day <= 31; day++) {
      advance(DAY);
      answers.push((await accounts.session(token)) !== undefined);
    }
    expect(answers).toEqual(Array.from({ length: 31 }, (_, i) => i < 30));
  });

  it("writes last_seen_at at most once a minute", async () => {
    await buildUser(accounts, { email: "busy@example.uz" });
    const { token } = await accounts.login("busy@example.uz", TEST_PASSWORD, CLIENT);
    const started = clock.toISOString();
    const lastSeen = async () => (await t.db.selectFrom("sessions").select("last_seen_at").executeTakeFirstOrThrow()).last_seen_at;
    advance(30_000);
    await accounts.session(token);
    expect(await lastSeen()).toBe(started);
    advance(30_000);
    await accounts.session(token);
    expect(await lastSeen()).toBe(clock.toISOString());
  });

  it("refuses unknown tokens, disabled users and signed-out sessions", async () => {
    await buildUser(accounts, { email: "leaving@example.uz" });
    const first = await accounts.login("leaving@example.uz", TEST_PASSWORD, CLIENT);
    const second = await accounts.login("leaving@example.uz", TEST_PASSWORD, CLIENT);
    expect(await accounts.session("made-up-token")).toBeUndefined();
    expect(await accounts.session("")).toBeUndefined();
    await accounts.logout(first.token);
    expect(await accounts.session(first.token)).toBeUndefined();
    expect(await accounts.session(second.token)).toBeDefined();
    await accounts.setDisabled("leaving@example.uz", true);
    expect(await accounts.session(second.token)).toBeUndefined();
  });
});

describe("one-time password links", () => {
  it("lets a new user without a password set one, once", async () => {
    const { user, setPasswordToken } = await accounts.createUser({ email: "new@example.uz", name: "Yangi", role: "author" });
    expect(setPasswordToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = setPasswordToken ?? "";
    expect(await t.db.selectFrom("account_tokens").select(["token_hash", "purpose", "expires_at"]).execute()).toEqual([
      { token_hash: tokenHash(token), purpose: "set-password", expires_at: new Date(clock.getTime() + 60 * MINUTE).toISOString() },
    ]);
    await expect(accounts.login("new@example.uz", TEST_PASSWORD, CLIENT)).rejects.toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    await expect(accounts.setPassword(token, "new@example.uz")).rejects.toMatchObject({
      code: "XABAR_INVALID",
      details: { fields: { password: expect.any(String) as string } },
    });
    expect(await accounts.setPassword(token, TEST_PASSWORD)).toStrictEqual(user);
    await expect(accounts.login("new@example.uz", TEST_PASSWORD, CLIENT)).resolves.toMatchObject({ user });
    await expect(accounts.setPassword(token, "Another-good-password")).rejects.toMatchObject({ code: "XABAR_INVALID_TOKEN" });
    await expect(accounts.setPassword("no-such-token", "Another-good-password")).rejects.toMatchObject({ code: "XABAR_INVALID_TOKEN" });
  });

  it("expires after an hour", async () => {
    await buildUser(accounts, { email: "forgetful@example.uz" });
    const early = await accounts.issuePasswordToken("Forgetful@example.uz");
    const late = await accounts.issuePasswordToken("forgetful@example.uz");
    advance(60 * MINUTE - 1);
    // Only the newest link works (issuing it spent the earlier one); an expired one is refused the same way.
    await expect(accounts.setPassword(early, "Yangi-parol-2026")).rejects.toMatchObject({ code: "XABAR_INVALID_TOKEN" });
    await expect(accounts.setPassword(late, "Yangi-parol-2027")).resolves.toMatchObject({ email: "forgetful@example.uz" });
    advance(1);
    const expired = await accounts.issuePasswordToken("forgetful@example.uz");
    advance(60 * MINUTE);
    await expect(accounts.setPassword(expired, "Yangi-parol-2028")).rejects.toMatchObject({ code: "XABAR_INVALID_TOKEN" });
    await expect(accounts.issuePasswordToken("nobody@example.uz")).rejects.toMatchObject({ code: "XABAR_NOT_FOUND" });
  });

  it("ends every session of the user when the password changes", async () => {
    await buildUser(accounts, { email: "stolen@example.uz" });
    const laptop = await accounts.login("stolen@example.uz", TEST_PASSWORD, CLIENT);
    const phone = await accounts.login("stolen@example.uz", TEST_PASSWORD, { address: "192.0.2.9" });
    const other = await buildUser(accounts, { email: "other@example.uz" });
    const otherSession = await accounts.login("other@example.uz", TEST_PASSWORD, CLIENT);
    advance(MINUTE);
    await accounts.setPassword(await accounts.issuePasswordToken("stolen@example.uz"), "Qaytadan-boshlaymiz-1");
    expect(await accounts.session(laptop.token)).toBeUndefined();
    expect(await accounts.session(phone.token)).toBeUndefined();
    expect(await accounts.session(otherSession.token)).toMatchObject({ user: other });
    expect((await userRow("stolen@example.uz")).password_changed_at).toBe(clock.toISOString());
    await expect(accounts.login("stolen@example.uz", TEST_PASSWORD, CLIENT)).rejects.toMatchObject({ code: "XABAR_LOGIN_FAILED" });
    await expect(accounts.login("stolen@example.uz", "Qaytadan-boshlaymiz-1", CLIENT)).resolves.toBeDefined();
  });
});

describe("ensureFirstAdmin", () => {
  it("creates an admin on an empty table only", async () => {
    const admin = await accounts.ensureFirstAdmin("Chief@Example.uz", "Birinchi-admin-2026");
    expect(admin).toStrictEqual({ id: admin?.id, email: "chief@example.uz", name: "Administrator", role: "admin", locales: [] });
    expect(await accounts.ensureFirstAdmin("chief@example.uz", "Birinchi-admin-2026")).toBeUndefined();
    expect(await accounts.ensureFirstAdmin("second@example.uz", "Ikkinchi-admin-2026")).toBeUndefined();
    expect(await accounts.count()).toBe(1);
    await expect(accounts.login("chief@example.uz", "Birinchi-admin-2026", CLIENT)).resolves.toMatchObject({ user: { role: "admin" } });
  });

  it("does nothing when users exist, and refuses a weak password on an empty table", async () => {
    await expect(accounts.ensureFirstAdmin("chief@example.uz", "password")).rejects.toMatchObject({
      code: "XABAR_INVALID",
      details: { fields: { password: expect.any(String) as string } },
    });
    await buildUser(accounts, { email: "author@example.uz" });
    expect(await accounts.ensureFirstAdmin("chief@example.uz", "Birinchi-admin-2026")).toBeUndefined();
    expect((await accounts.list()).map((user) => user.role)).toEqual(["author"]);
  });

  it("creates one admin when two instances start together", async () => {
    const instances = [testAccounts(t.db, { now: () => clock }), testAccounts(t.db, { now: () => clock })];
    const results = await Promise.all(instances.map((instance) => instance.ensureFirstAdmin("chief@example.uz", "Birinchi-admin-2026")));
    expect(results.filter((result) => result !== undefined)).toHaveLength(1);
    expect(await accounts.count()).toBe(1);
  });

  it("inserts the first user only into an empty table, even when both inserts run at once", async () => {
    const repository = new AccountRepository(t.db);
    const admin = (email: string) => ({
      email,
      name: "Administrator",
      role: "admin" as const,
      locales: "[]",
      password_hash: null,
      password_changed_at: null,
      created_at: clock.toISOString(),
      updated_at: clock.toISOString(),
    });
    // Past the service's count check: the statement alone must admit one.
    const both = await Promise.all([repository.insertFirstUser(admin("chief@example.uz")), repository.insertFirstUser(admin("chief@example.uz"))]);
    expect(both.filter((row) => row !== undefined).map((row) => row?.email)).toEqual(["chief@example.uz"]);
    expect(await repository.insertFirstUser(admin("deputy@example.uz"))).toBeUndefined();
    expect(await accounts.count()).toBe(1);
  });
});
